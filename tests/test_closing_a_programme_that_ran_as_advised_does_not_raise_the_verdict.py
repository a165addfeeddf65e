"""Closing a stalled programme that ran, as IMP-004 advises ("bila tidak, batalkan secara
resmi"), does not make its sector "wacana tanpa tindakan". Trial 230 #1: an officer cancelled
a seaweed programme that had run from February to November 2023, and the memo went from Risiko
sedang to Risiko tinggi on IMP-002, the comparison telling the DPRD the partnership got worse;
deleting the sector instead kept it sedang. A programme cancelled after it ran is over, as a
finished one: its sector, nothing next, is IMP-012's note; a sector whose programmes were all
cancelled before they ran stays IMP-002's high risk."""

from __future__ import annotations

import copy
from typing import Any

import paracheck

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister Province Sulawesi Selatan – South Australia: evaluasi",
    "date": "2026-11-30",
    "stage": "active",
    "form": "sister_province",
    "local": {"name": "Provinsi Sulawesi Selatan", "level": "province"},
    "partner": {"name": "State of South Australia", "country": "AU", "level": "province"},
    "procedure": [{"step": "signing", "status": "done", "date": "2022-03-15"}],
    "sectors": [
        {
            "name": "agriculture",
            "lead_agency": "Dinas Tanaman Pangan Provinsi Sulawesi Selatan",
            "programs": [
                {
                    "name": "Pembibitan sapi",
                    "status": "ongoing",
                    "started": "2023-01-10",
                    "last_activity": "2026-10-01",
                }
            ],
        },
        {
            "name": "fisheries",
            "lead_agency": "Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan",
            "programs": [
                {
                    "name": "Budidaya rumput laut",
                    "status": "stalled",
                    "started": "2023-02-01",
                    "last_activity": "2023-11-28",
                }
            ],
        },
    ],
}


def _with(status: str, **programme: Any) -> paracheck.Assessment:
    proposal = copy.deepcopy(BASE)
    seaweed = proposal["sectors"][1]["programs"][0]
    seaweed["status"] = status
    seaweed.update(programme)
    return paracheck.assess(proposal)


def _status(a: paracheck.Assessment, rule: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule)


RANK = ["low_risk", "medium_risk", "high_risk", "blocked"]


def test_cancelling_the_stalled_programme_that_ran_is_no_talk_without_action():
    stalled, cancelled = _with("stalled"), _with("cancelled")
    assert _status(stalled, "IMP-004") == "risk"
    assert _status(cancelled, "IMP-002") == "clear"
    assert RANK.index(cancelled.verdict) <= RANK.index(stalled.verdict)
    note = next(c for c in cancelled.checks if c.rule_id == "IMP-012")
    assert note.status == "risk" and note.severity == "info"
    # a rule on the whole proposal: its evidence names the sector, and only that one
    named = {e.path for e in note.evidence if e.path.endswith(".name")}
    assert "sectors[1].name" in named and "sectors[0].name" not in named


def test_the_comparison_counts_no_new_risk():
    diff = paracheck.diff(_with("stalled"), _with("cancelled"))
    assert not diff.new_risks


def test_a_programme_cancelled_before_it_ran_still_leaves_its_sector_talk_only():
    proposal = copy.deepcopy(BASE)
    proposal["sectors"][1]["programs"][0] = {"name": "Budidaya rumput laut", "status": "cancelled"}
    never = paracheck.assess(proposal)
    assert _status(never, "IMP-002") == "risk"
    assert _status(never, "IMP-012") == "clear"


def test_a_first_activity_dated_after_the_date_judged_is_not_a_programme_that_ran():
    a = _with("cancelled", started="2027-01-15", last_activity=None)
    assert _status(a, "IMP-002") == "risk"
