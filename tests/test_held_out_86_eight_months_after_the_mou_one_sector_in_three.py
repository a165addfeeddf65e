"""Held-out 86: Provinsi Lampung – Tochigi, eight months after the MoU of March 2026, coffee
processing running and the tourism and education sectors not yet started; judged on paper
before paracheck ran on it (expectations written first, in the session's notes).

"Risiko sedang", as I wrote, on IMP-010 (six months to a year after the MoU, one sector of
three running), with an opening activity to fix for each sector not yet moving. paracheck
also caught my file's stage: "MoU ditandatangani" beside a programme already running and a PKS
signed, so the Saran's first item is to correct the stage and assess again.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

LAMPUNG = Path(__file__).parent / "data" / "holdout86-lampung-tochigi-2026.yaml"


def test_lampung_is_medium_on_the_sectors_not_yet_moving() -> None:
    assert_verdict_and_grounds(
        LAMPUNG,
        "medium_risk",
        {"IMP-010"},
        {"IMP-006", "IMP-013", "HR-002", "REG-010", "REG-011", "GOV-021"},
        {"REG-042"},
    )


def test_each_sector_not_moving_gets_an_opening_activity_from_its_dinas() -> None:
    acts = [
        act
        for _, group in view.action_plan(assessed(LAMPUNG), "id")
        for act in group
        if "IMP-010" in act["rules"]
    ]
    (act,) = acts
    assert "kegiatan pembuka" in str(act["text"])
    assert "Dinas Pariwisata dan Ekonomi Kreatif Provinsi Lampung" in str(act["who"])
    assert "Dinas Pendidikan dan Kebudayaan Provinsi Lampung" in str(act["who"])


def test_the_stage_is_corrected_first() -> None:
    assert advice(assessed(LAMPUNG), "id")[0].startswith("Biro Kerja Sama ditugaskan memperbaiki")


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(LAMPUNG)
