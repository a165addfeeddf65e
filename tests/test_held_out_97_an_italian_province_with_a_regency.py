"""Held-out 97: Kabupaten Gianyar – Provincia di Siena, a sister city with an Italian
province; judged on paper before paracheck ran on it (expectations written first, in the
session's notes).

"Risiko rendah", as I wrote. An Italian provincia lies inside a regione (Tuscany) and ranks
with a kabupaten: before the tiers table listed Italy, the generic mapping read "province" as
first-level and made REG-002 a risk (a kabupaten with a province), so the memo asked Kemendagri
about an equivalence that holds.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

GIANYAR = Path(__file__).parent / "data" / "holdout97-gianyar-siena-2026.yaml"


def test_gianyar_siena_is_low_with_the_levels_equal() -> None:
    assert_verdict_and_grounds(
        GIANYAR,
        "low_risk",
        set(),
        {"REG-002", "REG-032", "HR-002", "BUD-001", "GOV-004"},
        {"REG-042"},
    )


def test_no_action_asks_about_the_partners_equivalence() -> None:
    assert not [act for act in assessed(GIANYAR).actions if "REG-002" in act.rules]


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(GIANYAR)
