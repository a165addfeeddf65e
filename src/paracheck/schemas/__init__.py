"""The JSON Schemas of the contracts (a proposal, an assessment), shipped as files.

``paracheck schema`` and :func:`paracheck.proposal_schema` read these files instead of
building the schemas from the pydantic models at every call, so printing a schema never loads
pydantic and the models (most of a second on a busy machine). The files are generated from the
models and checked against them by ``tests/test_schema_files.py``; after a change to a
contract, write them again with ``python -m paracheck.schemas``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

FILES = {"proposal": "proposal.schema.json", "assessment": "assessment.schema.json"}


def read(name: str) -> dict[str, Any]:
    """The shipped schema ``name`` (``proposal`` or ``assessment``)."""
    text = resources.files(__name__).joinpath(FILES[name]).read_text(encoding="utf-8")
    return json.loads(text)


def generate(name: str) -> dict[str, Any]:
    """The schema ``name`` built from the models, as the shipped file must hold it."""
    if name == "proposal":
        from paracheck.facts.template import proposal_json_schema

        return proposal_json_schema()
    from paracheck.engine.model import ASSESSMENT_SCHEMA, Assessment

    schema = _tolerant(Assessment.model_json_schema(by_alias=True, mode="serialization"))
    # the version a consumer checks first is always written (its model field has a default,
    # which a serialization schema does not list as required: trial 410 L4)
    schema["required"] = ["schema", *(f for f in schema.get("required", []) if f != "schema")]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:paracheck:schema:" + ASSESSMENT_SCHEMA.split("/", 1)[1].replace("/", ":"),
        "$comment": _CONSUMER,
        **schema,
    }


#: what the assessment schema says of the fields it does not list
_CONSUMER = (
    "Fields are added within a version (the README's 'Contracts and their versions': "
    "'additive in v2'); a change of meaning changes the version in 'schema'. So this schema "
    "lets objects carry properties it does not list, and a consumer ignores them."
)


def _tolerant(node: Any) -> Any:
    """``node`` with every ``additionalProperties: false`` taken out: an assessment of a later
    release within the same version, with a field added, still validates (trial 410 M1: a
    consumer validating stored v2 documents with the v2 schema would have refused every
    document of the next additive release). Paracheck's own models stay strict."""
    if isinstance(node, dict):
        return {
            key: _tolerant(value)
            for key, value in node.items()
            if not (key == "additionalProperties" and value is False)
        }
    if isinstance(node, list):
        return [_tolerant(item) for item in node]
    return node


def write(directory: Path | None = None) -> list[Path]:
    """Write every schema file from the models (into this package by default)."""
    target = directory or Path(__file__).resolve().parent
    written = []
    for name, file in FILES.items():
        path = target / file
        path.write_text(
            json.dumps(generate(name), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written
