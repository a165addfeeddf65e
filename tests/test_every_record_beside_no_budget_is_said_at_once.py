"""``budgeted_last_year: false`` beside a realisation rate and a count of cuts is refused at
each of them, in one round, with every other problem of the file. The check ran once the
whole budget section was valid and stopped at its first conflict: the officer removed the
rate, ran again and only then heard of the count, and a file with a typo elsewhere in the
section (``multi_year: 3``) heard of neither until the typo was mended (atk24)."""

from __future__ import annotations

import pytest

import paracheck

HEAD = "schema: paracheck/proposal/v1\ntitle: Sister City Kota Cilegon – Gwangyang\nbudget:\n"


def _problems(text: str) -> list[tuple[str, int | None]]:
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(text, source="usulan.yaml")
    return [(p.path, p.line) for p in caught.value.problems]


def test_a_rate_and_a_count_beside_no_budget_are_both_refused():
    text = HEAD + (
        "  budgeted_last_year: false\n  realization_rate: 0.4\n  revisions_last_year: 2\n"
    )
    assert _problems(text) == [("budget.realization_rate", 5), ("budget.revisions_last_year", 6)]


def test_the_conflict_is_said_beside_another_problem_of_the_section():
    text = HEAD + "  multi_year: 3\n  budgeted_last_year: false\n  realization_rate: 0.4\n"
    assert _problems(text) == [("budget.multi_year", 4), ("budget.realization_rate", 6)]


def test_the_record_written_before_the_answer_is_refused_too():
    text = HEAD + "  revisions_last_year: 1\n  budgeted_last_year: false\n"
    assert _problems(text) == [("budget.revisions_last_year", 4)]


@pytest.mark.parametrize("answer", ["true", "null"])
def test_a_record_beside_a_budget_or_no_answer_is_taken(answer):
    text = HEAD + f"  budgeted_last_year: {answer}\n  realization_rate: 0.4\n"
    assert paracheck.load_proposal_text(text).budget.realization_rate == 0.4
