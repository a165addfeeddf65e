"""Held-out 87: Kabupaten Belitung – Phú Quốc, a sister city on island tourism that is not in
the RPJMD/RKPD, with a joint promotion already running before any MoU, an environment sector
without a lead agency and a tourism area hit by outages; judged on paper before paracheck ran
on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote, on REG-006 and IMP-001, with every medium finding I listed
(GOV-007, NRG-003, IMP-003, IMP-020, REG-045, HR-002, HR-003, BUD-005). The running promotion is
recorded as it happened (its start, basis and funds: filed "as part of the exploration" it
read as backdating to a practitioner, review of held-out 146), with no new commitment until
the MoU, not stopped.

Reviewed a session later: neither I (writing "Phú Quốc City" in November 2026) nor paracheck
saw that Vietnam did away with its provincial-city governments on 1 July 2025 (Phú Quốc is now
a special zone of An Giang). The memo's first screen now says the city government no longer
exists and asks who the partner is now; REG-002 is no longer ticked as two second-level units.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BELITUNG = Path(__file__).parent / "data" / "holdout87-belitung-phuquoc-2026.yaml"


def test_belitung_is_high_on_the_plan_and_the_missing_agency() -> None:
    assert_verdict_and_grounds(
        BELITUNG,
        "high_risk",
        {"REG-006", "IMP-001", "GOV-007", "NRG-003", "IMP-003", "IMP-020", "REG-045", "HR-002"},
        {"REG-002", "BUD-001", "TOC-010", "REG-017"},
        {"REG-042"},
    )


def test_the_running_promotion_is_recorded_not_stopped() -> None:
    a = assessed(BELITUNG)
    (action,) = [act for act in a.actions if "REG-045" in act.rules]
    assert action.text.id.startswith(
        "Catat dalam berkas, apa adanya, kegiatan yang berjalan mendahului MoU"
    )
    assert "jangan membuat komitmen baru" in action.text.id


def test_the_first_screen_says_the_city_government_is_gone() -> None:
    (notice,) = [n for n in assessed(BELITUNG).notices if n.code == "partner_reorganised"]
    said = "Phú Quốc City tidak lagi ada sebagai pemerintahan tingkat distrik atau kota"
    assert said in notice.text.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BELITUNG)
