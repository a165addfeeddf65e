"""A recommendation's case or a rule's antecedent is tested once per assessment for each
condition and item (engine/assess.py ``_certainly_false``); one that reads the proposal's own
facts only is tested on the proposal for every item asking. These check what that relies on."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from paracheck.engine import assess as engine_assess
from paracheck.engine.compiler import compiled
from paracheck.facts.decompose import decompose
from paracheck.facts.loader import parse_proposal_data
from paracheck.rules.loader import choose_pack

ROOT = Path(__file__).resolve().parent.parent


def _proposals() -> list:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen  # type: ignore[import-not-found]

    data = gen.proposals(60, seed=1607)
    data.append(gen.Gen(16, null_rate=0.05).proposal(sectors=12, programs=(2, 3)))
    return [parse_proposal_data(d) for d in data]


def test_a_condition_on_the_proposals_facts_answers_alike_on_every_item() -> None:
    compared = 0
    for proposal in _proposals():
        day = proposal.date or dt.date(2026, 11, 30)
        engine = compiled(choose_pack(None, day))
        plan = engine_assess.pack_plan(engine)
        view = decompose(proposal, day)
        run = engine_assess._Run(plan, engine.run(view), view, {}, engine_assess._openers(engine))
        items = [view.proposal, *(view.sectors or []), *(view.programs or [])]
        for rule in plan.rules:
            tested = [t for _, t in rule.cases or ()] + [t for *_, t in rule.otherwise or ()]
            for condition, _, on_proposal in tested:
                if not on_proposal:
                    continue
                test = engine_assess._opener(condition, plan)
                there = test(view.proposal, run, [])
                for item in items:
                    assert test(item, run, []) == there, (rule.rule_id, condition, item.key)
                    compared += 1
    assert compared > 1000


def test_equal_conditions_share_one_number_and_different_ones_do_not() -> None:
    for day in (dt.date(2015, 6, 1), dt.date(2024, 6, 1)):
        plan = engine_assess.pack_plan(compiled(choose_pack(None, day)))
        numbers: dict[object, int] = {}
        for rule in plan.rules:
            tested = [t for _, t in rule.cases or ()] + [t for *_, t in rule.otherwise or ()]
            for condition, number, _ in tested:
                assert numbers.setdefault(condition, number) == number
        assert len(set(numbers.values())) == len(numbers)
        assert any(on for r in plan.rules for _, (_, _, on) in r.cases or ())
        assert not all(on for r in plan.rules for _, (_, _, on) in r.cases or ())


def test_a_generated_test_on_the_proposal_answers_and_asks_as_its_open_check_test() -> None:
    # engine/assess.py ``_top_test``: every case, antecedent and reason case read on the
    # proposal's own facts, and every condition of a rule on the proposal, in every pack a
    # proposal's date chooses, generated as one function gives on the proposal the answer its
    # open-check test gives (True, False, None), and its asking form puts in ``out`` what the
    # open-check test puts there (what a check open on the proposal asks)
    answers: dict[object, int] = {}
    asked = 0
    for proposal in _proposals():
        day = proposal.date or dt.date(2026, 11, 30)
        engine = compiled(choose_pack(None, day))
        plan = engine_assess.pack_plan(engine)
        view = decompose(proposal, day)
        run = engine_assess._Run(plan, engine.run(view), view, {}, engine_assess._openers(engine))
        top = view.proposal
        for rule in plan.rules:
            tested = [t for _, t in rule.cases or ()] + [t for *_, t in rule.otherwise or ()]
            tested += [t for t, _ in rule.why_cases or ()]
            for condition, _, on_proposal in tested:
                if not on_proposal:
                    continue
                generated = engine_assess._top_test(condition, plan)
                assert generated is not None, (rule.rule_id, condition)
                want = engine_assess._opener(condition, plan)(top, run, [])
                assert generated(top, run) is want, (rule.rule_id, condition, want)
                answers[want] = answers.get(want, 0) + 1
            if rule.scope != "proposal":
                continue
            asking = engine_assess._top_test(rule.condition, plan, asks=True)
            assert asking is not None, rule.rule_id
            want_out: list[object] = []
            got_out: list[object] = []
            want = engine_assess._opener(rule.condition, plan)(top, run, want_out)
            assert asking(top, run, got_out) is want, (rule.rule_id, want)
            assert got_out == want_out, (rule.rule_id, got_out, want_out)
            asked += bool(want_out)
    assert set(answers) == {True, False, None}, answers
    assert asked > 100


def test_parts_on_the_proposals_facts_inside_a_condition_on_items_answer_as_tested_per_item(
    monkeypatch,
) -> None:
    # engine/assess.py ``_grouped``: in a case or antecedent that reads an item's facts, the
    # runs of parts reading only the proposal's are answered once an assessment
    # (``_once``); on every item, the answer and what it asks are those of the condition
    # tested part by part on that item
    grouped = 0
    for proposal in _proposals()[-12:]:
        day = proposal.date or dt.date(2026, 11, 30)
        engine = compiled(choose_pack(None, day))
        plan = engine_assess.pack_plan(engine)
        view = decompose(proposal, day)
        outcome = engine.run(view)
        run = engine_assess._Run(plan, outcome, view, {}, {})
        apart = engine_assess._Run(plan, outcome, view, {}, {})
        items = [view.proposal, *(view.sectors or []), *(view.programs or [])]
        mixed = {
            condition
            for rule in plan.rules
            for condition, _, on_proposal in [t for _, t in rule.cases or ()]
            + [t for *_, t in rule.otherwise or ()]
            if not on_proposal
        }
        for condition in mixed:
            test = engine_assess._opener(condition, plan)
            with monkeypatch.context() as patched:
                patched.setattr(engine_assess, "_on_proposal", lambda cond: False)
                each = engine_assess._opener(condition, plan)
            for item in items:
                out: list[object] = []
                want: list[object] = []
                assert test(item, run, out) is each(item, apart, want), (condition, item.key)
                assert sorted(map(str, out)) == sorted(map(str, want)), (condition, item.key)
        grouped += len(run.once)
    assert grouped > 0, "some case holds a part on the proposal's facts beside an item's"


def test_a_mixed_condition_whose_parts_on_the_proposal_are_false_is_false_on_every_item() -> None:
    # engine/assess.py ``_gate``: a case or antecedent reading an item's facts is answered
    # certainly false once for every item where its parts on the proposal's own facts are;
    # on each item, its test part by part gives False too (and the gate's number is none of
    # the pack's case numbers)
    gated = kept = 0
    for proposal in _proposals():
        day = proposal.date or dt.date(2026, 11, 30)
        engine = compiled(choose_pack(None, day))
        plan = engine_assess.pack_plan(engine)
        view = decompose(proposal, day)
        outcome = engine.run(view)
        run = engine_assess._Run(plan, outcome, view, {}, {})
        apart = engine_assess._Run(plan, outcome, view, {}, {})
        items = [view.proposal, *(view.sectors or []), *(view.programs or [])]
        for rule in plan.rules:
            tested = [t for _, t in rule.cases or ()] + [t for *_, t in rule.otherwise or ()]
            tested += [t for t, _ in rule.why_cases or ()]
            for each in tested:
                if each[2]:
                    continue
                gate = engine_assess._gate(each)
                if gate is not None:
                    assert gate[1] < 0 and gate[2], (rule.rule_id, gate)
                if not engine_assess._gated(each, run):
                    kept += 1
                    continue
                test = engine_assess._opener(each[0], plan)
                for item in items:
                    assert test(item, apart, []) is False, (rule.rule_id, each[0], item.key)
                gated += 1
    assert gated > 10 and kept > 10, (gated, kept)
