"""Held-out 85: Kabupaten Pemalang – Tongyeong, a sister city placing forty fishing-vessel crews
on Tongyeong boats from a coast very prone to trafficking, coordinated with KKP and BP2MI only;
judged on paper before paracheck ran on it (expectations written first, in the session's
notes).

"Risiko tinggi", as I wrote, on TOC-007 (crews moved without Imigrasi or Polri), the risk
details saying BP2MI is recorded but not weighed. Where I wrote TOC-011 (medium) paracheck
finds TOC-012 (low): Korea is not a main source of the narcotics entering Indonesia, which the
pack's split between the two rules rests on; accepted.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

PEMALANG = Path(__file__).parent / "data" / "holdout85-pemalang-tongyeong-2026.yaml"


def test_pemalang_is_high_on_the_crews_moved_without_imigrasi_or_polri() -> None:
    assert_verdict_and_grounds(
        PEMALANG,
        "high_risk",
        {"TOC-007", "TOC-012"},
        {"TOC-010", "TOC-011", "TOC-001", "HR-002", "BUD-001"},
        {"REG-042"},
    )


def test_the_plan_brings_in_imigrasi_and_the_police_and_says_bp2mi_is_not_weighed() -> None:
    a = assessed(PEMALANG)
    acts = [act for act in a.actions if "TOC-007" in act.rules]
    said = " ".join(act.text.id for act in acts)
    owners = " ".join(f"{act.owner_name.id} {act.counterpart or ''}" for act in acts)
    assert "Imigrasi" in owners and "Polres" in owners
    assert "perdagangan orang" in said
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "BP2MI/KP2MI tercatat diajak berkoordinasi" in memo


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(PEMALANG)
