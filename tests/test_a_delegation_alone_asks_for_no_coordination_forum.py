"""TOC-009 (no enforcement agency coordinated at all, low 3 × 2) does not count an officials'
delegation or a cultural troupe alone as trafficking exposure (fix35b).

Its fourth clause counted any programme recorded as moving people where trafficking exposure
is medium or high, so an officials' study visit (``people_moved: officials``) with nobody
coordinating drew "Ada kerawanan kejahatan transnasional, tetapi belum ada satu pun aparat
yang diajak berkoordinasi" — at medium exposure, where the trafficking ladder gives such a
visit no finding at all (TOC-018), TOC-009's 3 × 2 = 6 weighed it above TOC-018's own
finding at high exposure (1 × 5 = 5). The thesis records those delegations as the
partnership's successful strand (IV.A.6) and names weak enforcement, loose rules, the
fisheries mafia and liberalised trade and immigration as the drivers of transnational crime
(IV.B.1.a); at high exposure TOC-018 already names the missing oversight and the Kantor
Imigrasi. Workers, crews and learners keep counting, as the rule's own account always said.

EXPECTED (written before the change): an officials' study visit or a cultural troupe alone,
trafficking medium or high, nothing else exposed, no agency coordinated: TOC-009 not
applicable, with a reason that does not say the cooperation is free of exposure (at high
exposure TOC-018 is a finding beside it); at medium exposure no trafficking finding is left
(the verdict drops from "Risiko rendah" to no risk from this exposure); at high exposure
TOC-018 alone, the verdict still "Risiko rendah". The same programme moving workers or
students, or not saying whom it moves: TOC-009 a risk, as before.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}
VISIT = ("capacity_building", "Studi banding pejabat tata kelola pelabuhan perikanan")
TROUPE = ("culture", "Misi kesenian ke festival budaya")


def _assess(date: str, kind: tuple[str, str], who: str | None, exposure: str) -> Any:
    programme: dict[str, Any] = {"name": kind[1], "status": "planned", "moves_people": True}
    if who is not None:
        programme["people_moved"] = who
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kerja sama uji",
            "date": date,
            "stage": "active",
            "local": {"name": "Kabupaten Sumenep", "level": "regency"},
            "sectors": [{"name": kind[0], "lead_agency": "Dinas uji", "programs": [programme]}],
            "security": {
                "narcotics_route": "none",
                "iuu_fishing": "none",
                "terrorism": "none",
                "human_trafficking": exposure,
                "coordinating_agencies": [],
            },
        }
    )


def _check(result: Any, rule: str) -> Any:
    return next(c for c in result.checks if c.rule_id == rule)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("kind", "who"), [(VISIT, "officials"), (TROUPE, "artists")])
@pytest.mark.parametrize("exposure", ["medium", "high"])
def test_a_delegation_or_troupe_alone_draws_no_coordination_forum(date, kind, who, exposure):
    said = _assess(date, kind, who, exposure)
    forum = _check(said, "TOC-009")
    assert forum.status != "risk"
    reason = forum.not_applicable
    assert reason is not None
    # not "the cooperation is not exposed": the exposure is recorded; the rung is named
    assert "tidak rawan" not in reason.id and "not exposed" not in reason.en
    assert "TOC-018" in reason.id and "TOC-018" in reason.en
    # the delegation's own rung decides: a finding at high exposure only
    assert (_check(said, "TOC-018").status == "risk") == (exposure == "high")


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize("who", ["workers", "students", None])
@pytest.mark.parametrize("exposure", ["medium", "high"])
def test_workers_learners_or_people_unsaid_still_draw_the_forum(date, who, exposure):
    assert _check(_assess(date, VISIT, who, exposure), "TOC-009").status == "risk"


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_a_delegation_at_medium_exposure_leaves_no_finding_at_all(date):
    result = _assess(date, VISIT, "officials", "medium")
    trafficking = [
        c.rule_id for c in result.checks if c.status == "risk" and c.domain == "transnational_crime"
    ]
    assert trafficking == []
