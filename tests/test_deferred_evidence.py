"""The evidence of a check that found nothing is gathered when first read, not by every
assessment (issue 16; engine/model.py ``Deferred``). Whatever reads it, and in whatever order,
sees the entries and the bytes the eager walk gave."""

from __future__ import annotations

import copy
import pickle
import random
import sys
from pathlib import Path

import pytest

import paracheck
from paracheck.engine import assess as engine_assess
from paracheck.engine import model as m
from paracheck.facts.loader import parse_proposal_data

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _proposals() -> list:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen  # type: ignore[import-not-found]

    data = gen.proposals(40, seed=2016)
    data.append(gen.Gen(17, null_rate=0.05).proposal(sectors=12, programs=(2, 3)))
    return [paracheck.load_proposal(str(NTB)), *(parse_proposal_data(d) for d in data)]


def _eager(monkeypatch: pytest.MonkeyPatch, proposal: paracheck.Proposal) -> m.Assessment:
    """The assessment with every check's evidence gathered inside ``assess``, in the rules'
    order, as before the evidence of clear checks was deferred."""
    with monkeypatch.context() as patched:
        patched.setattr(engine_assess.m, "Deferred", lambda gather: gather())
        return engine_assess.assess(proposal)


def test_assess_leaves_only_the_evidence_of_clear_checks_ungathered() -> None:
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    statuses = set()
    for check in result.checks:
        held = check.__dict__["evidence"]
        if check.status == "clear":
            assert type(held) is m.Deferred and held._gather is not None, check.rule_id
        else:
            assert type(held) is list, check.rule_id
        statuses.add(check.status)
    assert {"clear", "risk", "unknown"} <= statuses


def test_every_reading_sees_what_the_eager_walk_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    shuffle = random.Random(16)
    deferred = 0
    for proposal in _proposals():
        eager = _eager(monkeypatch, proposal)
        want = eager.to_json_bytes()
        assess = engine_assess.assess
        deferred += sum(type(c.__dict__["evidence"]) is m.Deferred for c in assess(proposal).checks)
        assert assess(proposal).to_json_bytes() == want
        assert assess(proposal).to_json() == eager.to_json()
        assert assess(proposal).model_dump() == eager.model_dump()
        alone = assess(proposal)  # each check serialised by itself
        assert [c.model_dump_json() for c in alone.checks] == [
            c.model_dump_json() for c in eager.checks
        ]
        read = assess(proposal)  # read one by one, in another order, then serialised
        checks = list(read.checks)
        shuffle.shuffle(checks)
        for check in checks:
            assert check.evidence == eager.checks[read.checks.index(check)].evidence
        assert read.to_json_bytes() == want
        assert assess(proposal) == eager
        assert pickle.loads(pickle.dumps(assess(proposal))).to_json_bytes() == want
        assert copy.deepcopy(assess(proposal)).to_json_bytes() == want
        for fmt in ("markdown", "csv", "text"):
            assert paracheck.render(assess(proposal), fmt, lang="id") == paracheck.render(
                eager, fmt, lang="id"
            )
    assert deferred > 500


_READINGS = {
    "iter": lambda x: list(iter(x)),
    "len": len,
    "bool": bool,
    "index": lambda x: x[1],
    "slice": lambda x: x[::-1],
    "in": lambda x: "b" in x,
    "equal": lambda x: x == ["a", "b", "c"],
    "repr": repr,
    "reversed": lambda x: list(reversed(x)),
    "added": lambda x: x + ["d"],  # noqa: RUF005 (list.__add__ itself)
    "sorted": sorted,
    "unpacked": lambda x: [*x],
    "copy": lambda x: x.copy(),
    "count": lambda x: x.count("a"),
    "position": lambda x: x.index("c"),
    "copied": copy.copy,
    "pickled": lambda x: pickle.loads(pickle.dumps(x)),
}


@pytest.mark.parametrize("reading", sorted(_READINGS))
def test_a_deferred_list_is_gathered_once_by_any_reading(reading: str) -> None:
    calls = []

    def gather() -> list[str]:
        calls.append(1)
        return ["a", "b", "c"]

    deferred = m.Deferred(gather)
    read = _READINGS[reading]
    assert read(deferred) == read(["a", "b", "c"])
    assert read(deferred) == read(["a", "b", "c"])
    assert calls == [1]
    assert list.__len__(deferred) == 3  # filled in place: C code reading it sees the items


def test_comparing_two_deferred_lists_gathers_both() -> None:
    one, other = m.Deferred(lambda: [1, 2]), m.Deferred(lambda: [1, 2])
    assert one == other
    assert not one != m.Deferred(lambda: [1, 2])  # noqa: SIM202 (__ne__ itself)
    assert m.Deferred(lambda: [1]) < m.Deferred(lambda: [2])


def test_a_deferred_list_pickles_and_copies_as_a_plain_list() -> None:
    for made in (
        pickle.loads(pickle.dumps(m.Deferred(lambda: [1]))),
        copy.deepcopy(m.Deferred(lambda: [1])),
    ):
        assert type(made) is list and made == [1]
