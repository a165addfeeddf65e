"""Held-out 48: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). One defect found
and mended (tests/test_stage_behind_signing.py).

- Sulawesi Tenggara – Guangxi (an investment: a nickel estate, ore supply and a jetty, a
  deficit with rolling blackouts in Kolaka and Konawe, a Chinese partner on a moderately
  exposed narcotics route without BNN): "Risiko tinggi" on NRG-002 and NRG-004; the supply
  advice names Kolaka and Konawe (before signing); TOC-011 asks BNN.
- Kota Manado – Davao City (the stage left at "proposal" though the signing is recorded in
  March 2024 and a programme began in August): the memo judged a proposal and a signed MoU at
  once and found the programme "ahead of the MoU". Now the notice asks for the stage to be
  corrected first, and REG-045 is clear.
- Kota Padang – Stadt Hildesheim (evaluation; the MoU ended in June 2026, its evaluation
  reported in August; the signing typed before the central approval): the lapsed MoU's
  evaluation submitted with its date, REG-023 as the old MoU's history, REG-026 clear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
SULTRA = DATA / "holdout48-sultra-guangxi-2026.yaml"
MANADO = DATA / "holdout48-manado-davao-2026.yaml"
PADANG = DATA / "holdout48-padang-hildesheim-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            SULTRA,
            "high_risk",
            {"NRG-002", "NRG-004", "TOC-011", "REG-005", "NRG-001"},
            {"TOC-003", "TOC-014", "GOV-007", "BUD-007"},
        ),
        (MANADO, "high_risk", {"IMP-006"}, {"REG-045", "REG-010", "REG-011", "GOV-021"}),
        (PADANG, "high_risk", {"REG-023"}, {"REG-026", "REG-051", "REG-011", "IMP-005"}),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_the_investment_names_the_areas_hit_by_outages_before_signing() -> None:
    a = assessed(SULTRA)
    memo = " ".join(paracheck.render(a, "text", "id").split())
    plan = memo.split("RENCANA TINDAK LANJUT")[1].split("SARAN")[0]
    assert plan.count("kawasan yang terdampak pemadaman (Kolaka dan Konawe)") == 2


def test_a_stage_left_at_proposal_beside_a_recorded_signing_is_corrected_first() -> None:
    a = assessed(MANADO)
    assert "stage_behind_signing" in {n.code for n in a.notices}
    assert advice(a, "id")[0].startswith("Bagian Kerja Sama ditugaskan memperbaiki data usulan")


def test_a_lapsed_mou_with_its_evaluation_reported_has_it_submitted() -> None:
    a = assessed(PADANG)
    first = advice(a, "id")[0]
    assert first.startswith("Masa berlaku MoU telah berakhir pada 30 Juni 2026, dan tidak ada")
    assert (
        "mengajukan hasil evaluasi kerja sama berdasarkan laporan yang "
        "disampaikan pada 15 Agustus 2026" in first
    )


@pytest.mark.parametrize("path", [SULTRA, MANADO, PADANG])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
