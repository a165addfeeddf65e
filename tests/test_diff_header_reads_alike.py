"""The text comparison's header says the old and the new version alike: each date judged
after its title on the same line, or each on a line of its own under its title (trial26 C7:
the old side's "— dinilai per …" wrapped onto a line of its own, opening with the dash, and
the new side's did not)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import text, view
from paracheck.report.messages import message

ROOT = Path(__file__).resolve().parents[1]
PAIR = ("examples/regency-with-province-2021.yaml", "examples/well-prepared-2023.yaml")


def _assess(rel: str) -> paracheck.Assessment:
    proposal = paracheck.load_proposal(str(ROOT / rel), source=rel)
    return paracheck.assess(proposal, as_of=proposal.date)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_old_and_new_dates_judged_are_placed_alike_at_every_width(lang: str) -> None:
    old, new = (_assess(rel) for rel in PAIR)
    d = paracheck.diff(old, new)
    shown = view.diff_view(d, lang, (old, new))
    places = set()
    for width in range(70, 181, 2):
        lines = text.render_diff(d, lang, width=width, assessments=(old, new)).splitlines()
        placed = []
        for side, when in (("diff.old", shown.old_when), ("diff.new", shown.new_when)):
            start = " ".join(when.split()[:3])
            line = next(line for line in lines if start in line)
            assert not line.lstrip().startswith("—"), (width, line)
            placed.append(line.startswith(message(side, lang)))
        assert placed[0] == placed[1], (width, lines[:6])
        places.add(placed[0])
    assert places == {True, False}, "the widths tried hold both placings"
