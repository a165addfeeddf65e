"""What a renderer keeps across reports is found by the identity of the objects it was made
from, and a check carrying other objects gets text made from them (issue 16: the tables that
let a batch write a rule's cells once, report/rows.py and engine/model.tie_order)."""

from __future__ import annotations

from paracheck import assess, load_proposal
from paracheck.engine.model import Check, tie_order
from paracheck.report import rows

NTB = "examples/ntb-zhejiang-2015.yaml"


def _advised(min_recommendations: int) -> Check:
    a = assess(load_proposal(NTB))
    return next(c for c in a.checks if len(c.recommendations) >= min_recommendations)


def _advice_cell(c: Check) -> object:
    return rows._rule_cells(c, "id")[2][0]


def test_a_checks_own_list_of_its_rules_recommendations_reads_as_those_recommendations():
    c = _advised(2)
    whole = _advice_cell(c)
    first = c.recommendations[0]
    fewer = c.model_copy(update={"recommendations": [first]})
    same = c.model_copy(update={"recommendations": list(c.recommendations)})
    assert first.text.get("id") in whole
    assert _advice_cell(fewer) != whole
    assert c.recommendations[1].text.get("id") not in str(_advice_cell(fewer))
    assert _advice_cell(same) == whole
    assert _advice_cell(c) == whole  # the first list's cell is still its own


def test_a_recommendation_with_other_words_gets_a_cell_of_its_own():
    c = _advised(1)
    rec = c.recommendations[0]
    reworded = rec.model_copy(update={"text": rec.text.model_copy(update={"id": "Kata lain"})})
    changed = c.model_copy(update={"recommendations": [reworded, *c.recommendations[1:]]})
    assert "Kata lain" in str(_advice_cell(changed))
    assert "Kata lain" not in str(_advice_cell(c))


def test_the_tie_order_follows_the_sources_a_check_carries():
    a = assess(load_proposal(NTB))
    legal = next(c for c in a.checks if any(s.kind in ("law", "regulation") for s in c.sources))
    other = [s for s in legal.sources if s.kind not in ("law", "regulation")]
    before = tie_order(legal)
    without = legal.model_copy(update={"sources": other})
    assert before[0] == 0
    assert tie_order(without)[0] == 1
    assert tie_order(without)[1:] == before[1:]
    again = legal.model_copy(update={"sources": list(legal.sources)})
    assert tie_order(again) == before
    assert tie_order(legal) == before
