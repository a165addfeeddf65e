"""Held-out 54: two proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Verdicts agree;
one row of the procedure table mended (tests/test_a_procedure_row_names_the_finding_on_its_
step.py).

- Kabupaten Sleman – Higashihiroshima (signed three months ago by the Sekretaris Daerah, the
  Full Powers step recorded as not needed): "Risiko tinggi" on REG-044 alone; the Saran has
  Kemlu asked about the MoU's validity before the PKS.
- Kabupaten Bintan – Sanya (hotel apprenticeships in Sanya, trafficking exposure medium with
  neither Imigrasi nor Polri; a highly exposed narcotics route with BNN in; the MoU ends in
  five months): "Risiko sedang"; the evaluation for the Bupati first, the two risks
  followed up without waiting for the decision.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
SLEMAN = DATA / "holdout54-sleman-higashihiroshima-2026.yaml"
BINTAN = DATA / "holdout54-bintan-sanya-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (SLEMAN, "high_risk", {"REG-044"}, {"IMP-010", "IMP-007", "REG-012", "REG-046", "HR-002"}),
        (
            BINTAN,
            "medium_risk",
            {"TOC-014", "TOC-004"},
            {"TOC-003", "HR-002", "BUD-003", "GOV-021", "IMP-005"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_kemlu_is_asked_about_the_mou_before_the_pks() -> None:
    first = advice(assessed(SLEMAN), "id")[0]
    assert first.startswith("Sebelum perjanjian kerja sama (PKS) berikutnya disusun")
    assert "berkonsultasi dengan Kemlu tentang keabsahan MoU" in first


def test_the_apprenticeships_are_watched_with_immigration_without_waiting() -> None:
    a = assessed(BINTAN)
    saran = advice(a, "id")
    assert saran[0].startswith("Masa berlaku MoU berakhir pada 9 Mei 2027")
    assert saran[1].startswith("Tanpa menunggu keputusan itu")
    acts = [act for act in a.actions if "TOC-014" in act.rules]
    assert any(
        "Kantor Imigrasi" in (act.counterpart_name.id if act.counterpart_name else "")
        for act in acts
    )


@pytest.mark.parametrize("path", [SLEMAN, BINTAN])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
