"""A memo's questions ask what is not known; how to type the answer is the form's and the file's.

Trial 26 C5: the printed memo's BUD-003 question read "Isi pecahan antara 0 dan 1 (dalam
berkas 0.75 untuk 75%, di formulir 0,75 atau 75%)": data-entry help in a memo for a DPRD
member. The help stays where the answer is typed: beside the form's field, in the file
template's comment, and in validate's message for a rate written as a percentage."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.facts.template import proposal_template
from paracheck.web.text import word

#: a proposal that gives no realisation rate, so BUD-003 asks for it
PROPOSAL: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Usulan uji",
    "date": "2026-04-20",
    "stage": "proposal",
    "budget": {"apbd_allocation_idr": 250_000_000},
}
ENTRY_HELP = ("0.75", "0,75", "formulir", "berkas", "in a file", "in the form")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_asks_for_the_realisation_without_saying_how_to_type_it(lang: str) -> None:
    a = paracheck.assess(PROPOSAL)
    asked = [q.text.get(lang) for q in a.questions if q.path == "budget.realization_rate"]
    assert asked, "the proposal must leave the rate to be asked"
    (question,) = asked
    assert not [hint for hint in ENTRY_HELP if hint in question], question
    memo = paracheck.render(a, "markdown", lang)
    assert question in memo
    assert "dalam berkas 0.75" not in memo and "in a file" not in memo


def test_the_form_and_the_file_template_still_say_how_to_write_a_rate() -> None:
    assert "0 sampai 1" in word("rate_help", "id") and "60%" in word("rate_help", "id")
    assert "0 to 1" in word("rate_help", "en")
    line = next(x for x in proposal_template().splitlines() if "realization_rate:" in x)
    assert "0..1" in line
