"""Held-out 72: Provinsi Kepulauan Riau – the Government of the Republic of Singapore, a sister
province proposal; judged on paper before paracheck ran on it (expectations written first, in
the session's notes).

I wrote medium on REG-002: a province is not the equal of a sovereign state's government, and
a practitioner would add that with a city-state the cooperation is a matter for the centre.
paracheck said "Risiko rendah … dapat diteruskan", the partner's level ("other") only asked;
answering "province" would have ticked the equal-level check. Singapore has no local
government, so every level word there is now its national government (tiers.yaml), and
REG-002's advice asks Kemlu what form is open instead of a study of equal territory.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

KEPRI = Path(__file__).parent / "data" / "holdout72-kepri-singapore-2026.yaml"


def test_kepri_singapore_is_medium_on_the_unequal_level() -> None:
    assert_verdict_and_grounds(
        KEPRI,
        "medium_risk",
        {"REG-002"},
        {"REG-001", "REG-049", "TOC-003", "TOC-007"},
        {"REG-042"},
    )


def test_the_evidence_says_singapore_has_no_regional_government() -> None:
    memo = " ".join(paracheck.render(assessed(KEPRI), "text", "id").split())
    assert "Singapura adalah negara-kota tanpa pemerintah daerah" in memo
    assert "Tingkat pemerintahan mitra yang tertulis belum dapat dipadankan" not in memo


def test_the_plan_asks_kemlu_before_the_letter_of_intent() -> None:
    a = assessed(KEPRI)
    (action,) = [act for act in a.actions if "REG-002" in act.rules]
    assert action.stage == "exploration"
    assert action.text.id.startswith("Negara mitra tidak mempunyai pemerintah daerah")
    assert "pertimbangkan mitra lain yang setingkat" not in paracheck.render(a, "text", "id")


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(KEPRI)
