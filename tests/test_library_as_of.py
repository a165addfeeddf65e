"""The library's ``as_of`` is a day (``datetime.date``): anything else is a UsageError saying
so, raised before any work, never a TypeError from deep inside the engine.

A ``datetime`` is a ``date`` to Python's type system, so an embedder's
``paracheck.assess(p, as_of=datetime.now())`` met the type hints and crashed with "can't
compare datetime.datetime to datetime.date"; ``as_of="2020-05-22"`` crashed with "'<=' not
supported between instances of 'datetime.date' and 'str'".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck

NTB = str(Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml")
NOT_A_DAY = [dt.datetime(2020, 5, 22, 10, 30), "2020-05-22", 0, 20200522.0]


@pytest.mark.parametrize("given", NOT_A_DAY, ids=repr)
@pytest.mark.parametrize(
    "call",
    [
        lambda day: paracheck.assess(paracheck.load_proposal(NTB), as_of=day),
        lambda day: paracheck.choose_pack(None, day),
        lambda day: paracheck.assess_many([NTB], as_of=day, workers=1),
        lambda day: list(paracheck.stream_batch([NTB], "json", as_of=day, workers=1)),
    ],
    ids=["assess", "choose_pack", "assess_many", "stream_batch"],
)
def test_an_as_of_that_is_not_a_day_is_a_usage_error_naming_it(call, given):
    with pytest.raises(paracheck.UsageError) as refused:
        call(given)
    said = {lang: refused.value.words.render(lang) for lang in ("id", "en")}
    assert "as_of" in said["en"] and "datetime.date" in said["en"], said
    assert "as_of" in said["id"] and "tanggal" in said["id"], said


def test_a_date_is_still_taken_as_it_is():
    result = paracheck.assess(paracheck.load_proposal(NTB), as_of=dt.date(2020, 5, 22))
    assert result.as_of == dt.date(2020, 5, 22)
    assert result.pack.name == "pp28-2018"
