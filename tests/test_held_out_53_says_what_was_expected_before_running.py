"""Held-out 53: two proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). No defect; one
expectation without a source.

- Provinsi Maluku Utara – Zhejiang Huayou Cobalt (an investment with a foreign company; a
  mining sector whose MoU text touches licensing of a smelter area): "Risiko tinggi" on
  REG-043, the advice to keep the mining cooperation to the region's own affairs and consult
  the Ministry of Energy and Mineral Resources; no language finding for an institution.
- Kota Makassar – Kawasaki (evaluation; the MoU of 2019 lapsed in July 2024 with two
  programmes still running): "Risiko sedang". I had written "tinggi"; REG-051 is medium by
  the pack's written argument (no source states the duty at high confidence or names a
  sanction). The running programmes and their agencies are named first in the Saran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
MALUT = DATA / "holdout53-malut-huayou-2026.yaml"
MAKASSAR = DATA / "holdout53-makassar-kawasaki-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            MALUT,
            "high_risk",
            {"REG-043", "TOC-011", "HR-005", "BUD-006"},
            {"HR-002", "BUD-001", "BUD-002", "NRG-004", "TOC-014", "REG-042"},
        ),
        (
            MAKASSAR,
            "medium_risk",
            {"REG-051", "REG-026", "GOV-021"},
            {"REG-018", "REG-016", "IMP-013", "IMP-005", "GOV-003"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_the_mining_cooperation_is_kept_to_the_regions_own_affairs() -> None:
    a = assessed(MALUT)
    said = [act.text.id for act in a.actions if "REG-043" in act.rules]
    assert any("Kementerian ESDM" in text and "kewenangan daerah" in text for text in said)


def test_the_programmes_running_after_the_lapsed_mou_lead_the_saran() -> None:
    first = advice(assessed(MAKASSAR), "id")[0]
    assert first.startswith("Masa berlaku MoU telah berakhir pada 14 Juli 2024")
    assert "“Bank sampah berbasis masyarakat”" in first
    assert "“Pelatihan pegawai di Kawasaki”" in first
    assert "tidak membuat komitmen baru dengan mitra" in first


@pytest.mark.parametrize("path", [MALUT, MAKASSAR])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
