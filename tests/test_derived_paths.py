"""Which paths are facts paracheck derives, not fields of the proposal, is documented
(docs/rule-language.md, "Paths" and "Derived paths in an assessment's evidence"): every path a
shipped pack reads, and every path a check's evidence shows, is a proposal field or a derived
path listed there (fix35a: a dashboard reading ``evidence[].path`` cannot otherwise tell what
the file says from what paracheck worked out)."""

from __future__ import annotations

import re
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import paracheck
from paracheck._yaml import load_shipped as load_yaml
from paracheck.facts.model import STEP_IDS, Proposal
from paracheck.facts.paths import COLLECTIONS, vocabulary

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "rule-language.md"
PACKS = ROOT / "src" / "paracheck" / "rules" / "packs"


def _section(start: str, end: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end, text.index(start))]


def _documented(section: str) -> set[str]:
    """The paths a section of the doc names in backticks (a row naming two: both)."""
    return {m for m in re.findall(r"`([a-z_<>\[\]i.]+)`", section) if "." in m or m.isalpha()}


#: the derived paths a condition may read, as the "Paths" section names them: the lists a
#: count or share runs over (``programs``: every programme of every sector) and the table
READABLE = _documented(
    _section("- Inside `count` / `share` over", "### Derived paths in an assessment")
)
#: the derived paths an evidence entry may carry, as its own section's table names them
IN_EVIDENCE = _documented(
    _section("### Derived paths in an assessment's evidence", "\nThe other derived paths")
)


def _as_documented(path: str) -> str:
    """A step's path as the doc writes it (``procedure.<step>.status``); an item's place as
    ``[i]`` (``sectors[i].programs``)."""
    for step in STEP_IDS:
        path = path.replace(f"procedure.{step}.", "procedure.<step>.")
    return re.sub(r"\[\d+\]", "[i]", path)


def _proposal_field(path: str) -> bool:
    """Whether ``path`` names a field of the proposal contract: read in a rule's scope
    (``sector.name``, ``program.status``) or with an item's place (``sectors[0].name``),
    or a key of a mapping field (``human_resources.language_staff.zh``)."""
    path = re.sub(r"^sectors\[\d+\]\.programs\[\d+\]\.", "sectors.programs.", path)
    path = re.sub(r"^sectors\[\d+\]\.", "sectors.", path)
    path = re.sub(r"^sector\.", "sectors.", re.sub(r"^program\.", "sectors.programs.", path))
    model: Any = Proposal
    parts = path.split(".")
    for i, name in enumerate(parts):
        fields = {f.alias or n: f for n, f in model.model_fields.items()}
        if name not in fields:
            return False
        annotation = fields[name].annotation
        inner = [a for a in typing.get_args(annotation) or (annotation,) if a is not type(None)]
        kind = inner[0]
        while typing.get_origin(kind) is typing.Annotated:
            kind = typing.get_args(kind)[0]
        if typing.get_origin(kind) is list:
            kind = typing.get_args(kind)[0]
        if typing.get_origin(kind) is dict:
            return i == len(parts) - 2  # a key of the mapping, and nothing under it
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            model = kind
            continue
        return i == len(parts) - 1
    return True  # a model itself (``sectors``, ``sectors.programs``): the list


def _pack_paths() -> set[str]:
    """Every path a shipped pack (or the rules file it includes) reads: the ``path`` of a
    comparison or an ``exists``, the list of a ``count`` or ``share``."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("path", "count", "share") and isinstance(value, str):
                    found.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for file in sorted(PACKS.glob("*.yaml")):
        walk(load_yaml(file.read_text(encoding="utf-8")))
    return found


def test_the_doc_lists_every_derived_path_the_rules_can_read():
    derived = {_as_documented(p) for p, info in vocabulary().items() if info.computed}
    derived |= set(COLLECTIONS)
    assert derived <= READABLE, sorted(derived - READABLE)


def test_every_path_a_shipped_pack_reads_is_a_proposal_field_or_a_documented_derived_path():
    paths = _pack_paths()
    assert len(paths) > 50  # the packs were read
    vocab = vocabulary()
    undocumented = [
        p
        for p in sorted(paths)
        if _as_documented(p) not in READABLE
        and not (p in vocab and not vocab[p].computed and _proposal_field(p))
    ]
    assert undocumented == []


def _corpus() -> list[paracheck.Assessment]:
    files = sorted((ROOT / "examples").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "calibration").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "golden" / "proposals").glob("*.yaml"))
    out = []
    for path in files:
        if path.name != "expectations.yaml":
            proposal = paracheck.load_proposal(str(path))
            out.append(paracheck.assess(proposal, as_of=proposal.date))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen import proposals  # type: ignore[import-not-found]

    out += [paracheck.assess(p) for p in proposals(40, seed=7)]
    return out


@pytest.fixture(scope="module")
def evidence_paths() -> set[str]:
    return {e.path for a in _corpus() for c in a.checks for e in c.evidence}


def test_every_evidence_path_is_a_proposal_field_or_a_documented_derived_path(evidence_paths):
    undocumented = sorted(
        p for p in evidence_paths if not (_proposal_field(p) or _as_documented(p) in IN_EVIDENCE)
    )
    assert undocumented == []
    # the corpus shows derived paths of each kind the table lists
    shown = {_as_documented(p) for p in evidence_paths}
    assert {"context.as_of", "procedure.<step>.status", "sectors", "programs"} <= shown


def test_the_check_of_a_proposal_field_sees_what_is_not_one():
    assert _proposal_field("sectors[0].programs[1].status")
    assert _proposal_field("human_resources.language_staff.zh")
    assert _proposal_field("local.level")
    assert not _proposal_field("context.as_of")
    assert not _proposal_field("program.runs_after_mou")
    assert not _proposal_field("sectors[0].programs[1].status.more")
