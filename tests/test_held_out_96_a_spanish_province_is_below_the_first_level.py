"""Held-out 96: Provinsi Bali – Diputación Provincial de Málaga, a sister province with a
Spanish province; judged on paper before paracheck ran on it (expectations written first, in
the session's notes).

"Risiko sedang", as I wrote, on REG-002 and HR-002. A Spanish province is a local entity
inside an autonomous community (Andalusia), not a first-level unit: before the tiers table
listed Spain, its generic mapping read "province" as first-level and ticked REG-002, so the
memo said the two sides were equal.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BALI = Path(__file__).parent / "data" / "holdout96-bali-malaga-2026.yaml"


def test_bali_malaga_is_medium_on_the_unequal_level_and_the_language() -> None:
    assert_verdict_and_grounds(
        BALI,
        "medium_risk",
        {"REG-002", "HR-002"},
        {"REG-032", "REG-001", "BUD-001", "TOC-009"},
        {"REG-042"},
    )


def test_the_evidence_says_where_a_spanish_province_sits() -> None:
    (check,) = [c for c in assessed(BALI).checks if c.rule_id == "REG-002"]
    notes = [e.note.id for e in check.evidence if e.note is not None]
    assert any("komunitas otonom" in n and "tingkat kedua" in n for n in notes), notes


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BALI)
