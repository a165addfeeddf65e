"""GOV-020's advice shows the half that fits the partnership's stage (trial 16 #11: "Bahas
rencana kerja sama dalam rapat TKKSD …, sebelum DPRD memberi persetujuan bila masih mungkin;
bila kerja sama sudah berjalan, bahas pada evaluasi tahunan" reached a partnership whose DPRD
approved in 2012). Before the DPRD approves, the plan and the finding ask for the TKKSD
meeting before the approval; once it has approved or the MoU is signed, for the TKKSD at the
yearly review; never both (``when`` on each recommendation)."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report import view

BEFORE = "sebelum"  # the meeting before the DPRD approves
YEARLY = "evaluasi tahunan"
BEFORE_EN = "before"
YEARLY_EN = "yearly review"


def _assess(stage: str, procedure: list[dict[str, Any]], **more: Any) -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": "2024-08-15",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kota Uji", "level": "city"},
        "partner": {"name": "X", "country": "JP", "level": "city"},
        "procedure": procedure,
        "governance": {"tkksd_reviewed": False},
        **more,
    }
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "GOV-020" in {c.rule_id for c in a.checks if c.status == "risk"}
    return a


def _tkksd(a: paracheck.Assessment, lang: str) -> list[tuple[str, str]]:
    """The plan's GOV-020 actions as (heading, text); the finding gives the same advice."""
    shown = [
        (heading, str(act["text"]))
        for heading, acts in view.action_plan(a, lang)
        for act in acts
        if "GOV-020" in act["rules"]  # type: ignore[operator]
    ]
    (check,) = [c for c in a.checks if c.rule_id == "GOV-020"]
    assert [r.text.get(lang) for r in check.recommendations] == [t for _, t in shown]
    return shown


APPROVED = [
    {"step": "cooperation_plan", "status": "done", "date": "2023-01-10"},
    {"step": "dprd_approval", "status": "done", "date": "2023-06-01"},
    {"step": "signing", "status": "done", "date": "2023-09-01"},
]


@pytest.mark.parametrize("stage", ["mou_signed", "active", "evaluation"])
def test_a_partnership_the_dprd_approved_is_told_the_yearly_review_only(stage):
    a = _assess(stage, APPROVED)
    ((_, text),) = _tkksd(a, "id")
    assert YEARLY in text and BEFORE not in text
    ((_, text_en),) = _tkksd(a, "en")
    assert YEARLY_EN in text_en and BEFORE_EN not in text_en


def test_a_proposal_whose_dprd_approved_but_not_yet_signed_is_told_the_yearly_review():
    procedure = [
        {"step": "exploration", "status": "done", "date": "2023-10-01"},
        {"step": "letter_of_intent", "status": "done", "date": "2023-12-01"},
        {"step": "cooperation_plan", "status": "done", "date": "2024-01-10"},
        {"step": "dprd_approval", "status": "done", "date": "2024-06-01"},
        {"step": "signing", "status": "pending"},
    ]
    ((_, text),) = _tkksd(_assess("proposal", procedure), "id")
    assert YEARLY in text and BEFORE not in text


@pytest.mark.parametrize("dprd", ["pending", "in_progress"])
def test_a_proposal_before_the_dprd_approves_is_told_to_meet_before_the_approval(dprd):
    procedure = [
        {"step": "cooperation_plan", "status": "done", "date": "2024-05-10"},
        {"step": "dprd_approval", "status": dprd},
    ]
    a = _assess("proposal", procedure)
    ((heading, text),) = _tkksd(a, "id")
    assert BEFORE in text.lower() and YEARLY not in text  # "Sebelum DPRD memutuskan, …"
    assert heading == "Persetujuan"
    ((_, text_en),) = _tkksd(a, "en")
    assert BEFORE_EN in text_en.lower() and YEARLY_EN not in text_en


def test_a_lapsed_mou_discusses_it_with_the_tkksd_as_part_of_the_evaluation():
    a = _assess("evaluation", APPROVED, agreement={"expires": "2024-06-30"})
    ((heading, text),) = _tkksd(a, "id")
    assert heading == "Evaluasi dan keputusan atas MoU yang telah berakhir"
    assert YEARLY in text and BEFORE not in text
