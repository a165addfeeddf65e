"""Held-out 103: Kota Surakarta – Abu Dhabi City Municipality, a sister city whose DPRD approval
(May 2026) is dated before the cooperation plan it approves (July 2026); judged on paper before
paracheck ran on it (expectations written first, in the session's notes).

"Risiko sedang" on the order of the steps (REG-048), as I wrote; the plan has the Wali Kota put
the finished plan to the DPRD again, and the next steps begin with that approval repeated. The
UAE is not in the tiers table: REG-002 is ticked with the generic mapping's caveat beside it.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

SURAKARTA = Path(__file__).parent / "data" / "holdout103-surakarta-abudhabi-2026.yaml"


def test_surakarta_abu_dhabi_is_medium_on_the_approval_before_the_plan() -> None:
    assert_verdict_and_grounds(
        SURAKARTA,
        "medium_risk",
        {"REG-048"},
        {"REG-002", "REG-032", "HR-002", "TOC-007", "BUD-001"},
        {"REG-042"},
    )


def test_the_finished_plan_goes_back_to_the_dprd_first() -> None:
    memo = paracheck.render(assessed(SURAKARTA), "text", "id")
    assert "Wali Kota: Sampaikan rencana kerja sama yang sudah selesai kepada DPRD" in memo
    steps = memo.split("LANGKAH PROSEDUR BERIKUTNYA", 1)[1]
    assert steps.index("Persetujuan DPRD diulang") < steps.index("Verifikasi rencana kerja sama")


def test_the_equal_level_tick_carries_the_generic_mappings_caveat() -> None:
    memo = paracheck.render(assessed(SURAKARTA), "text", "id")
    line = " ".join(memo.split("REG-002  Bila mitranya", 1)[1].split("\n", 3)[:3])
    assert "menurut pemetaan umum paracheck" in line and "pastikan kepada Kemlu" in line


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SURAKARTA)
