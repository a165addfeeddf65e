"""Held-out 78: Kota Administrasi Jakarta Selatan – Seocho-gu (Seoul), a sister city proposal;
judged on paper before paracheck ran on it (expectations written first, in the session's
notes).

I expected paracheck not to know that Jakarta's administrative cities are not autonomous
regions, and it did not: "Risiko rendah … dapat diteruskan", "Akan diajukan untuk persetujuan
DPRD" of a city with no DPRD. The verdict stays low (no rule finds a risk in the plan itself),
but the first screen now says the city is not an autonomous region and the Saran's first item
has the proposal brought to the provincial government, which proposes and signs it.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

JAKSEL = Path(__file__).parent / "data" / "holdout78-jaksel-seocho-2026.yaml"


def test_jakarta_selatan_is_low_with_the_province_put_first() -> None:
    assert_verdict_and_grounds(JAKSEL, "low_risk", set(), {"REG-002", "HR-002"}, {"REG-042"})
    said = advice(assessed(JAKSEL), "id")
    assert said[0].startswith("Bagian Kerja Sama ditugaskan lebih dulu menyampaikan usulan ini")
    assert said[1].startswith("Usulan dapat diteruskan")


def test_the_first_screen_says_the_city_is_not_an_autonomous_region() -> None:
    memo = " ".join(paracheck.render(assessed(JAKSEL), "text", "id").split())
    first_screen = memo.split("RISIKO UTAMA")[0]
    assert "kota administrasi dan kabupaten administrasi bukan daerah otonom" in first_screen


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(JAKSEL)


def test_the_first_screen_says_the_province_first_with_the_decision() -> None:
    """Review 340 H2: "Saran (butir 2 dan 3): Usulan dapat diteruskan ke … LoI" for a city
    that cannot sign one; the step the decision rests on is said with it."""
    memo = " ".join(paracheck.render(assessed(JAKSEL), "text", "id").split())
    first_screen = memo.split("RISIKO UTAMA")[0]
    assert (
        "Saran (butir 1, 2, dan 3): Bagian Kerja Sama ditugaskan lebih dulu menyampaikan usulan "
        "ini kepada Pemerintah Provinsi"
    ) in first_screen
