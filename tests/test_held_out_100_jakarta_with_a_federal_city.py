"""Held-out 100: Provinsi DKI Jakarta – Moscow City Government, a "sister city" proposed by
the province; judged on paper before paracheck ran on it (expectations written first, in the
session's notes).

"Risiko sedang", as I wrote, on REG-032 alone: the regulation pairs a province with the form
"sister province", whatever Jakarta's long habit of "sister city". Moscow is a federal city, a
subject of the Russian federation like an oblast: before the tiers table listed Russia, its
generic mapping ranked the partner, a city, with a kabupaten/kota and made REG-002 a risk too.
I also wrote that Jakarta's special-region notice would show; it does not, and rightly: the
notice is for Jakarta's administrative cities, and the province is an autonomous region with
its own DPRD, to which the general rules apply.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

JAKARTA = Path(__file__).parent / "data" / "holdout100-jakarta-moscow-2026.yaml"


def test_jakarta_moscow_is_medium_on_the_form_alone() -> None:
    assert_verdict_and_grounds(
        JAKARTA,
        "medium_risk",
        {"REG-032"},
        {"REG-002", "REG-001", "HR-002", "TOC-012", "BUD-001"},
        {"REG-042"},
    )


def test_the_evidence_names_moscow_a_federal_city() -> None:
    (check,) = [c for c in assessed(JAKARTA).checks if c.rule_id == "REG-002"]
    notes = [e.note.en for e in check.evidence if e.note is not None]
    assert any("federal city" in n for n in notes), notes


def test_no_special_region_notice_for_the_province_itself() -> None:
    a = assessed(JAKARTA)
    assert "special_autonomy" not in {n.code for n in a.notices}
    assert paracheck.notice_notes(a, "id") == []


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(JAKARTA)
