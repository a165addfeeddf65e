"""Held-out 93: Kota Cimahi – Gumi, three and a half years after the MoU: textile machinery
training running, the SMK exchange cancelled when the partner school withdrew, the health
sector never started; judged on paper before paracheck ran on it (expectations written first,
in the session's notes).

"Risiko tinggi", as I wrote, on IMP-002 (a sector whose only programme was cancelled) and
IMP-006 (one sector in three ever ran). The cancelled programme is not read as stalled
(IMP-004 clear); the plan has the partner and the Bagian decide whether the education sector
is closed formally or given a real programme.

Since trial 230 #1 the verdict stands on IMP-006 alone: the SMK exchange ran from August 2024
to March 2025 before the partner school withdrew, so its sector is no "wacana tanpa tindakan"
(IMP-002 clear); it is IMP-012's note, its agency reporting what the exchange brought and
proposing whether the sector goes on with a new programme or is declared complete.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

CIMAHI = Path(__file__).parent / "data" / "holdout93-cimahi-gumi-2026.yaml"


def test_cimahi_is_high_on_the_cancelled_sector_and_the_slow_start() -> None:
    assert_verdict_and_grounds(
        CIMAHI,
        "high_risk",
        {"IMP-006", "IMP-012"},
        {"IMP-002", "IMP-004", "IMP-013", "GOV-021", "HR-002", "REG-026"},
        {"REG-042"},
    )


def test_the_sector_whose_exchange_ran_then_stopped_is_reported_and_its_next_step_proposed():
    (action,) = [act for act in assessed(CIMAHI).actions if "IMP-012" in act.rules]
    assert action.text.id.startswith(
        "Sampaikan hasil dan manfaat program sektor ini bagi masyarakat, karena semua programnya "
        "sudah selesai atau dibatalkan setelah sempat berjalan"
    )
    assert "dilanjutkan dengan program baru atau dinyatakan selesai" in action.text.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(CIMAHI)
