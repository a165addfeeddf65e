"""Every property of the JSON paracheck writes is described in its schema: a dashboard or an
embedder reads what a field means, and what it can rely on, from the schema's descriptions
(README "Contracts and their versions"), not from paracheck's source (fix35a)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.comparison import AssessmentDiff

#: the OpenAPI components that are models of what the API *reads*, the proposal and a rule
#: pack's rule (the proposal's own schema and the pack format are documented field by field
#: in their own documents: the proposal template's comments, docs/rules): not yet described
#: in their models, left by fix35a, which covers what paracheck writes
READ_MODELS = frozenset(
    {
        # the proposal (paracheck/proposal/v1), /assess's and /diff's body
        "Proposal",
        "Basis",
        "Budget",
        "Energy",
        "Governance",
        "HumanResources",
        "Security",
        "ProcedureStep",
        "Program",
        "Sector",
        "Local",
        "Partner",
        "Waiver",
        # a rule as its pack writes it, /packs/{name}/rules/{rule_id}
        "Rule",
        "RecommendationSpec",
        "SourceSpec",
        "DatedParagraph",
        "CaseParagraph",
        "StepAside",
        "Examples",
        "Redo",
        "Bilingual",
        "AppliesWhen",
    }
)


def undescribed(schema: dict[str, Any], skip: frozenset[str] = frozenset()) -> list[str]:
    """``Model.property`` for every property of every object schema in ``schema`` (its
    ``$defs`` or OpenAPI ``components.schemas``, and the top level as ``#``) that has no
    description, leaving out the models named in ``skip``."""
    out: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, where)
            return
        if not isinstance(node, dict):
            return
        for name, prop in (node.get("properties") or {}).items():
            if not (isinstance(prop, dict) and prop.get("description", "").strip()):
                out.append(f"{where}.{name}")
            walk(prop, f"{where}.{name}")
        for key, value in node.items():
            if key == "properties":
                continue
            if key == "$defs" or (key == "schemas" and where == "components"):
                for model, sub in value.items():
                    if model not in skip:
                        walk(sub, model)
            else:
                walk(value, "components" if key == "components" else where)

    walk(schema, "#")
    return out


def test_every_property_of_the_assessment_schema_is_described():
    assert undescribed(paracheck.assessment_schema()) == []


def test_every_property_of_the_comparison_schema_is_described():
    schema = AssessmentDiff.model_json_schema(by_alias=True, mode="serialization")
    assert undescribed(schema) == []


def test_every_property_the_api_answers_with_is_described():
    pytest.importorskip("fastapi")
    from paracheck.web.app import create_app

    document = create_app().openapi()
    components = document["components"]["schemas"]
    assert set(components) >= READ_MODELS  # a renamed model is not silently skipped
    assert {"Assessment", "AssessmentDiff", "PackInfo", "Problem", "Health"} <= set(components)
    assert undescribed(document, READ_MODELS) == []


def test_the_walk_names_a_property_without_a_description():
    schema = {
        "properties": {"a": {"type": "string", "description": "said"}, "b": {"type": "string"}},
        "$defs": {"Inner": {"properties": {"c": {"type": "integer"}}}},
    }
    assert undescribed(schema) == ["#.b", "Inner.c"]


def test_every_key_of_a_batch_summary_entry_is_described_in_the_readme():
    """The batch summary is written by hand (``batch.summary_json``), not from a model with a
    schema: the README's batch paragraph is where its keys are described."""
    from paracheck.batch import BatchRow, summary_json

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    said = readme[readme.index("**The batch summary's order**") :]
    said = said[: said.index("Every human format")]
    [entry] = summary_json([BatchRow("x.yaml", None, (), False)])
    assert [key for key in entry if f"`{key}`" not in said] == []
