"""Held-out 51: two proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). No defect.

- Kota Bandung – Suwon (evaluation; the MoU ends nine days after the date judged, its
  evaluation reported in October): "Risiko rendah"; the Saran's first item has the reported
  evaluation put forward for the Wali Kota's decision, not prepared again.
- Provinsi Bali – Hainan (a tourism sister province proposal; twelve outage hours a month in
  Denpasar and Badung; a highly exposed narcotics route with BNN in): "Risiko sedang"; the
  tourism agency and PLN are given the areas by name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BANDUNG = DATA / "holdout51-bandung-suwon-2026.yaml"
BALI = DATA / "holdout51-bali-hainan-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (BANDUNG, "low_risk", set(), {"REG-026", "REG-051", "IMP-013", "IMP-005", "GOV-003"}),
        (BALI, "medium_risk", {"NRG-003", "TOC-004", "NRG-001"}, {"NRG-002", "TOC-003", "NRG-005"}),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_an_mou_ending_in_nine_days_has_its_reported_evaluation_put_forward() -> None:
    first = advice(assessed(BANDUNG), "id")[0]
    assert first.startswith("Masa berlaku MoU berakhir pada 9 Desember 2026 (9 hari lagi)")
    assert (
        "mengajukan hasil evaluasi kerja sama berdasarkan laporan yang "
        "disampaikan pada 1 Oktober 2026" in first
    )


def test_the_tourism_areas_hit_by_outages_are_named() -> None:
    memo = " ".join(paracheck.render(assessed(BALI), "text", "id").split())
    assert "kawasan terdampak pemadaman (Denpasar dan Badung)" in memo


@pytest.mark.parametrize("path", [BANDUNG, BALI])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
