"""Held-out 52: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). One defect, mended.

- Kabupaten Raja Ampat – Vestvågøy (running since 2023 with no regional budget, no dedicated
  or language staff, a power deficit with rolling blackouts in Waisai, no working group, no
  report to the Minister, no PKS): "Risiko tinggi"; the Tanah Papua special-autonomy caution
  first.
- Kota Ternate – Lagos (an early draft: exploration under way, no budget, staff, energy,
  security or governance given; tourism listed with an empty programme list): "Risiko
  tinggi" on that sector (a stated fact). The defect: the Saran named only the three
  blocker-level questions to answer first, so "… dengan syarat satu risiko tinggi (IMP-002)"
  read as the only condition while seven high-severity checks were open
  (tests/test_saran_names_open_checks_of_the_verdicts_severity.py holds the mend).
- Provinsi Kalimantan Utara – Sabah (a border sister province; narcotics and trafficking
  highly exposed, BNN, Polri and Imigrasi in; programmes above the APBD allocation):
  "Risiko sedang"; no language finding for a Malay-speaking staff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
RAJA_AMPAT = DATA / "holdout52-rajaampat-vestvagoy-2026.yaml"
TERNATE = DATA / "holdout52-ternate-lagos-2026.yaml"
KALTARA = DATA / "holdout52-kaltara-sabah-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks", "open_"),
    [
        (
            RAJA_AMPAT,
            "high_risk",
            {"HR-001", "HR-002", "IMP-006", "NRG-002", "NRG-003", "GOV-003", "BUD-002", "IMP-007"},
            {"TOC-010", "TOC-001", "REG-026", "BUD-003", "IMP-013"},
            set(),
        ),
        (
            TERNATE,
            "high_risk",
            {"IMP-002"},
            {"HR-002", "BUD-001", "NRG-001", "GOV-002"},
            {"REG-007", "REG-030", "REG-040", "REG-006", "BUD-001", "HR-001", "IMP-001"},
        ),
        (
            KALTARA,
            "medium_risk",
            {"TOC-004", "TOC-008", "BUD-007", "HR-003"},
            {"HR-002", "REG-002", "TOC-003", "TOC-007", "TOC-013", "TOC-005"},
            set(),
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str], open_: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks, open_)


def test_a_region_of_tanah_papua_is_cautioned_on_its_special_autonomy_first() -> None:
    saran = advice(assessed(RAJA_AMPAT), "id")
    assert "ketentuan otonomi khusus" in saran[0]


def test_an_early_draft_names_its_open_high_checks_beside_its_blocker_questions() -> None:
    saran = advice(assessed(TERNATE), "id")
    blockers = next(s for s in saran if "menjadi terhambat" in s)
    assert "; demikian pula pertanyaan untuk tujuh pemeriksaan berbobot tinggi" in blockers


def test_the_tourism_areas_hit_by_outages_are_named() -> None:
    memo = " ".join(paracheck.render(assessed(RAJA_AMPAT), "text", "id").split())
    assert "kawasan terdampak pemadaman (Waisai)" in memo


@pytest.mark.parametrize("path", [RAJA_AMPAT, TERNATE, KALTARA])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
