"""Held-out 89: Kota Denpasar – Mossel Bay, a healthy sister city evaluated a month before its
MoU ends; judged on paper before paracheck ran on it (expectations written first, in the
session's notes).

"Risiko rendah", as I wrote: the Saran opens with the Wali Kota's decision before the term
ends, on the evaluation already reported on 15 October 2026, and says no check asks for any
mending in an extension or a new MoU; no step of the procedure is asked again. South Africa's
system of government is not in the reference data, and REG-002's tick says so.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DENPASAR = Path(__file__).parent / "data" / "holdout89-denpasar-mosselbay-2026.yaml"


def test_denpasar_is_low_with_the_decision_on_the_term_first() -> None:
    assert_verdict_and_grounds(
        DENPASAR, "low_risk", set(), {"REG-026", "GOV-003", "IMP-013", "REG-051"}, {"REG-042"}
    )
    said = advice(assessed(DENPASAR), "id")
    assert said[0].startswith("Masa berlaku MoU berakhir pada 10 Desember 2026 (30 hari lagi)")
    assert (
        "hasil evaluasi kerja sama berdasarkan laporan yang disampaikan pada 15 Oktober 2026"
        in said[0]
    )
    assert "tidak ada pembenahan dari pemeriksaan itu" in said[1]


def test_the_equal_level_tick_says_it_rests_on_the_generic_mapping() -> None:
    memo = " ".join(paracheck.render(assessed(DENPASAR), "text", "id").split())
    assert "Tidak ada temuan (menurut pemetaan umum paracheck;" in memo


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(DENPASAR)
