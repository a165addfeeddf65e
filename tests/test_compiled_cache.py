"""Compiled packs kept on disk (``paracheck.engine._disk``): a pack compiled in an earlier
process, with its report plan, is read back instead of compiled again, and never changes an
answer.

The golden corpus is computed again with every pack read back from disk; an edited pack, a
copied pack, a pack built in code, or an entry that does not fit the pack is never used.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import OrderedDict
from pathlib import Path

import pytest

import paracheck
from paracheck import _cache
from paracheck.engine import _disk, compiler
from paracheck.engine import assess as engine_assess
from paracheck.rules import loader

HERE = Path(__file__).parent
NTB = HERE.parent / "examples" / "ntb-zhejiang-2015.yaml"
MINI = HERE / "packs" / "mini.yaml"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    """An empty disk cache, and a process that has compiled nothing yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(_cache.ENV, str(folder))
    monkeypatch.setattr(compiler, "_cache", OrderedDict())
    return folder


def forget_compiled(monkeypatch) -> None:
    """What a new process knows: no compiled pack in memory (the disk cache stays)."""
    monkeypatch.setattr(compiler, "_cache", OrderedDict())


def never_compile(monkeypatch) -> None:
    """From now on a pack compiled or planned from scratch is a test failure."""

    def refuse(*args, **kwargs):
        raise AssertionError("compiled from scratch, not read back from the disk cache")

    monkeypatch.setattr(compiler.CompiledPack, "__init__", refuse)
    monkeypatch.setattr(engine_assess, "_build_plan", refuse)


def compiled_entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("compiled-*.pickle"))


def user_pack(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(text or MINI.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_the_golden_corpus_is_unchanged_with_every_pack_read_back_from_disk(cache_dir, monkeypatch):
    proposal = paracheck.load_proposal(str(NTB))
    for name in loader.pack_names():  # compiled and planned once each, then stored
        paracheck.assess(proposal, pack=name)
    assert len(compiled_entries(cache_dir)) == len(loader.pack_names())
    forget_compiled(monkeypatch)
    never_compile(monkeypatch)
    sys.path.insert(0, str(HERE / "golden"))
    try:
        from corpus import compute
    finally:
        sys.path.remove(str(HERE / "golden"))
    expected = json.loads((HERE / "golden" / "digests.json").read_text())
    actual = compute()
    changed = sorted(k for k in expected if expected[k] != actual.get(k))
    assert not changed, f"{len(changed)} outputs changed, first: {changed[:5]}"


def test_a_pack_read_back_gets_its_own_engine_ruleset_and_shares_the_packs_rules(
    cache_dir, monkeypatch
):
    pack = loader.load_pack("pp28-2018")
    fresh = compiler.compiled(pack)
    proposal = paracheck.load_proposal(str(NTB))
    expected = paracheck.assess(proposal, pack=pack).to_json()
    forget_compiled(monkeypatch)
    never_compile(monkeypatch)
    again = compiler.compiled(pack)
    assert again is not fresh
    assert again.ruleset.name != fresh.ruleset.name  # durable_rules compiled it anew
    assert again.pack is pack
    plan = again.memo["plan"]
    assert [p.rule for p in plan.rules] == pack.rules
    assert all(p.rule is r for p, r in zip(plan.rules, pack.rules, strict=True))
    counted = [n.where for n in again.nodes.values() if n.where is not None]
    # the rules' conditions, and the cases of their recommendations (a `when` may count:
    # IMP-006's sector plan is for an idle sector still meant to run)
    conditions = [r.condition for r in pack.rules]
    conditions += [rec.condition for r in pack.rules for rec in r.recommend if rec.condition]
    # and the cases a rule steps aside in (IMP-006's count over the lagging sectors)
    conditions += [a.condition for r in pack.rules for a in r.steps_aside if a.condition]
    # and the antecedents of conditional checks (NRG-004's count of investment sectors, which
    # gives its reason where a cooperation of another form has one)
    conditions += [a.condition for r in pack.rules for a in r.antecedents if a.condition]
    assert counted and all(
        any(w is node for cond in conditions for node in _all_nodes(cond)) for w in counted
    ), "a counted set's condition is the pack's own object, as in a fresh compilation"
    # both engines live side by side in this process and answer alike
    assert paracheck.assess(proposal, pack=pack).to_json() == expected


def test_an_edited_user_pack_is_compiled_again(cache_dir, monkeypatch, tmp_path):
    path = user_pack(tmp_path)
    pack = loader.load_pack(str(path))
    compiler.compiled(pack)
    engine_assess.pack_plan(compiler.compiled(pack))
    (entry,) = compiled_entries(cache_dir)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('en: "No funding"', 'en: "No finance"'), encoding="utf-8")
    edited = loader.load_pack(str(path))
    assert _disk.entry_name(edited) != entry.name
    assert _disk.load(edited) is None
    forget_compiled(monkeypatch)
    plan = engine_assess.pack_plan(compiler.compiled(edited))
    titles = {p.rule.id: p.check.title.en for p in plan.rules}
    assert titles["BUD-001"] == "No finance"
    assert len(compiled_entries(cache_dir)) == 2


def test_an_entry_that_does_not_fit_the_pack_is_a_miss(cache_dir, tmp_path):
    pack = loader.load_pack(str(user_pack(tmp_path)))
    engine_assess.pack_plan(compiler.compiled(pack))
    (entry,) = compiled_entries(cache_dir)
    rule_ids, data = pickle.loads(entry.read_bytes()[len(_cache._MAGIC) :])
    assert isinstance(_disk.load(pack), compiler.CompiledPack)  # the entry itself is good
    for other in (
        (("another rule",), data),  # made for a pack with other rules
        (rule_ids, data[: len(data) // 2]),  # truncated
        (rule_ids, b"not a pickle"),
        (rule_ids, pickle.dumps("not a compiled pack")),
        None,
        42,
    ):
        entry.write_bytes(_cache._MAGIC + pickle.dumps(other))
        assert _disk.load(pack) is None
    entry.write_bytes(b"garbage")
    assert _disk.load(pack) is None


def test_a_pack_built_in_code_or_copied_is_never_kept(cache_dir, tmp_path):
    pack = loader.load_pack(str(user_pack(tmp_path)))
    copy = pack.model_copy(update={"version": "9"})
    assert _disk.entry_name(copy) is None
    engine_assess.pack_plan(compiler.compiled(copy))
    assert compiled_entries(cache_dir) == []
    assert _disk.entry_name(pack) is not None


def test_a_compiled_pack_from_another_paracheck_is_not_used(cache_dir, monkeypatch, tmp_path):
    pack = loader.load_pack(str(user_pack(tmp_path)))
    engine_assess.pack_plan(compiler.compiled(pack))
    assert _disk.load(pack) is not None
    monkeypatch.setattr(_cache, "code_fingerprint", lambda: "another paracheck")
    assert _disk.load(pack) is None
    monkeypatch.undo()
    monkeypatch.setenv(_cache.ENV, str(cache_dir))
    monkeypatch.setattr(_disk, "_babel_stamp", lambda: "another Babel")
    assert _disk.load(pack) is None


def test_an_unwritable_cache_folder_leaves_compiling_as_it_was(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(_cache.ENV, str(blocker / "cache"))
    forget_compiled(monkeypatch)
    proposal = paracheck.load_proposal(str(NTB))
    pack = loader.load_pack("pp28-2018")
    first = paracheck.assess(proposal, pack=pack).to_json()
    assert _disk.load(pack) is None
    forget_compiled(monkeypatch)
    assert paracheck.assess(proposal, pack=pack).to_json() == first


def _all_nodes(cond):
    from paracheck.rules import conditions as c

    pending = [cond]
    while pending:
        for node in c.walk(pending.pop()):
            yield node
            if isinstance(node, c.Count) and node.where is not None:
                pending.append(node.where)
