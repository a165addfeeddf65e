"""The trafficking checks keep their ladder: one step lower where the risk is lower.

fix31d split the high-exposure check by who is moved — workers and crews (TOC-007, high) and
the education sector's teachers and students (TOC-015, medium) — but left the medium-exposure
check (TOC-014) counting both. An education exchange in an area rated medium then weighed what
the same exchange weighs in an area rated high (2 × 5 = 10 both): the lower exposure no longer
lowered the finding. Now the medium-exposure check counts workers and crews, and TOC-016 (low)
the education sector, so each factor that lowers the chance — the area rated medium rather
than high, participants chosen by the region's own schools rather than workers recruited for
work — takes one step off.

Each case is assessed whole, under both regimes; the ordering is read from the findings the
assessment gives, not from the rule ids.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.engine.model import SEVERITY_RANK

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}

WORKERS = {
    "name": "fisheries",
    "lead_agency": "Dinas Kelautan dan Perikanan",
    "programs": [{"name": "Magang awak kapal", "status": "planned", "moves_people": True}],
}
TEACHERS = {
    "name": "education",
    "lead_agency": "Dinas Pendidikan",
    "programs": [{"name": "Magang guru SMK", "status": "planned", "moves_people": True}],
}


def _trafficking_finding(date: str, sector: dict[str, Any], exposure: str) -> Any:
    """The one trafficking finding of a partnership with ``sector`` alone at ``exposure``,
    no agency coordinated."""
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": date,
        "stage": "active",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "sectors": [sector],
        "security": {"human_trafficking": exposure, "coordinating_agencies": []},
    }
    result = paracheck.assess(proposal)
    found = [
        c
        for c in result.checks
        if c.status == "risk" and any("21/2007" in s.ref for s in c.sources)
    ]
    assert len(found) == 1, [c.rule_id for c in found]
    return found[0]


def _weight(check: Any) -> tuple[int, int]:
    """Higher is graver: severity first, then score (the memo's reading order)."""
    return (-SEVERITY_RANK[check.severity], check.score)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_lower_exposure_lowers_the_finding_for_workers_and_for_the_education_sector(date):
    for sector in (WORKERS, TEACHERS):
        high = _trafficking_finding(date, sector, "high")
        medium = _trafficking_finding(date, sector, "medium")
        assert high.rule_id != medium.rule_id
        # one severity step, and a lower score
        assert SEVERITY_RANK[medium.severity] == SEVERITY_RANK[high.severity] + 1, (
            sector["name"],
            high.rule_id,
            medium.rule_id,
        )
        assert medium.score < high.score
        assert medium.impact == high.impact  # the harm, if it happens, is the same


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_an_education_exchange_weighs_one_step_below_a_worker_placement_at_each_exposure(date):
    for exposure in ("high", "medium"):
        workers = _trafficking_finding(date, WORKERS, exposure)
        teachers = _trafficking_finding(date, TEACHERS, exposure)
        assert SEVERITY_RANK[teachers.severity] == SEVERITY_RANK[workers.severity] + 1
        assert teachers.score < workers.score


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_the_lowest_rung_is_an_education_exchange_at_medium_exposure(date):
    cells = {
        (who, exposure): _trafficking_finding(date, sector, exposure)
        for who, sector in (("workers", WORKERS), ("education", TEACHERS))
        for exposure in ("high", "medium")
    }
    lowest = min(cells.values(), key=_weight)
    assert lowest is cells[("education", "medium")]
    assert max(cells.values(), key=_weight) is cells[("workers", "high")]
    # the two middle rungs each lie one factor below the top: neither outweighs the other
    assert _weight(cells[("workers", "medium")]) == _weight(cells[("education", "high")])
