"""Counts' member tests on programmes alike are asked of the engine once (perf23b, issue 16).

A count whose members are programmes tested only on flags and choices (their status,
whether they move people) has its member tests in a layer of their own, whose facts carry
only what those tests read; programmes alike in that are one fact, and its matches are
reported for each of them. The decisions must be those of one fact per programme.
"""

from __future__ import annotations

import paracheck
from paracheck.engine import adapter
from paracheck.engine.assess import resolve_as_of
from paracheck.engine.compiler import KIND, CompiledPack, compiled
from paracheck.facts.decompose import decompose
from paracheck.facts.loader import parse_proposal_data
from paracheck.rules import conditions as c
from paracheck.rules.loader import load_pack

PROPOSAL = {
    "schema": "paracheck/proposal/v1",
    "title": "programmes alike",
    "date": "2021-01-01",
    "stage": "evaluation",
    "procedure": [{"step": "reporting", "status": "pending"}],
}

STATUSES = ["ongoing", "ongoing", "stalled", None, "ongoing", "stalled", "done", "ongoing"]


def _sectors() -> list[dict]:
    """Four sectors of two programmes: three statuses, one given as unknown (null)."""
    programs = [{"name": f"p{i}", "status": s} for i, s in enumerate(STATUSES)]
    return [
        {"name": name, "programs": programs[2 * i : 2 * i + 2]}
        for i, name in enumerate(["tourism", "fisheries", "trade", "education"])
    ]


def test_programmes_alike_in_what_member_tests_read_are_one_fact_each_kind(monkeypatch):
    pack = load_pack("permendagri-3-2008")
    engine = compiled(pack)
    assert engine.members, "the shipped pack has counts over programmes' status"
    member_facts: dict[int, list[dict]] = {}
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        for fact in facts:
            if fact["t"].endswith(KIND["program"]) and int(fact["t"][:-1]) in engine.members:
                member_facts.setdefault(int(fact["t"][:-1]), []).append(dict(fact))
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    paracheck.assess({**PROPOSAL, "sectors": _sectors()}, pack=pack)
    assert member_facts
    for facts in member_facts.values():
        contents = [tuple((k, v) for k, v in f.items() if k != "id") for f in facts]
        assert len(set(contents)) == len(contents), "each distinct content asserted once"
        assert len(facts) < len(STATUSES)  # fewer facts than programmes: alike ones shared


def test_member_verdicts_cover_every_programme_as_one_fact_each_would(monkeypatch):
    """The counts' member verdicts, per programme, with member layers and with every
    member test asked of each programme's own fact (member layers turned off)."""
    pack = load_pack("permendagri-3-2008")
    proposal = parse_proposal_data({**PROPOSAL, "sectors": _sectors()})

    day = resolve_as_of(proposal, None)
    view = decompose(proposal, day)
    shared = compiled(pack).run(view)
    monkeypatch.setattr(CompiledPack, "_member_layer", lambda self, counted, tally: tally)
    apart = CompiledPack(pack)
    assert not apart.members
    alone = apart.run(view)
    assert shared.verdicts == alone.verdicts
    assert shared.counts == alone.counts
    assert shared.flags == alone.flags
    keys = {item.key for item in view.items("program")}
    counted = [n.index for n in compiled(pack).nodes.values() if n.item_scope == "program"]
    assert any(set(shared.counted(i)) == keys for i in counted), "a count matched every one"


def test_member_tests_tallied_in_one_layer_share_one_member_layer():
    """Counts over programmes tallied in the same layer put their member tests on one
    member layer, whatever paths each reads (perf25a): the trafficking ladder's tests of
    who is moved (status, moves_people, people_moved) and the plain status counts are one
    layer's facts, not one layer per set of paths read."""
    for name in ("permendagri-3-2008", "pp28-2018"):
        engine = compiled(load_pack(name))
        tallied_in: dict[int, set[int]] = {}
        read: dict[int, set[str]] = {}
        for node in engine.nodes.values():
            member = engine.tally_layer.get(node.index)
            if member in engine.members:
                tallied_in.setdefault(engine.members[member], set()).add(member)
                read.setdefault(member, set()).update(
                    p for part in c.walk(node.where) for p in c.read_paths(part)
                )
        assert tallied_in, f"{name}: counts over programmes have member layers"
        assert all(len(members) == 1 for members in tallied_in.values())
        assert any({"program.people_moved", "program.status"} <= paths for paths in read.values())
