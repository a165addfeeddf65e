"""A rule on the proposal's facts is reported without reading its match.

A run asserts one proposal fact a layer, so an engine rule on those facts can only match that
fact: the compiled pack names its id beforehand (``CompiledPack.sole``) and the adapter reports
it without reading the match's text, which echoes the whole fact (the largest of a run). These
tests hold that naming to what the engine's matches say, on the shipped packs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import paracheck
from paracheck.engine import adapter
from paracheck.engine.assess import resolve_as_of
from paracheck.engine.compiler import compiled, tag
from paracheck.facts.loader import parse_proposal_data
from paracheck.rules.loader import choose_pack

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _proposals() -> list:
    from gen import proposals  # type: ignore[import-not-found]

    examples = [paracheck.load_proposal(str(p)) for p in sorted(ROOT.glob("examples/*.yaml"))]
    return examples + [parse_proposal_data(d) for d in proposals(40, seed=5)]


def test_the_fact_named_for_a_proposal_rule_is_the_one_its_matches_echo(monkeypatch):
    read: list[tuple[str, list[str]]] = []
    original = adapter.Session.assert_facts

    def reading_every_match(self, facts, *sole):
        fired = original(self, facts)  # no names given: every match's text is read
        read.extend(fired)
        return fired

    monkeypatch.setattr(adapter.Session, "assert_facts", reading_every_match)
    named = 0
    for proposal in _proposals():
        engine = compiled(choose_pack(None, resolve_as_of(proposal, None)))
        read.clear()
        paracheck.assess(proposal)
        assert read
        for name, ids in read:
            if name in engine.sole:
                named += 1
                assert set(ids) == set(engine.sole[name]), (name, ids)
    assert named  # the proposal's rules fired and were checked


def test_every_engine_rule_on_a_proposal_fact_has_its_fact_named():
    proposal = paracheck.load_proposal(str(ROOT / "examples" / "ntb-zhejiang-2015.yaml"))
    engine = compiled(choose_pack(None, resolve_as_of(proposal, None)))
    on_proposal = {tag(layer, "proposal") for layer in range(engine.depth)}
    definition = json.loads(engine.ruleset._definition)
    for name in engine.ruleset.rule_names:
        head = definition[name]["all"][0]["m"]["$and"][0]["t"]
        assert (name in engine.sole) == (head in on_proposal), name
