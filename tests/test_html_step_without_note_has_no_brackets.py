"""The HTML procedure table prints no empty brackets beside a step whose note is empty: the
signing at the proposal stage is the stage itself and has no note, and the table read
"Penandatanganan MoU ()" (wording review 26 B3) while Markdown and text say "ya"."""

from __future__ import annotations

import re

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.messages import label

PROPOSAL = {
    "schema": "paracheck/proposal/v1",
    "title": "Uji",
    "date": "2021-05-01",
    "stage": "proposal",
    "sectors": [{"name": "fisheries"}],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_step_with_an_empty_note_is_printed_without_brackets(lang: str) -> None:
    a = paracheck.assess(PROPOSAL)
    signing = next(p for p in a.procedure if p.step == "signing")
    # the case itself: not required at this stage, and its note is empty
    assert not signing.required and view.step_note(a, signing, lang) == ""
    page = paracheck.render(a, "html", lang)
    assert "()" not in page
    cell = re.search(
        rf"<td>{re.escape(label('step', 'signing', lang))}[^<]*(<span[^<]*</span>)?</td>", page
    )
    assert cell is not None and cell.group(1) is None, cell


def test_a_step_with_a_note_keeps_it_in_brackets() -> None:
    a = paracheck.assess(PROPOSAL)
    page = paracheck.render(a, "html", "id")
    noted = [p for p in a.procedure if not p.required and view.step_note(a, p, "id")]
    assert noted, "the proposal has no step with a note: the test checks nothing"
    for p in noted:
        assert f'<span class="note">({view.step_note(a, p, "id")})</span>' in page
