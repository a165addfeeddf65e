"""The oracle (tests/oracle.py) is independent of the engine's decomposition: it agrees with
the engine on every example proposal and every pack — status, items, questions and evidence
paths — and a bug planted in ``facts/decompose.py`` makes them disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.engine.assess import resolve_as_of
from paracheck.facts import decompose as decomposition
from paracheck.rules.loader import load_pack, pack_names
from tests.oracle import Oracle, disagreements

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
PACKS = [str(ROOT / "tests" / "packs" / "mini.yaml"), *pack_names()]
SIGNED_EARLY = ROOT / "examples" / "signed-before-dprd-2021.yaml"


def _raw(proposal) -> dict:
    """The proposal as plain data: what the file says, left-out keys left out."""
    return proposal.model_dump(by_alias=True, exclude_unset=True)


@pytest.mark.parametrize("pack_name", PACKS)
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_agrees_with_the_oracle_check_by_check(example, pack_name):
    pack = load_pack(pack_name)
    proposal = paracheck.load_proposal(example)
    day = resolve_as_of(proposal, None)
    result = paracheck.assess(proposal, pack=pack, as_of=day)
    assert disagreements(pack, _raw(proposal), day, result.checks) == {}


def test_the_examples_exercise_every_kind_of_agreement():
    """Agreement means something only if the examples have risks, unknowns with questions,
    per-item risks and evidence."""
    pack = load_pack("pp28-2018")
    seen = {"risk": 0, "unknown": 0, "items": 0, "missing": 0, "evidence": 0}
    for example in EXAMPLES:
        proposal = paracheck.load_proposal(example)
        expected = Oracle(pack, _raw(proposal), resolve_as_of(proposal, None)).expected()
        for check in expected.values():
            seen[check.status] = seen.get(check.status, 0) + 1
            seen["items"] += bool(check.items)
            seen["missing"] += bool(check.missing)
            seen["evidence"] += bool(check.evidence)
    assert all(seen[k] > 0 for k in ("risk", "unknown", "items", "missing", "evidence")), seen


def test_a_bug_planted_in_the_decomposition_is_caught(monkeypatch):
    """Steps left out of a given procedure must read 'missing'. Were decompose to leave them
    absent, an oracle reading the engine's facts would agree with the engine; this one does
    not."""
    original = decomposition._procedure

    def forgets_missing_steps(top, proposal):
        original(top, proposal)
        for path in [p for p, v in top.values.items() if v == "missing"]:
            del top.values[path]

    monkeypatch.setattr(decomposition, "_procedure", forgets_missing_steps)
    pack = load_pack("pp28-2018")
    proposal = paracheck.load_proposal(SIGNED_EARLY)
    day = resolve_as_of(proposal, None)
    result = paracheck.assess(proposal, pack=pack, as_of=day)
    differ = disagreements(pack, _raw(proposal), day, result.checks)
    assert differ, "the planted bug went unnoticed"
    assert all("status" in d or "missing" in d or "evidence" in d for d in differ.values())


def test_a_check_the_engine_left_out_is_a_disagreement():
    pack = load_pack("pp28-2018")
    proposal = paracheck.load_proposal(SIGNED_EARLY)
    day = resolve_as_of(proposal, None)
    checks = paracheck.assess(proposal, pack=pack, as_of=day).checks
    dropped = checks[0].rule_id
    differ = disagreements(pack, _raw(proposal), day, checks[1:])
    assert list(differ) == [dropped]
    assert differ[dropped]["engine"] is None
