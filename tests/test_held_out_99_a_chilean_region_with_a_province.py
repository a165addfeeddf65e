"""Held-out 99: Provinsi Sulawesi Utara – Gobierno Regional de Valparaíso, a sister province
with a Chilean region (tuna fisheries and the port of Bitung); judged on paper before paracheck
ran on it (expectations written first, in the session's notes).

"Risiko rendah", as I wrote: a Chilean región is a first-level unit with an elected regional
government, Spanish is Chile's main language and one officer speaks it, and the medium IUU
fishing rating has KKP and Bakamla coordinating.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.facts import reference
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds

SULUT = Path(__file__).parent / "data" / "holdout99-sulut-valparaiso-2026.yaml"


def test_sulut_valparaiso_is_low() -> None:
    assert_verdict_and_grounds(
        SULUT,
        "low_risk",
        set(),
        {"REG-002", "REG-032", "HR-002", "TOC-009", "BUD-001"},
        {"REG-042"},
    )


def test_a_chilean_province_is_not_taken_for_a_region() -> None:
    # a provincia is the central government's delegation inside a región: no comparable
    # local government, so an officer who wrote "province" is asked, not told "equal"
    assert reference.tier("province", "CL", "Provincia de Valparaíso") is None
    assert reference.tier("region", "CL", "Gobierno Regional de Valparaíso") == 1


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SULUT)
