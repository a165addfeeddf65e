"""A question asked again is the frozen object made before (issue 16: fewer objects per
assessment; engine/assess.py ``_ASKED``): the same path, text and checks give the question
already made, in another assessment of the same proposal or of another one, and the store
of made questions stays bounded."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import paracheck
from paracheck.engine import assess as engine_assess
from paracheck.facts.loader import parse_proposal_data

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _generated(n: int, seed: int) -> list:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen  # type: ignore[import-not-found]

    return [parse_proposal_data(d) for d in gen.proposals(n, seed=seed)]


def test_a_question_asked_again_is_the_question_made_before() -> None:
    ntb = paracheck.load_proposal(str(NTB))
    first, again = paracheck.assess(ntb), paracheck.assess(ntb)
    assert first.questions, "the NTB example asks questions"
    assert all(a is b for a, b in zip(first.questions, again.questions, strict=True))
    assert first.to_json() == again.to_json()


def test_another_proposal_asking_the_same_gets_the_same_question_and_its_own_others() -> None:
    one, other = (paracheck.assess(p) for p in _generated(30, seed=1604)[:2])
    mine = {(q.path, q.text.id, tuple(q.checks)): q for q in one.questions}
    shared = [q for q in other.questions if (q.path, q.text.id, tuple(q.checks)) in mine]
    assert shared, "two generated proposals ask some question alike"
    assert all(mine[(q.path, q.text.id, tuple(q.checks))] is q for q in shared)
    # a path asked by other checks is its own question
    for q in other.questions:
        twin = next((p for p in one.questions if p.path == q.path), None)
        if twin is not None and twin.checks != q.checks:
            assert twin is not q


def test_the_questions_kept_for_reuse_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_assess, "_ASKED", {})
    monkeypatch.setattr(engine_assess, "_ASKED_MAX", 8)
    for proposal in _generated(10, seed=77):
        result = paracheck.assess(proposal)
        assert len(engine_assess._ASKED) <= 8
        assert [q.path for q in result.questions] == sorted(q.path for q in result.questions)
