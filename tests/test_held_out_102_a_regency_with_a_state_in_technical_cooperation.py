"""Held-out 102: Kabupaten Banyuwangi – the Government of Western Australia, a technical
cooperation (no sister form) of a regency with a state; judged on paper before paracheck ran
on it (expectations written first, in the session's notes).

"Risiko sedang" on REG-002, as I wrote: PP 28/2018 asks equal status and/or territory of any
cooperation with a foreign regional government, not only of the sister forms; REG-032 (the
sister form's fit to the level) does not apply.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BANYUWANGI = Path(__file__).parent / "data" / "holdout102-banyuwangi-wa-2026.yaml"


def test_banyuwangi_western_australia_is_medium_on_the_unequal_level() -> None:
    assert_verdict_and_grounds(
        BANYUWANGI,
        "medium_risk",
        {"REG-002"},
        {"REG-032", "REG-049", "HR-002", "BUD-001"},
        {"REG-042"},
    )


def test_the_sister_forms_fit_is_not_asked_of_a_technical_cooperation() -> None:
    (check,) = [c for c in assessed(BANYUWANGI).checks if c.rule_id == "REG-032"]
    assert check.status == "clear" and check.not_applicable is not None


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BANYUWANGI)
