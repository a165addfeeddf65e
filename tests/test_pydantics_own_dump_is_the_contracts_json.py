"""``result.model_dump_json()``, the library's JSON as PRODUCT.md gives it, is the contract's
document: it wrote the attribute's key "schema_" where the contract and every other door
(``to_json``, the CLI, the API) write "schema", so the published schema refused it (ministry
trial 470 H3). A proposal's own dump writes the file's key too."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import paracheck
from paracheck.engine.model import Assessment

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def test_model_dump_json_is_the_document_to_json_writes_and_the_schema_accepts():
    a = paracheck.assess(paracheck.load_proposal(str(NTB)))
    dumped = json.loads(a.model_dump_json())
    assert dumped == json.loads(a.to_json())
    assert dumped["schema"] == "paracheck/assessment/v2" and "schema_" not in dumped
    jsonschema.validate(dumped, paracheck.assessment_schema())
    assert next(iter(a.model_dump())) == "schema"
    assert Assessment.model_validate(dumped) == a


def test_a_proposals_own_dump_writes_the_files_key():
    proposal = paracheck.load_proposal(str(NTB))
    assert json.loads(proposal.model_dump_json())["schema"] == "paracheck/proposal/v1"
    assert "schema_" not in proposal.model_dump()
