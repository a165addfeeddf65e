"""A stored assessment edited by hand is refused when read back, naming what is wrong, or
renders: never a KeyError or TypeError from a report (attack 430 H1: NTB's assessment with its
REG-007 check deleted passed validation, then every text report and comparison failed with
``KeyError: 'REG-007'``; an object where a sector's name stood, ``TypeError: unhashable type:
'dict'``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import paracheck

NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def _stored() -> dict[str, object]:
    return json.loads(paracheck.assess(paracheck.load_proposal(str(NTB))).to_json())


def test_a_check_the_verdict_names_deleted_is_refused_naming_it() -> None:
    data = _stored()
    named = data["worst_because"][0]
    data["checks"] = [c for c in data["checks"] if c["rule_id"] != named]
    with pytest.raises(ValidationError) as err:
        paracheck.Assessment.model_validate_json(json.dumps(data))
    assert f"worst_because names {named}" in str(err.value)


def test_a_check_no_field_names_deleted_still_renders() -> None:
    data = _stored()
    kept = set(data["worst_because"])
    gone = next(c["rule_id"] for c in data["checks"] if c["rule_id"] not in kept)
    data["checks"] = [c for c in data["checks"] if c["rule_id"] != gone]
    a = paracheck.Assessment.model_validate_json(json.dumps(data))
    for fmt in ("text", "markdown", "html"):
        assert paracheck.render(a, fmt, "id")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_object_where_a_name_stood_renders(fmt: str) -> None:
    data = _stored()
    touched = 0
    for check in data["checks"]:
        for e in check["evidence"]:
            if e["path"].endswith(".name"):
                e["value"] = {"x": [1, {"y": None}]}
                touched += 1
    assert touched
    a = paracheck.Assessment.model_validate_json(json.dumps(data))
    assert paracheck.render(a, fmt, "id")
