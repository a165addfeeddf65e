"""Advice that is right in time: an officer is not asked what they have already answered.

GOV-021 (the joint committee has not met for over a year) asked when the committee last met
even when the proposal said there was no meeting with the partner at all in the last year —
the fact GOV-006 already flags.
"""

from __future__ import annotations

import paracheck
from paracheck.facts.model import Proposal

#: a sister province signed in 2015 under Permendagri 3/2008 and re-assessed in 2025: the
#: text's consultation with Kemlu is not recorded, nor any implementing agreement
SIGNED_2015 = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister province signed 2015, re-assessed 2025",
    "date": "2025-06-01",
    "stage": "active",
    "form": "sister_province",
    "local": {"name": "Provinsi Jawa Barat", "level": "province"},
    "partner": {"name": "Gyeonggi-do", "country": "KR", "level": "province"},
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2014-03-01"},
        {"step": "exploration", "status": "done", "date": "2014-06-01"},
        {"step": "letter_of_intent", "status": "done", "date": "2014-09-10"},
        {"step": "cooperation_plan", "status": "done", "date": "2015-01-20"},
        {"step": "dprd_approval", "status": "done", "date": "2015-04-15"},
        {"step": "full_powers", "status": "done", "date": "2015-10-01"},
        {"step": "signing", "status": "done", "date": "2015-11-12"},
    ],
    "governance": {"joint_working_group": True, "meetings_per_year": 0},
}


def _assess(data: dict):
    return paracheck.assess(Proposal.model_validate(data))


def _check(result, rule_id: str):
    return next(ch for ch in result.checks if ch.rule_id == rule_id)


# --------------------------------------------------------------------------- GOV-021


def _gov021(governance: dict, **extra):
    result = _assess({**SIGNED_2015, "governance": governance, **extra})
    questions = {q.path for q in result.questions}
    return _check(result, "GOV-021"), questions


def test_no_meeting_in_a_year_answers_whether_the_committee_sat_without_a_question():
    check, questions = _gov021({"joint_working_group": True, "meetings_per_year": 0})
    assert check.status == "risk"
    assert "governance.joint_committee_last_met" not in questions


def test_without_the_number_of_meetings_the_committee_question_is_still_asked():
    """Absent is unknown, not zero: GOV-021 stays open and asks when the committee last met."""
    check, questions = _gov021({"joint_working_group": True})
    assert check.status == "unknown"
    assert "governance.joint_committee_last_met" in questions


def test_a_recent_committee_meeting_clears_whatever_the_meeting_count_says():
    check, _ = _gov021({"joint_working_group": True, "joint_committee_last_met": "2025-02-01"})
    assert check.status == "clear"


def test_no_meetings_in_a_partnership_less_than_a_year_old_is_not_a_lapsed_committee():
    data = {"procedure": [{"step": "signing", "status": "done", "date": "2025-01-10"}]}
    check, _ = _gov021({"joint_working_group": True, "meetings_per_year": 0}, **data)
    assert check.status != "risk"
