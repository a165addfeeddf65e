"""Held-out 92: Provinsi Bali – Hangzhou as a "sister city", a province proposing the form of a
regency or city with a city of Zhejiang; judged on paper before paracheck ran on it
(expectations written first, in the session's notes).

"Risiko sedang", as I wrote, on REG-032 (the form does not fit the level), REG-002 (a province
with a city) and TOC-011 (tourism and artists on a medium narcotics route with a Chinese
partner, BNN not involved). The plan has the form matched to the level, and Kemendagri asked
about the partner's equivalence before the plan is verified.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BALI = Path(__file__).parent / "data" / "holdout92-bali-hangzhou-2026.yaml"


def test_bali_hangzhou_is_medium_on_the_form_and_the_level() -> None:
    assert_verdict_and_grounds(
        BALI,
        "medium_risk",
        {"REG-032", "REG-002", "TOC-011"},
        {"REG-049", "HR-002", "TOC-003", "BUD-001"},
        {"REG-042"},
    )


def test_the_form_is_matched_to_the_level() -> None:
    (action,) = [act for act in assessed(BALI).actions if "REG-032" in act.rules]
    assert "Sister Province untuk provinsi, Sister City untuk kabupaten/kota" in action.text.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BALI)
