"""Held-out 83: Kota Batam – Enterprise Singapore, a technical cooperation with a statutory
board (an institution, KSDLL); judged on paper before paracheck ran on it (expectations written
first, in the session's notes).

"Risiko rendah", as I wrote. Written to see that held-out 72's change (every level in
Singapore is its national government) does not reach an institution: REG-002 is not applicable
to a KSDLL, and nothing asks for a regional government.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BATAM = Path(__file__).parent / "data" / "holdout83-batam-enterprisesg-2026.yaml"


def test_batam_enterprise_singapore_is_low_and_asks_no_equal_level() -> None:
    assert_verdict_and_grounds(
        BATAM, "low_risk", set(), {"REG-002", "REG-049", "TOC-003", "TOC-011"}, {"REG-042"}
    )
    status = {c.rule_id: c.status for c in assessed(BATAM).checks}
    assert status["REG-002"] != "risk"
    memo = paracheck.render(assessed(BATAM), "text", "id")
    assert "tidak mempunyai pemerintah daerah" not in memo
    assert not any("REG-002" in act.rules for act in assessed(BATAM).actions)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BATAM)
