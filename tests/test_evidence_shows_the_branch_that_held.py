"""A check's evidence lists only the facts of the branches of an ``any`` that held, not those
of a branch that did not: an officer reads each line of the evidence as a reason for the
finding. BUD-007 reads "the sum above the allocation, or (the sum not known and the budgets
given above it)"; GOV-002 reads "no monitoring plan, and (the MoU signed or the cooperation
plan under way)"; a memo of such a risk listed the facts of the branch that was false beside
the one that held (the lead's review, twentieth stop). The contract (docs/rule-language.md,
"Evidence"): a finding lists the facts of the branches that held — of an ``any``, the
branches that hold; under a ``not``, the parts of an ``all`` that failed; a clear or open
check lists every fact it read."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck


def _proposal(**parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Uji bukti cabang",
        "date": "2019-10-15",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Ambon", "level": "city"},
        "partner": {"name": "Vlissingen", "country": "NL", "level": "municipality"},
        "sectors": [{"name": "industry", "lead_agency": "Dinas Perindustrian", "programs": []}],
    }
    base.update(parts)
    return base


def _check(proposal: dict[str, Any], rule_id: str) -> paracheck.Check:
    result = paracheck.assess(proposal)
    return next(c for c in result.checks if c.rule_id == rule_id)


def _paths(check: paracheck.Check) -> set[str]:
    return {e.path for e in check.evidence}


#: GOV-002's "the MoU signed or the cooperation plan under way" held by the stage alone: the
#: plan's step is listed, but pending
PLAN_PENDING = [{"step": "cooperation_plan", "status": "pending"}]


def test_a_risk_lists_the_branches_that_held_and_not_the_one_that_was_false():
    check = _check(
        _proposal(governance={"monitoring_plan": False}, procedure=PLAN_PENDING), "GOV-002"
    )
    assert check.status == "risk"
    assert {"governance.monitoring_plan", "stage"} <= _paths(check)
    assert "procedure.cooperation_plan.status" not in _paths(check)
    # both branches held: both are why
    held = [{"step": "cooperation_plan", "status": "in_progress"}]
    check = _check(_proposal(governance={"monitoring_plan": False}, procedure=held), "GOV-002")
    assert check.status == "risk"
    assert {"stage", "procedure.cooperation_plan.status"} <= _paths(check)


def test_a_risk_per_sector_does_not_list_the_fact_of_a_branch_that_was_false():
    """NRG-002: a deficit, and no rolling blackouts: the blackouts are not why."""
    energy = {"reserve_margin_pct": -4, "rolling_blackouts": False}
    check = _check(_proposal(energy=energy), "NRG-002")
    assert check.status == "risk"
    assert "energy.reserve_margin_pct" in _paths(check)
    assert "energy.rolling_blackouts" not in _paths(check)


def test_a_not_all_that_holds_lists_the_part_that_failed_not_the_one_that_held():
    """GOV-003 (regular reports to the Minister) on a running partnership: its "not (the
    evaluation stage or a lapsed MoU, and the reporting step not done)" holds because the
    partnership is neither in evaluation nor lapsed; the reporting step, pending, is no
    reason for it."""
    reporting = [{"step": "reporting", "status": "pending"}]
    check = _check(
        _proposal(governance={"reports_to_ministry": False}, procedure=reporting), "GOV-003"
    )
    assert check.status == "risk"
    assert {"stage", "governance.reports_to_ministry"} <= _paths(check)
    assert "procedure.reporting.status" not in _paths(check)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_of_the_risk_says_no_word_of_the_branch_that_was_false(lang):
    proposal = _proposal(governance={"monitoring_plan": False}, procedure=PLAN_PENDING)
    memo = paracheck.render(paracheck.assess(proposal), "markdown", lang)
    section = memo[memo.index("### GOV-002") :]
    section = section[: section.index("\n### ")]
    said = {
        "id": ("Tahap kerja sama: berjalan", "Status langkah rencana kerja sama"),
        "en": ("Stage of the cooperation: active", "Status of the cooperation plan step"),
    }[lang]
    assert said[0] in section
    assert said[1] not in section
