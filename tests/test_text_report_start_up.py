"""What a one-shot text report loads once the disk cache is warm (issue 16: `paracheck assess`
as text, the CLI's start-up target): not the comparison's models, which only a diff needs,
and no Babel, whose month names and Rupiah symbol the report reads back from the cache; nor
does a long date written by ``labels.long_date`` (a notice's, a batch's start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NTB = str(ROOT / "examples" / "ntb-zhejiang-2015.yaml")

# the console script's process, which ends inside main(): the modules are listed by an
# atexit handler, and the exit code is the process's
REPORT = """
import atexit, sys
def loaded():
    watched = ("babel", "paracheck.comparison")
    print("LOADED", sorted(m for m in sys.modules if m == "babel" or m.startswith(watched)))
atexit.register(loaded)
from paracheck.cli import main
sys.argv[1:] = ["assess", {file!r}, "--lang", {lang!r}]
main()
"""

FACTS = """
from paracheck.report import formatting
facts = formatting._babel_facts({lang!r})
babels = {{"long_date": formatting._long_date({lang!r}), "idr": formatting._idr_symbol({lang!r})}}
print("SAME AS BABEL", facts == babels)
"""


def _run(code: str, cache: Path) -> str:
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(cache))
    env.pop("COLUMNS", None)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_text_report_with_a_warm_cache_loads_neither_babel_nor_the_comparison(lang, tmp_path):
    first, second = (_run(REPORT.format(file=NTB, lang=lang), tmp_path) for _ in range(2))
    report, _, tail = second.rpartition("LOADED")  # _run checks the exit code (0)
    assert tail.strip() == "[]"
    assert first.rpartition("LOADED")[0] == report  # the same report, read back or not
    assert ("10 Juni 2015" if lang == "id" else "June 10, 2015") in report  # the MoU's date


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_babel_facts_read_back_from_the_cache_are_babels(lang, tmp_path):
    runs = [_run(FACTS.format(lang=lang), tmp_path) for _ in range(2)]  # keep, read back
    assert list(tmp_path.glob("babel-facts-*.pickle")), "nothing was kept"
    assert runs == ["SAME AS BABEL True\n"] * 2


# a notice naming a later date writes it with labels.long_date (engine.assess), and a batch
# writes one in each language before its workers fork (batch._warm)
LONG_DATE = """
import datetime as dt, sys
from paracheck.facts import labels
text = labels.long_date(dt.date(2015, 6, 10), {lang!r})
print(text, "| Babel loaded:", "babel" in sys.modules)
"""


@pytest.mark.parametrize(("lang", "written"), [("id", "10 Juni 2015"), ("en", "June 10, 2015")])
def test_a_long_date_read_back_from_the_cache_loads_no_babel(lang, written, tmp_path):
    first, second = (_run(LONG_DATE.format(lang=lang), tmp_path) for _ in range(2))
    assert list(tmp_path.glob("babel-date-*.pickle")), "nothing was kept"
    assert first == f"{written} | Babel loaded: True\n"  # read from Babel, then kept
    assert second == f"{written} | Babel loaded: False\n"


def test_a_corrupt_long_date_entry_is_read_from_babel_again(tmp_path):
    _run(LONG_DATE.format(lang="id"), tmp_path)
    (entry,) = tmp_path.glob("babel-date-*.pickle")
    entry.write_bytes(entry.read_bytes()[:-5])  # truncated
    again = _run(LONG_DATE.format(lang="id"), tmp_path)
    assert again == "10 Juni 2015 | Babel loaded: True\n"
