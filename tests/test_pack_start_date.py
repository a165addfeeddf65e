"""A pack's start date known only by its year is never printed as a day.

Newcomer trial 12 and wording review 12 (A14): every report on the thesis-era pack printed
"Permendagri 3/2008 (berlaku 1 Januari 2008 s.d. 21 Mei 2020)" as fact, while the pack says
1 January 2008 only stands in for a date no source gives (shared/domain/REGULATION.md has
none). Legal officers copy header dates into a telaahan. The pack says
``effective_from_precision: year``; the reports say "sejak tahun 2008",
the assessment's JSON carries the precision beside the stand-in date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import paracheck
from paracheck.report.catalogue import pack_period

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
STAND_IN = ("1 Januari 2008", "1 January 2008", "January 1, 2008", "2008-01-01")
# review 17: "berlaku sejak 2008 s.d. 21 Mei 2020; tanggal mulai berlakunya belum dipastikan"
# read as a contradiction (a start given, then said not to be known)
SAID = {
    "id": "sejak tahun 2008 sampai dengan 21 Mei 2020",
    "en": "from 2008 to May 21, 2020",
}
# … and a memo of 2015 as it was known then: the end of 2020 not yet (Kabag trial 470 L3)
SAID_THEN = {"id": "berlaku sejak tahun 2008)", "en": "in force since 2008;"}


def _header(out: str) -> str:
    """The report's first lines (the header with the pack), wrapped lines joined."""
    return " ".join(" ".join(out.splitlines()[:12]).split())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_report_says_the_year_and_that_the_start_day_is_not_established(fmt, lang):
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    assert result.pack.name == "permendagri-3-2008"
    out = paracheck.render(result, fmt, lang=lang, **({"width": 200} if fmt == "text" else {}))
    flat = " ".join(out.split())
    assert not [day for day in STAND_IN if day in flat]
    assert SAID_THEN[lang] in (_header(out) if fmt != "html" else flat)
    assert "2020" not in (_header(out) if fmt != "html" else flat)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_blank_checklist_says_the_year_not_the_stand_in_day(lang):
    pack = paracheck.load_pack("permendagri-3-2008")
    assert pack_period(pack, lang) == SAID[lang]


def test_the_assessment_json_says_the_start_date_is_known_to_the_year_only():
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    pack = json.loads(result.to_json())["pack"]
    assert (pack["effective_from"], pack["effective_from_precision"]) == ("2008-01-01", "year")
    current = paracheck.assess(
        paracheck.load_proposal(str(ROOT / "examples" / "well-prepared-2023.yaml"))
    )
    assert current.pack.effective_from_precision == "day"
    # a start known to the day is still said as the day
    assert "22 Mei 2020" in paracheck.render(current, "text", lang="id")


def test_a_notice_for_a_date_before_any_pack_names_the_year_only():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City lama",
        "date": "2005-03-10",
    }
    result = paracheck.assess(data)
    notice = next(n for n in result.notices if n.code == "no_pack_for_date")
    assert "(berlaku sejak 2008)" in notice.text.id
    assert "(in force from 2008)" in notice.text.en
    assert not [day for day in STAND_IN if day in notice.text.id + notice.text.en]
