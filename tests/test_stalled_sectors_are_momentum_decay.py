"""Practitioner trial 26 W1: momentum decay after signing is the thesis's central finding
(IV.A: "in the first months every sector was active; after some months many programmes
stalled"). A partnership whose every programme had stalled read "Risiko sedang … dapat
dilanjutkan", because IMP-006 (high) left the stalled sectors to IMP-004 (medium, one
programme each), while the same file with the programmes only planned read high. Stalled or
planned, half the sectors idle a year after the MoU is IMP-006's high finding; IMP-004 keeps
its decision per programme."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

import paracheck

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "well-prepared-2023.yaml"


def _two_years_on(status: str) -> dict:
    """The well-prepared example (MoU signed 8 Feb 2023, every obstacle answered) judged two
    years after signing, every programme in ``status``."""
    data = yaml.safe_load(EXAMPLE.read_text())
    data = copy.deepcopy(data)
    data["date"] = dt.date(2025, 3, 1)
    for sector in data["sectors"]:
        for program in sector["programs"]:
            program["status"] = status
            program["last_activity"] = dt.date(2023, 8, 1)
    return data


@pytest.mark.parametrize("status", ["stalled", "planned"])
def test_half_the_sectors_idle_a_year_after_the_mou_is_high_whether_stalled_or_planned(status):
    result = paracheck.assess(_two_years_on(status))
    by_id = {check.rule_id: check for check in result.checks}
    assert by_id["IMP-006"].status == "risk"
    assert by_id["IMP-006"].severity == "high"
    assert by_id["IMP-006"].covered_by is None
    assert result.verdict == "high_risk"


def test_stalled_programmes_keep_their_own_decision_beside_the_decay():
    result = paracheck.assess(_two_years_on("stalled"))
    (stalled,) = [c for c in result.checks if c.rule_id == "IMP-004"]
    assert stalled.status == "risk" and stalled.severity == "medium"
    programmes = [
        f"sectors[{i}].programs[{j}]"
        for i, sector in enumerate(_two_years_on("stalled")["sectors"])
        for j, _ in enumerate(sector["programs"])
    ]
    assert stalled.items == programmes
    memo = " ".join(paracheck.render(result, "text", lang="id").split())
    assert "Kesimpulan: RISIKO TINGGI" in memo
    assert "(kemerosotan momentum)" in memo
    # quiet for more than a year as well (IMP-013): the decision on going on first, and the
    # follow-up for the partnership if it goes on (trial 400 H2)
    assert "Bila kerja sama dilanjutkan, " in memo
