"""paracheck — decision support for Indonesian paradiplomacy proposals.

The library API (PRODUCT.md §5)::

    import paracheck
    proposal = paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml")
    result = paracheck.assess(proposal)            # pack chosen by the proposal's date
    result.verdict; result.checks; result.to_json()
    paracheck.render(result, "markdown", lang="en")

Nothing here prints or exits; errors are typed (``paracheck.errors``) and carry positions.
Imports are lazy so ``paracheck --help`` does not pay for the rule engine.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from paracheck.errors import EngineError, InputError, PackError, ParacheckError, UsageError

if TYPE_CHECKING:
    from paracheck.engine.model import Assessment
    from paracheck.facts.model import Proposal
    from paracheck.rules.model import RulePack

__version__ = "0.1.0"
__all__ = [
    "EngineError",
    "InputError",
    "PackError",
    "ParacheckError",
    "UsageError",
    "assess",
    "assess_many",
    "assessment_schema",
    "diff",
    "field_label",
    "load_pack",
    "load_proposal",
    "load_proposal_text",
    "pack_names",
    "proposal_schema",
    "proposal_yaml",
    "render",
    "render_diff",
    "render_pdf",
    "value_label",
]

# The contract's models, importable as ``paracheck.Assessment`` etc. without paying for them
# at ``import paracheck`` (PEP 562): programs that embed paracheck (the web API's OpenAPI
# document) describe their inputs and outputs with the same classes the library returns.
_MODELS = {
    "Assessment": "paracheck.engine.model",
    "AssessmentDiff": "paracheck.comparison",
    "Proposal": "paracheck.facts.model",
    "Rule": "paracheck.rules.model",
    "RulePack": "paracheck.rules.model",
}


def __getattr__(name: str) -> Any:
    module = _MODELS.get(name)
    if module is None:
        raise AttributeError(f"module 'paracheck' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def load_proposal(path: str, *, source: str | None = None) -> Proposal:
    """Read and validate a proposal file (``-`` for standard input)."""
    from paracheck.facts.loader import load_proposal as _load

    return _load(path, source=source)


def load_proposal_text(text: str | bytes, *, source: str = "<text>") -> Proposal:
    """Read and validate a proposal given as YAML or JSON text (e.g. an upload or a request
    body), with the same limits and positioned problems as a file named ``source``."""
    from paracheck.facts.loader import load_proposal_bytes

    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    return load_proposal_bytes(data, source)


def proposal_yaml(proposal: Proposal) -> str:
    """The proposal as YAML that ``load_proposal_text`` reads back to the same proposal
    (absent fields stay absent, explicit nulls stay null)."""
    from paracheck.facts.writer import proposal_yaml as _yaml

    return _yaml(proposal)


def proposal_schema() -> dict[str, Any]:
    """The JSON Schema of a proposal (``paracheck/proposal/v1``)."""
    from paracheck.facts.template import proposal_json_schema

    return proposal_json_schema()


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of an assessment (the ``paracheck/assessment`` contract)."""
    from paracheck.engine.model import ASSESSMENT_SCHEMA
    from paracheck.engine.model import Assessment as _Assessment

    schema = _Assessment.model_json_schema(by_alias=True, mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:paracheck:schema:" + ASSESSMENT_SCHEMA.split("/", 1)[1].replace("/", ":"),
        **schema,
    }


def field_label(path: str, lang: str = "id", *, where: bool = True) -> str:
    """What people read for a proposal field path (``budget.apbd_allocation_idr`` →
    ``alokasi APBD``), from the same label table as the reports; ``where`` adds which item a
    concrete path is in (``sektor ke-3``)."""
    from paracheck.facts.labels import field_label as _label

    return _label(path, lang, where=where)


def value_label(path: str, code: str, lang: str = "id") -> str | None:
    """The label of a code a field holds (``sectors[0].name`` = ``fisheries`` →
    ``perikanan``), or None when the field has no closed vocabulary."""
    from paracheck.facts.labels import value_label as _label

    return _label(path, code, lang)


def pack_names() -> list[str]:
    """Names of the shipped rule packs, sorted; each loads with :func:`load_pack`."""
    from paracheck.rules.loader import pack_names as _names

    return _names()


def assess(
    proposal: Proposal | dict[str, Any],
    pack: str | RulePack | None = None,
    as_of: dt.date | None = None,
) -> Assessment:
    """Assess a proposal (a model, or plain data that is validated first).

    ``pack`` is a shipped pack name, a pack file path or a loaded pack; by default the pack in
    force on ``as_of``, which defaults to the proposal's own date.
    """
    from paracheck.engine.assess import assess as _assess

    if isinstance(proposal, dict):
        from paracheck.facts.loader import parse_proposal_data

        proposal = parse_proposal_data(proposal)
    return _assess(proposal, pack=pack, as_of=as_of)


def load_pack(name_or_path: str) -> RulePack:
    """A shipped rule pack by name, or a pack file by path (validated)."""
    from paracheck.rules.loader import load_pack as _load

    return _load(name_or_path)


def render(result: Assessment, fmt: str = "text", lang: str = "id") -> str:
    """The assessment as text, markdown, json, html or csv, in ``id`` or ``en``."""
    from paracheck.report import render as _render

    return _render(result, fmt, lang=lang)


def assess_many(
    paths: list[str],
    pack: str | None = None,
    as_of: dt.date | None = None,
    workers: int | None = None,
) -> list[Any]:
    """Assess files and directories in a process pool: one ``BatchItem`` per input, in order.

    Every input yields exactly one item: an assessment, or the problems that stopped it.
    """
    from paracheck.batch import assess_many as _many

    return _many(paths, pack=pack, as_of=as_of, workers=workers)


def render_pdf(result: Assessment, lang: str = "id") -> bytes:
    """The HTML report printed to PDF by headless Chromium (what ``--format pdf`` writes).

    Raises :class:`UsageError` naming the install command when Chromium is missing.
    """
    from paracheck.report.pdf import render_pdf as _render_pdf

    return _render_pdf(result, lang)


def render_diff(comparison: Any, fmt: str = "text", lang: str = "id") -> str:
    """A comparison from :func:`diff` as text, markdown or json, in ``id`` or ``en``."""
    from paracheck.report import render_diff as _render_diff

    return _render_diff(comparison, fmt, lang=lang)


def diff(old: Assessment, new: Assessment) -> Any:
    """What changed between two assessments: new risks, cleared checks, score changes."""
    from paracheck.comparison import diff as _diff

    return _diff(old, new)
