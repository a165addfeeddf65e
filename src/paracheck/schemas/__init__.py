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

    schema = Assessment.model_json_schema(by_alias=True, mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:paracheck:schema:" + ASSESSMENT_SCHEMA.split("/", 1)[1].replace("/", ":"),
        **schema,
    }


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
