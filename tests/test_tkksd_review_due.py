"""GOV-020 (the TKKSD has discussed the cooperation plan) is due once there is a plan to
discuss: held-out 19, a proposal whose plan was still being written, was told "Risiko: rencana
kerja sama belum dibahas TKKSD" and asked to hold the meeting before the plan existed."""

from __future__ import annotations

import pytest

import paracheck


def _proposal(
    date: str, stage: str, plan: str | None, dprd: str | None, reviewed
) -> paracheck.Proposal:
    steps = ["  - {step: letter_of_intent, status: done, date: 2024-03-18}\n"]
    if plan is not None:
        steps.append(f"  - {{step: cooperation_plan, status: {plan}}}\n")
    if dprd is not None:
        steps.append(f"  - {{step: dprd_approval, status: {dprd}}}\n")
    governance = (
        "" if reviewed is None else f"governance: {{tkksd_reviewed: {str(reviewed).lower()}}}\n"
    )
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Provinsi Uji – Province of Test\n"
        f"date: {date}\n"
        f"stage: {stage}\n"
        "form: sister_province\n"
        "local: {name: Provinsi Uji, level: province}\n"
        "partner: {name: Province of Test, country: PH, level: province}\n"
        "procedure:\n" + "".join(steps) + governance
    )


def _gov020(result: paracheck.Assessment):
    return next(c for c in result.checks if c.rule_id == "GOV-020")


@pytest.mark.parametrize("date", ["2024-08-15", "2016-08-15"])  # PP 28/2018 and Permendagri 3/2008
def test_a_plan_still_being_written_is_not_yet_due_for_the_tkksd(date):
    result = paracheck.assess(_proposal(date, "proposal", "in_progress", "pending", False))
    check = _gov020(result)
    assert (check.status, check.due) == ("clear", False)
    memo = paracheck.render(result, "text", "id", width=10_000)
    assert "Bahas rencana kerja sama dalam rapat TKKSD" not in memo
    assert "GOV-020" not in [rid for q in result.questions for rid in q.checks]


@pytest.mark.parametrize("date", ["2024-08-15", "2016-08-15"])
@pytest.mark.parametrize(
    ("stage", "plan", "dprd"),
    [
        ("proposal", "done", "pending"),
        ("proposal", "in_progress", "in_progress"),
        ("mou_signed", None, "done"),
    ],
)
def test_a_finished_plan_or_a_dprd_approval_under_way_needs_the_tkksd_review(
    date, stage, plan, dprd
):
    result = paracheck.assess(_proposal(date, stage, plan, dprd, False))
    check = _gov020(result)
    assert (check.status, check.due) == ("risk", True)


def test_a_tkksd_that_already_discussed_the_draft_plan_is_ticked():
    check = _gov020(
        paracheck.assess(_proposal("2024-08-15", "proposal", "in_progress", "pending", True))
    )
    assert (check.status, check.due) == ("clear", True)


def test_an_unknown_tkksd_review_is_asked_only_once_the_plan_is_done():
    early = paracheck.assess(_proposal("2024-08-15", "proposal", "in_progress", "pending", None))
    assert _gov020(early).status == "clear"
    later = paracheck.assess(_proposal("2024-08-15", "proposal", "done", "pending", None))
    assert _gov020(later).status == "unknown"
    assert "GOV-020" in [rid for q in later.questions for rid in q.checks]
