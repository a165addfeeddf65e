"""Teachers, students and trainees of an education programme are not a worker placement
(practitioner trial 27 M1).

"Magang guru SMK peternakan di Darwin" of Kabupaten Sumba Timur, where human-trafficking
exposure is rated high, made TOC-007 (a high risk resting on a law REGULATION.md does not list,
cited at medium) the only finding that held a plan-stage verdict at "Risiko tinggi". Now
TOC-007 counts workers and crews — fisheries, ports and industry sectors by their kind, and a
programme of any sector but education recorded as moving people — and TOC-015 (medium) the
education sector, whose participants the region's schools and agency choose and send. A
worker placement stays high whatever sector it is filed under.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import paracheck
from paracheck.facts.loader import parse_proposal_data

DATA = Path(__file__).parent / "data"


def _statuses(sectors: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    proposal = parse_proposal_data(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kota kembar",
            "date": "2026-03-02",
            "stage": "proposal",
            "sectors": sectors,
            "security": {"human_trafficking": "high", "coordinating_agencies": []},
        }
    )
    a = paracheck.assess(proposal, as_of=proposal.date)
    return {c.rule_id: (c.status, c.severity) for c in a.checks if c.rule_id.startswith("TOC-0")}


def test_a_teacher_internship_abroad_is_a_medium_check_not_a_high_risk():
    teachers = {"name": "Magang guru SMK peternakan di Darwin", "status": "planned"}
    got = _statuses(
        [{"name": "education", "lead_agency": "Dinas Pendidikan", "programs": [teachers]}]
    )
    assert got["TOC-007"][0] == "clear"  # not applicable: nobody recruited for work
    assert got["TOC-015"] == ("risk", "medium")


def test_the_trial_proposal_is_no_longer_held_at_high_by_the_internship():
    proposal = paracheck.load_proposal(str(DATA / "trial27-sumbatimur-darwin-plan-done.yaml"))
    a = paracheck.assess(proposal, as_of=proposal.date)
    checks = {c.rule_id: c for c in a.checks}
    assert (checks["TOC-015"].status, checks["TOC-015"].severity) == ("risk", "medium")
    # the feed-technology and tourism programmes do not say whether they move people: the
    # worker check asks, it does not assume
    assert checks["TOC-007"].status == "unknown"
    assert a.verdict == "medium_risk"
    assert not [c for c in a.checks if c.status == "risk" and c.severity in ("high", "blocker")]


def test_a_worker_placement_stays_high_in_any_sector_but_education():
    for sector in ("capacity_building", "agriculture", "health"):
        placement = {"name": "Penempatan pekerja", "status": "ongoing", "moves_people": True}
        got = _statuses([{"name": sector, "lead_agency": "Dinas", "programs": [placement]}])
        assert got["TOC-007"] == ("risk", "high"), sector
        assert got["TOC-015"][0] == "clear", sector
    assert _statuses([{"name": "fisheries", "lead_agency": "DKP"}])["TOC-007"] == ("risk", "high")
    # the trial case of plantation workers placed through a capacity-building sector
    proposal = paracheck.load_proposal(str(DATA / "kalbar-sarawak-expiring-2026.yaml"))
    a = paracheck.assess(proposal, as_of=proposal.date)
    toc = next(c for c in a.checks if c.rule_id == "TOC-007")
    assert (toc.status, toc.severity, a.verdict) == ("risk", "high", "high_risk")
