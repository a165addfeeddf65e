"""Held-out 80: Kabupaten Gowa – Kitakata, four years after the MoU of August 2022: one of
three sectors ever ran and has been silent since March 2025, the joint committee never met, no
monitoring plan, no report to the Minister; judged on paper before paracheck ran on it
(expectations written first, in the session's notes).

"Risiko tinggi", as I wrote, on the decay the thesis finds after the MoU (IMP-006), with the
silent sector (IMP-005), the committee that never met (GOV-021), no monitoring plan (GOV-002),
no report to the Minister (GOV-003) and no outside stakeholders (GOV-004). IMP-011, which I
expected on its own, is recorded on IMP-006, as the checklist says.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

GOWA = Path(__file__).parent / "data" / "holdout80-gowa-kitakata-2026.yaml"


def test_gowa_is_high_on_the_decay_after_the_mou() -> None:
    assert_verdict_and_grounds(
        GOWA,
        "high_risk",
        {"IMP-006", "IMP-005", "GOV-021", "GOV-002", "GOV-003", "GOV-004", "HR-002"},
        {"REG-010", "REG-011", "IMP-001", "IMP-007", "BUD-003", "BUD-004"},
        {"REG-042"},
    )


def test_the_saran_leads_with_the_decay_and_the_silent_committee() -> None:
    said = advice(assessed(GOWA), "id")
    assert "(IMP-006)" in said[0] and said[0].startswith("Kerja sama dapat dilanjutkan dengan")
    assert any("(GOV-021)" in s for s in said)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(GOWA)
