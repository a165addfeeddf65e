"""GOV-002 "no monitoring plan" is due once the cooperation plan that would hold it is being
drawn up, or the MoU is signed (newcomer trial 20, finding 11: a proposal at the LoI stage
had it as a current medium risk, with an action under "Perjanjian", while REG-014 said the
plan itself was "Belum waktunya")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.engine.model import Check
from paracheck.facts.model import Proposal

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Uji",
    "date": "2026-11-20",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {
        "name": "Municipality X",
        "country": "MY",
        "level": "municipality",
        "kind": "regional_government",
    },
    "governance": {"monitoring_plan": False},
    "procedure": [
        {"step": "initiative", "status": "done"},
        {"step": "exploration", "status": "done"},
        {"step": "letter_of_intent", "status": "in_progress"},
    ],
}


def _gov002(**changes: Any) -> Check:
    data = copy.deepcopy(BASE)
    data.update(changes)
    a = paracheck.assess(Proposal.model_validate(data))
    return next(c for c in a.checks if c.rule_id == "GOV-002")


def test_no_monitoring_plan_is_not_yet_due_at_the_letter_of_intent_stage():
    check = _gov002()
    assert (check.status, check.due) == ("clear", False), check.status
    # as the plan's own check reads
    data = copy.deepcopy(BASE)
    a = paracheck.assess(Proposal.model_validate(data))
    reg014 = next(c for c in a.checks if c.rule_id == "REG-014")
    assert not reg014.due
    assert not any("GOV-002" in act.rules for act in a.actions)


@pytest.mark.parametrize(
    "changes",
    [
        {
            "procedure": [
                {"step": "initiative", "status": "done"},
                {"step": "exploration", "status": "done"},
                {"step": "letter_of_intent", "status": "done"},
                {"step": "cooperation_plan", "status": "in_progress"},
            ]
        },
        {
            "stage": "mou_signed",
            "procedure": [{"step": "signing", "status": "done", "date": "2026-06-01"}],
        },
    ],
    ids=["plan being drawn up", "MoU signed"],
)
def test_no_monitoring_plan_is_a_risk_once_the_plan_is_drawn_up_or_the_mou_signed(changes):
    assert _gov002(**changes).status == "risk"


def test_a_monitoring_plan_already_recorded_is_ticked_before_the_plan_is_due():
    """Not "Belum waktunya" beside a monitoring plan the file records (as GOV-020 ticks a
    TKKSD review recorded early)."""
    check = _gov002(governance={"monitoring_plan": True})
    assert (check.status, check.due) == ("clear", True)
