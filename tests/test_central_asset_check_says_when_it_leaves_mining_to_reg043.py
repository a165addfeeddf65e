"""REG-042 (a sector on a central asset or licence) says plainly, in its statement and its
"Berisiko bila", the one case it leaves to REG-043: a mining sector the file records as a
central asset, judged from UU 3/2020's date on (fix35b).

Since fix34e REG-043 rests on ``sector.central_asset``, so REG-042 steps aside only for a
mining sector so flagged, and only from REG-043's first day. Its statement read "Bila sektor
kerja sama bukan sektor pertambangan yang diperiksa pada REG-043, …", as if every mining
sector were REG-043's, on any date; the date and the flag were in the condition alone.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report import formatting

PACK = "pp28-2018"


def _rule(rule_id: str) -> Any:
    return next(r for r in paracheck.load_pack(PACK).rules if r.id == rule_id)


def _mining(as_of: str) -> Any:
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kerja sama uji",
            "date": as_of,
            "stage": "proposal",
            "local": {"name": "Provinsi Sulawesi Tengah", "level": "province"},
            "sectors": [{"name": "mining", "lead_agency": "Dinas ESDM", "central_asset": True}],
        },
        pack=PACK,
    )


def _check(result: Any, rule_id: str) -> Any:
    return next(c for c in result.checks if c.rule_id == rule_id)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_statement_names_the_date_the_flag_and_reg043(lang):
    start = _rule("REG-043").effective_from
    # as the packs write a date: the report's own form in Indonesian, "10 June 2020" in English
    first_day = formatting.date(start, "id") if lang == "id" else f"{start.day} {start:%B %Y}"
    reg042 = _rule("REG-042")
    for words in (reg042.check, reg042.risk_when):
        said = getattr(words, lang)
        assert first_day in said, said
        assert "REG-043" in said
        assert ("pertambangan" if lang == "id" else "mining") in said
        assert ("pemerintah pusat" if lang == "id" else "central") in said


def test_the_statement_holds_either_side_of_the_date():
    start = _rule("REG-043").effective_from
    before = _mining((start.replace(day=start.day - 1)).isoformat())
    after = _mining(start.isoformat())
    # before REG-043's first day the mining sector is this rule's own finding
    assert _check(before, "REG-042").status == "risk"
    # from that day it is recorded under REG-043, as the statement says
    assert _check(after, "REG-042").covered_by == "REG-043"
    assert _check(after, "REG-043").status == "risk"
