"""Findings of one severity and one score: what rests on a law or regulation first, then the
graver impact, and the rule code only last.

Practitioner trial 27 (M2): in a Sumatera Barat – Negeri Sembilan MoU of 2016 judged in 2019,
"Naskah asli yang ditandatangani belum disimpan di Kemlu" (REG-015, a step of the procedure
left undone three and a half years) came eleventh of ten "Risiko utama": nine findings scored
12 ("Sedang") were put in order by rule code, so budget, governance and implementation codes
came before "REG". The rule code means nothing to an officer. Now, between equals, a finding
resting on a law or regulation (a source of kind ``law`` or ``regulation``) comes before one
resting only on the thesis, practice or reference data, then the one whose harm would be
graver (impact) before the one that is only more likely (README, "Order of the findings").
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.batch import Summary
from paracheck.engine.model import SEVERITY_RANK
from paracheck.report import view

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(
    [
        *ROOT.glob("examples/*.yaml"),
        *ROOT.glob("tests/golden/proposals/*.yaml"),
        *(p for p in ROOT.glob("tests/calibration/*.yaml") if p.name != "expectations.yaml"),
        *ROOT.glob("tests/data/*.yaml"),
    ]
)
TRIAL27_P2 = ROOT / "tests" / "data" / "trial27-sumbar-negerisembilan-2019.yaml"


def _assess(path: Path) -> Any:
    proposal = paracheck.load_proposal(str(path), source=str(path))
    return paracheck.assess(proposal, as_of=proposal.date)


def _on_law(check: Any) -> bool:
    return any(s.kind in ("law", "regulation") for s in check.sources)


def test_an_original_not_deposited_for_years_is_among_the_top_risks():
    result = _assess(TRIAL27_P2)
    top = [c.rule_id for c in view.top_risks(result)]
    assert "REG-015" in top, top
    # and the memo says it on its first screen, among the numbered top risks
    memo = paracheck.render(result, "markdown", "id")
    first_screen = memo.split("## Risiko utama", 1)[1].split("\n## ", 1)[0]
    assert "REG-015" in first_screen


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_between_equals_the_law_comes_first_then_the_graver_impact(path):
    listed = view.headline_risks(_assess(path))
    for _, alike in itertools.groupby(listed, key=lambda c: (c.severity, c.score)):
        alike = list(alike)
        on_law = [_on_law(c) for c in alike]
        assert on_law == sorted(on_law, reverse=True), [c.rule_id for c in alike]
        for _, same in itertools.groupby(alike, key=_on_law):
            impacts = [c.impact for c in same]
            assert impacts == sorted(impacts, reverse=True), [c.rule_id for c in alike]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_batch_row_names_its_top_risks_in_the_same_order_between_equals(path):
    result = _assess(path)
    top = Summary.of(result, n=100).top_risks
    by_id = {c.rule_id: c for c in result.checks}
    for first, second in itertools.pairwise(by_id[r] for r in top):
        if (first.score, first.severity) != (second.score, second.severity):
            assert (-first.score, SEVERITY_RANK[first.severity]) < (
                -second.score,
                SEVERITY_RANK[second.severity],
            )
            continue
        assert (not _on_law(first), -first.impact) <= (not _on_law(second), -second.impact), (
            first.rule_id,
            second.rule_id,
        )
