"""Held-out 104: Provinsi NTT – Northern Territory, health: Australian nurse educators placed
in Kupang's hospitals, judged in November 2026; judged on paper before paracheck ran on it
(expectations written first, in the session's notes).

"Risiko sedang", as I wrote ("medium at most"). My file also gave the MoU's end as 27 October
2026, five years after the signing and before the day judged, which I had not noticed:
paracheck did, and its first screen says the MoU has lapsed, the running placements are
kept to their basis, and the Biro prepares the evaluation for the Governor (REG-051, REG-026).
The nurse educators arrive; NTT's trafficking risk is people leaving. With Imigrasi listed the
high TOC-007 stays clear, and only TOC-008's residual risk (medium) remains, which the file's
facts cannot tell from outbound workers (the proposal format has no direction of movement):
noted, left.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

NTT = Path(__file__).parent / "data" / "holdout104-ntt-nt-health-2026.yaml"


def test_ntt_health_is_medium_on_the_lapsed_mou() -> None:
    assert_verdict_and_grounds(
        NTT,
        "medium_risk",
        {"REG-051", "REG-026", "TOC-008"},
        {"TOC-007", "HR-002", "BUD-003", "GOV-021"},
        {"REG-042"},
    )


def test_the_first_screen_says_the_mou_has_lapsed() -> None:
    assert "mou_expired" in {n.code for n in assessed(NTT).notices}


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(NTT)
