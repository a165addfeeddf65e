"""A check ticked on paracheck's reference data keeps its caveat beside the tick (wording
review 18 A7): REG-001 cleared on the assumed diplomatic relations with the partner's country
showed a bare "Tidak ada temuan" in every memo format, while the form had promised "pastikan
kepada Kemlu" and only the JSON said "verifikasi dengan Kemlu". One phrase everywhere."""

from __future__ import annotations

import html

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report import render, view

CAVEAT = "Tidak ada temuan (menurut data rujukan paracheck; pastikan kepada Kemlu)"


def _assess(**partner: object) -> paracheck.Assessment:
    proposal = Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2025-09-10",
            "partner": {"name": "Kuching", **partner},
        }
    )
    return paracheck.assess(proposal)


def _reg001(a: paracheck.Assessment):
    return next(c for c in a.checks if c.rule_id == "REG-001")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_tick_from_the_reference_data_says_to_confirm_with_kemlu_in_every_memo(fmt):
    a = _assess(country="MY")
    assert _reg001(a).status == "clear"
    for lang, said in (("id", CAVEAT), ("en", "Clear (by paracheck's reference data; confirm")):
        assert said in html.unescape(" ".join(render(a, fmt, lang).split()))


def test_a_tick_on_relations_the_proposal_states_is_plain():
    a = _assess(country="MY", diplomatic_relations=True)
    assert _reg001(a).status == "clear"
    assert view.status_words(_reg001(a), "id") == "Tidak ada temuan"


def test_the_reference_note_says_confirm_with_kemlu_one_way():
    a = _assess(country="MY")
    notes = [e.note for e in _reg001(a).evidence if e.note is not None]
    assert notes and all("pastikan kepada Kemlu" in n.id for n in notes)
    assert not any("verifikasi dengan Kemlu" in n.id for n in notes)
