"""A step name inside a sentence keeps the capitals of a term written in capitals everywhere
("Surat Kuasa dari Menteri Luar Negeri"): the next steps' "sesudah surat Kuasa" broke the
term (words19fix's leftovers; words20fix 540e1fb, its other half left to the no-steps
owner)."""

from __future__ import annotations

import pytest

from paracheck.report.view import _lower_first


@pytest.mark.parametrize(
    ("label", "inside"),
    [
        ("Surat Kuasa dari Menteri Luar Negeri", "Surat Kuasa dari Menteri Luar Negeri"),
        ("Rencana kerja sama", "rencana kerja sama"),
        ("Persetujuan DPRD", "persetujuan DPRD"),
        ("DPRD approval", "DPRD approval"),
        ("Full powers from the Foreign Minister", "full powers from the Foreign Minister"),
    ],
)
def test_a_step_name_inside_a_sentence_keeps_the_capitals_of_a_term(label, inside):
    assert _lower_first(label) == inside
