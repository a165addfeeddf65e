"""Held-out 93: Kota Cimahi – Gumi, three and a half years after the MoU: textile machinery
training running, the SMK exchange cancelled when the partner school withdrew, the health
sector never started; judged on paper before paracheck ran on it (expectations written first,
in the session's notes).

"Risiko tinggi", as I wrote, on IMP-002 (a sector whose only programme was cancelled) and
IMP-006 (one sector in three ever ran). The cancelled programme is not read as stalled
(IMP-004 clear); the plan has the partner and the Bagian decide whether the education sector
is closed formally or given a real programme.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

CIMAHI = Path(__file__).parent / "data" / "holdout93-cimahi-gumi-2026.yaml"


def test_cimahi_is_high_on_the_cancelled_sector_and_the_slow_start() -> None:
    assert_verdict_and_grounds(
        CIMAHI,
        "high_risk",
        {"IMP-002", "IMP-006"},
        {"IMP-004", "IMP-013", "GOV-021", "HR-002", "REG-026"},
        {"REG-042"},
    )


def test_the_cancelled_sector_is_closed_or_refilled_with_the_partner() -> None:
    (action,) = [act for act in assessed(CIMAHI).actions if "IMP-002" in act.rules]
    assert action.text.id.startswith("Karena seluruh program sektor ini sudah dibatalkan")
    assert "ditutup secara resmi" in action.text.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(CIMAHI)
