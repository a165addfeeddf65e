"""A pack with many proposal rules does not overflow durable_rules' alpha-walk stack.

durable_rules walks its alpha network with a fixed stack of 64 nodes; a sparse proposal that
leaves the tested fields absent opens the "unknown" branch of every rule at once. With about
70 proposal rules in one layer the shipped packs crashed valid proposals with "Could not
assert facts, error code: 303". The compiler now spreads a layer's rules over several layers
(``spread_layers``); these tests pin that behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.engine.compiler import MAX_RULES_PER_LAYER, spread_layers
from paracheck.facts.paths import vocabulary
from paracheck.rules.loader import load_pack, strata

ROOT_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SPARSE = {
    "schema": "paracheck/proposal/v1",
    "title": "sparse",
    "date": "2021-01-01",
    "stage": "evaluation",
    "procedure": [{"step": "reporting", "status": "pending"}],
}


def _wide_pack(tmp_path, n_rules: int) -> str:
    """A pack of ``n_rules`` proposal rules, each testing a different field (cycled)."""
    paths = sorted(
        p
        for p, info in vocabulary().items()
        if info.scope == "proposal" and info.type in ("number", "bool")
    )
    rules = []
    for i in range(n_rules):
        path = paths[i % len(paths)]
        rules.append(
            {
                "id": f"GOV-{i:03d}",
                "domain": "governance",
                "severity": "low",
                "likelihood": 1,
                "impact": 1,
                "title": {"id": f"uji {i}", "en": f"test {i}"},
                "why": {"id": "w", "en": "w"},
                "when": {
                    "all": [
                        {"path": "stage", "in": ["active", "evaluation"]},
                        {"path": path, "gt": i}
                        if vocabulary()[path].type == "number"
                        else {"path": path, "eq": bool(i % 2)},
                    ]
                },
                "recommend": [
                    {
                        "stage": "planning",
                        "owner": "Biro Kerja Sama",
                        "text": {"id": "t", "en": "t"},
                    }
                ],
                "sources": [{"kind": "thesis", "ref": "IV.A"}],
                "examples": {"fires": [{"stage": "active"}], "clears": [{"stage": "proposal"}]},
            }
        )
    pack = {
        "schema": "paracheck/pack/v1",
        "name": "wide",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": rules,
    }
    path = tmp_path / "wide.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(path)


# 60 rules crashed the assessment (error code 303); 200 were refused when the pack compiled
@pytest.mark.parametrize("n_rules", [60, 200])
def test_a_sparse_proposal_against_many_proposal_rules_is_assessed(tmp_path, n_rules):
    result = paracheck.assess(SPARSE, pack=_wide_pack(tmp_path, n_rules))
    assert len(result.checks) == n_rules
    assert {ch.status for ch in result.checks} <= {"unknown", "risk", "clear"}


def test_no_layer_holds_more_than_the_cap_of_one_scope(tmp_path):
    pack = load_pack(_wide_pack(tmp_path, 100))
    layers = spread_layers(strata(pack.rules), pack.rules)
    per_layer: dict[int, int] = {}
    for rule in pack.rules:
        per_layer[layers[rule.id]] = per_layer.get(layers[rule.id], 0) + 1
    assert max(per_layer.values()) <= MAX_RULES_PER_LAYER
    assert sorted(per_layer) == list(range(len(per_layer)))


def test_spreading_keeps_every_rule_after_the_rules_deriving_its_flags():
    for name in ("permendagri-3-2008", "pp28-2018"):
        pack = load_pack(name)
        base, spread = strata(pack.rules), spread_layers(strata(pack.rules), pack.rules)
        for a in pack.rules:
            for b in pack.rules:
                if base[a.id] < base[b.id]:
                    assert spread[a.id] < spread[b.id], (name, a.id, b.id)


def test_a_count_read_in_a_spread_layer_does_not_reassert_the_programmes(monkeypatch):
    """Counts read by rules of the second spread layer of a stratum are tallied in its first
    layer (the flags they read are the same there): the programme facts, which only counts
    and layer-0 programme rules read, go to the engine once per assessment, not once per
    layer (they were asserted again in layer 1 before)."""
    from paracheck.engine import adapter
    from paracheck.engine.compiler import KIND, compiled
    from paracheck.rules import conditions as c

    pack = load_pack("permendagri-3-2008")
    engine = compiled(pack)
    # the situation this pins: rules of the stratum's second layer count programmes, no
    # programme rule is there (the stratum's first layer: after the early one, ``phases``)
    first = min(engine.layers[r.id] for r in pack.rules if r.scope == "program")
    readers = {
        engine.layers[r.id]
        for r in pack.rules
        for node in c.walk(r.condition)
        if isinstance(node, c.Count) and node.collection in ("programs", "sector.programs")
    }
    assert first + 1 in readers
    assert all(engine.layers[r.id] == first for r in pack.rules if r.scope == "program")

    asserted: dict[str, int] = {}  # programme fact id → times asserted
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        for fact in facts:
            # tag: layer and kind; a member layer's facts (one per distinct content of what
            # some counts' member tests read) are not the programmes' facts
            if fact["t"].endswith(KIND["program"]) and int(fact["t"][:-1]) not in engine.members:
                asserted[fact["id"]] = asserted.get(fact["id"], 0) + 1
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    sectors = [
        {"name": "tourism", "programs": [{"name": f"p{i}-{j}"} for j in range(2)]} for i in range(3)
    ]
    result = paracheck.assess({**SPARSE, "sectors": sectors}, pack=pack)
    assert result.checks
    # one fact per programme (its id: the tag of its layer and its position), each once
    assert sorted(asserted) == [f"{first}{KIND['program']}{i}" for i in range(6)]
    assert set(asserted.values()) == {1}


def test_rules_reading_a_flag_run_in_a_batch_after_the_rule_deriving_it():
    from paracheck.engine.compiler import compiled
    from paracheck.rules import conditions as c

    for name in ("permendagri-3-2008", "pp28-2018"):
        pack = load_pack(name)
        engine = compiled(pack)
        batch_of = {layer: i for i, batch in enumerate(engine.batches) for layer in batch}
        deriver = {r.derive: r for r in pack.rules if r.derive}
        for rule in pack.rules:
            for flag in c.flags(rule.condition):
                before = batch_of[engine.layers[deriver[flag].id]]
                assert before < batch_of[engine.layers[rule.id]], (name, rule.id, flag)


def test_a_flag_derived_by_a_proposal_rule_does_not_reassert_the_sectors(monkeypatch):
    """The shipped packs' one flag (energy shortfall) is derived by a proposal rule that
    counts nothing; it runs in a stratum of its own before the others (``phases``), so the
    sector rule reading the flag runs with the other sector rules: each sector's fact goes
    to the engine once per assessment (it went twice, the second time for that rule)."""
    from paracheck.engine import adapter
    from paracheck.engine.compiler import KIND, compiled

    pack = load_pack("permendagri-3-2008")
    assert len(compiled(pack).batches) == 2
    asserted: dict[str, int] = {}  # sector fact position → times asserted
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        for fact in facts:
            if fact["t"][-1] == KIND["sector"]:
                position = fact["id"][len(fact["t"]) :]
                asserted[position] = asserted.get(position, 0) + 1
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    sectors = [{"name": "mining", "programs": [{"name": f"p{i}"}]} for i in range(4)]
    energy = {"rolling_blackouts": True}
    result = paracheck.assess({**SPARSE, "sectors": sectors, "energy": energy}, pack=pack)
    statuses = {ch.rule_id: ch.status for ch in result.checks}
    assert statuses["NRG-001"] == "risk" and statuses["NRG-002"] == "risk"
    assert asserted == {str(i): 1 for i in range(4)}


def test_each_layer_sends_the_proposal_fact_only_the_fields_its_rules_read(monkeypatch):
    """The proposal fact goes to the engine once per layer; it carries the values the rules
    of that layer read, not the whole proposal every time (every match echoes its fact)."""
    from paracheck.engine import adapter
    from paracheck.engine.compiler import KIND, compiled, field, known_field
    from paracheck.rules import conditions as c

    pack = load_pack("permendagri-3-2008")
    engine = compiled(pack)
    read: dict[int, set[str]] = {}
    for rule in pack.rules:
        if rule.scope == "proposal":
            paths = {p for node in c.walk(rule.condition) for p in c.read_paths(node)}
            read.setdefault(engine.layers[rule.id], set()).update(paths)
    sent: dict[int, set[str]] = {}
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        for fact in facts:
            if fact["t"].endswith(KIND["proposal"]):  # tag: layer and kind
                sent[int(fact["t"][: -len(KIND["proposal"])])] = set(fact)
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    paracheck.assess(
        paracheck.load_proposal(str(ROOT_EXAMPLES / "ntb-zhejiang-2015.yaml")), pack=pack
    )
    assert len(sent) >= 2
    every = {p for paths in read.values() for p in paths if p in vocabulary()}
    for layer, fields in sent.items():
        others = every - read.get(layer, set())
        assert not fields & {known_field(p) for p in others}, layer
        assert not fields & {field(p) for p in others}, layer
    assert any(known_field(p) in fields for fields in sent.values() for p in every)
