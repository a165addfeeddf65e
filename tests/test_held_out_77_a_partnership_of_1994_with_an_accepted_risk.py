"""Held-out 77: Kota Surabaya – Busan, a sister city signed in 1994 with no end date, running
well in 2026, the lack of Korean-speaking staff accepted by the Wali Kota until June 2027;
judged on paper before paracheck ran on it (expectations written first, in the session's
notes).

I wrote "Risiko rendah"; paracheck says "Risiko sedang" on REG-002, which I had not seen: Busan
is a metropolitan city, of provincial level in Korea, and Surabaya a kota. The regulation asks
equal status and/or equal territory; the advice asks Kemendagri's view before the MoU is next
changed, which I accept for a partnership that never had to show it. As I wrote: HR-002 is
accepted (shown, not counted), and nothing of Permendagri 3/2008 or 25/2020 is asked of a 1994
signing.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

SURABAYA = Path(__file__).parent / "data" / "holdout77-surabaya-busan-2026.yaml"


def test_surabaya_busan_is_medium_on_busans_provincial_level_only() -> None:
    assert_verdict_and_grounds(
        SURABAYA,
        "medium_risk",
        {"REG-002"},
        {"HR-002", "REG-013", "REG-010", "REG-015", "IMP-007", "GOV-003", "BUD-003"},
        {"REG-042"},
    )
    status = {c.rule_id: c.status for c in assessed(SURABAYA).checks}
    assert status["HR-002"] == "accepted"


def test_the_acceptance_is_said_with_who_and_until_when() -> None:
    said = advice(assessed(SURABAYA), "id")
    # its own sentence (the count of the lesser risks may follow it: REG-054, the city's SMK
    # exchange)
    (accepted,) = [s for s in said if "diterima oleh" in s]
    assert (
        "Satu risiko, yaitu tidak ada staf yang menguasai bahasa kerja mitra (HR-002), diterima "
        "oleh Wali Kota Surabaya sampai 30 Juni 2027"
    ) in accepted


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SURABAYA)
