"""Babel's locale data kept in paracheck's disk cache is the data Babel itself loads
(report/formatting.py, issue 16: a sixth of drawing a one-shot text report)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import datetime, pickle
from babel import localedata
from paracheck.report import formatting
formatting._kept_locale_data({lang!r})
held = localedata._cache.pop({lang!r})  # Babel's own load, or the data read back
localedata._cache.clear()
same = pickle.dumps(held) == pickle.dumps(localedata.load({lang!r}))  # Alias has no __eq__
print(formatting.date(datetime.date(2015, 6, 10), {lang!r}), formatting.money(600000000, {lang!r}))
print('SAME AS BABEL', same)
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_locale_data_read_back_from_the_cache_is_what_babel_loads(lang, tmp_path):
    env = {"PARACHECK_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", CHECK.format(lang=lang)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
        for _ in range(2)  # the first keeps the data, the second reads it back
    ]
    assert list(tmp_path.glob("babel-*.pickle")), "no locale data was kept"
    assert runs[0] == runs[1]
    assert runs[1].rstrip().endswith("SAME AS BABEL True")
