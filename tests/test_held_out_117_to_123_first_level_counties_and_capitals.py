"""Held-out 117–123, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes). Six test the partner's tier in countries the tier data
did not list; the seventh a partnership years after signing.

- 117 Provinsi DKI Jakarta – Kyiv: Kyiv is a city with special status, a first-level unit
  (Constitution of Ukraine, Art. 133): equal with a province. Was: unequal (REG-002).
- 118 Provinsi Maluku – Nordland fylkeskommune, 119 Kabupaten Sumedang – Province de
  Chefchaouen, 120 Provinsi Sulawesi Utara – Județul Constanța, 122 Provinsi Riau – Västra
  Götaland County: Norway's, Romania's and Sweden's counties are their first level, Morocco's
  provinces its second. Each was read the other way by the generic mapping (REG-002).
- 121 Kota Bogor – Bogotá, Distrito Capital: the capital district ranks with the departments;
  a kota with it is unequal. Was: equal.
- 123 Kota Bima – Yiwu, six years on, MoU expired: high (no APBD, no staff, a sector with only
  a cancelled programme, not in the RPJMD), the decision to renew or end asked of the Wali Kota.

Where paracheck says more than my notes, it reads my own files: each declares the partner's
own language while the staff speak English (HR-002: the form asks in which language the
partner's government works with the region, and I answered with the country's language), and
117, 119 and 120 declare no transfer of knowledge (REG-041). 117's REG-032 (a province writing
"Sister City") is argued as at held-out 100.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
KYIV = DATA / "holdout117-jakarta-kyiv-2026.yaml"
NORDLAND = DATA / "holdout118-maluku-nordland-2026.yaml"
CHEFCHAOUEN = DATA / "holdout119-sumedang-chefchaouen-2026.yaml"
CONSTANTA = DATA / "holdout120-sulut-constanta-2026.yaml"
BOGOTA = DATA / "holdout121-bogor-bogota-2026.yaml"
VASTRA_GOTALAND = DATA / "holdout122-riau-vastragotaland-2026.yaml"
YIWU = DATA / "holdout123-bima-yiwu-evaluation-2026.yaml"


def test_kyiv_a_city_with_special_status_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(KYIV, "medium_risk", {"HR-002", "REG-032", "REG-041"}, {"REG-002"})


def test_a_norwegian_county_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(NORDLAND, "medium_risk", {"HR-002", "TOC-002"}, {"REG-002"})


def test_a_moroccan_province_ranks_with_a_kabupaten() -> None:
    assert_verdict_and_grounds(CHEFCHAOUEN, "medium_risk", {"HR-002", "REG-041"}, {"REG-002"})


def test_a_romanian_county_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(CONSTANTA, "medium_risk", {"HR-002", "REG-041"}, {"REG-002"})


def test_a_swedish_county_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(VASTRA_GOTALAND, "medium_risk", {"HR-002"}, {"REG-002"})


def test_bogota_capital_district_is_unequal_with_a_kota_and_the_memo_says_why() -> None:
    assert_verdict_and_grounds(BOGOTA, "medium_risk", {"REG-002"}, {"HR-002", "REG-041"})
    memo = " ".join(paracheck.render(assessed(BOGOTA), "text", "id").split())  # unwrapped
    assert "Bogotá (Kolombia) setingkat provinsi" in memo
    assert "setingkat dengan departemen" in memo


def test_a_partnership_quiet_since_its_mou_expired_is_high_and_asks_for_a_decision() -> None:
    assert_verdict_and_grounds(
        YIWU,
        "high_risk",
        {"BUD-001", "HR-001", "IMP-002", "REG-006", "IMP-004", "GOV-021", "REG-026"},
        {"REG-002", "TOC-003"},
        {"REG-019"},
    )
    memo = " ".join(paracheck.render(assessed(YIWU), "text", "id").split())  # unwrapped
    first_screen = memo.split("RISIKO UTAMA", 1)[0]
    assert "Masa berlaku MoU telah berakhir (17 Februari 2025)" in first_screen
    assert "mengakhiri kerja sama secara resmi" in first_screen


def test_the_partner_never_acts() -> None:
    for path in (KYIV, NORDLAND, CHEFCHAOUEN, CONSTANTA, BOGOTA, VASTRA_GOTALAND, YIWU):
        assert_partner_never_acts(path)
