"""A field left blank (YAML reads ``response_days:`` as null) says nothing, so it is read as
left out: its checks are unknown and ask, never clear. Found reading a report: a blank
``realization_rate:`` ticked "☑ last year's budget was at least 70% realised", and a blank
``in_development_plan:`` ticked "☑ the cooperation is in the RPJMD"."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.facts.paths import vocabulary

ROOT = Path(__file__).resolve().parents[1]
NTB = yaml.safe_load((ROOT / "examples" / "ntb-zhejiang-2015.yaml").read_text("utf-8"))


def _proposal_fields() -> list[str]:
    """Every optional input field of the proposal scope (not sectors, programmes, procedure)."""
    return sorted(
        path
        for path, info in vocabulary().items()
        if info.scope == "proposal" and not info.computed and path not in ("title", "schema")
    )


def _with(data: dict[str, Any], path: str, value: Any, *, drop: bool = False) -> dict[str, Any]:
    out = copy.deepcopy(data)
    *parents, name = path.split(".")
    node = out
    for key in parents:
        node = node.setdefault(key, {})
    if drop:
        node.pop(name, None)
    else:
        node[name] = value
    return out


def _checks(data: dict[str, Any]) -> dict[str, tuple[str, tuple[str, ...]]]:
    result = paracheck.assess(paracheck.load_proposal_text(yaml.safe_dump(data)))
    return {c.rule_id: (c.status, tuple(c.missing)) for c in result.checks}


@pytest.mark.parametrize("path", _proposal_fields())
def test_a_blank_field_is_assessed_exactly_as_a_field_left_out(path):
    blank, left_out = _checks(_with(NTB, path, None)), _checks(_with(NTB, path, None, drop=True))
    assert blank == left_out


def test_blank_measurements_ask_instead_of_ticking_the_statement():
    data = _with(NTB, "budget.realization_rate", None)
    data = _with(data, "human_resources.response_days", None)
    data = _with(data, "basis.in_development_plan", None)
    checks = _checks(data)
    assert checks["BUD-003"] == ("unknown", ("budget.realization_rate",))
    assert checks["HR-003"] == ("unknown", ("human_resources.response_days",))
    assert checks["REG-006"] == ("unknown", ("basis.in_development_plan",))


def test_the_nulls_that_state_something_keep_their_meaning():
    # lead_agency: null = no agency named, a value: the follow-up rule fires on it
    sectors = [{"name": "fisheries", "lead_agency": None}]
    named_none = _checks({**NTB, "sectors": sectors})
    unanswered = _checks({**NTB, "sectors": [{"name": "fisheries"}]})
    assert named_none["IMP-001"][0] == "risk"
    assert unanswered["IMP-001"][0] == "unknown"
    # (joint_committee_last_met: null firing GOV-021 is that rule's own example: rules test)


def test_a_blank_required_field_is_still_an_error():
    text = "schema: paracheck/proposal/v1\ntitle:\n"
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text)
    assert "title" in str(refused.value)
