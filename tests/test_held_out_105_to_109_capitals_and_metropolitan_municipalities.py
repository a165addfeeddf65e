"""Held-out 105–109, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): partners whose name reads like an ordinary city but
whose government is first-level, and one partnership decaying after its MoU.

- 105 Kota Bandung – Bursa Büyükşehir Belediyesi: since the 2014 local elections Bursa's
  metropolitan municipality covers its whole province (as Istanbul's, Ankara's and Izmir's do):
  first-level, unequal with a kota. It was read as a city and REG-002 ticked.
- 106 Provinsi DKI Jakarta – Ciudad de México: a federal entity, equal to a province. It was
  read as a city and REG-002 flagged a false unequal level. REG-032 stays (a province writing
  the form "sister city"), as at held-out 100.
- 107 Kota Yogyakarta – Stadt Wien: a municipality and a Land at once; REG-002 was ticked.
- 108 Provinsi Jawa Tengah – Hlavní město Praha: a region (kraj) and a city; REG-002 flagged.
- 109 Provinsi Sumatera Barat – Kerala: two of three sectors stalled, no dedicated officer,
  the budget cut and unspent, the joint committee silent since 2024, the MoU ending in March
  2027: high, as written, with the evaluation before the MoU ends leading the advice.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BURSA = DATA / "holdout105-bandung-bursa-2026.yaml"
CDMX = DATA / "holdout106-jakarta-cdmx-2026.yaml"
WIEN = DATA / "holdout107-yogyakarta-wien-2026.yaml"
PRAHA = DATA / "holdout108-jateng-praha-2026.yaml"
KERALA = DATA / "holdout109-sumbar-kerala-2026.yaml"
ALL = (BURSA, CDMX, WIEN, PRAHA, KERALA)


def test_a_kota_with_a_turkish_metropolitan_municipality_is_unequal_in_level() -> None:
    assert_verdict_and_grounds(
        BURSA, "medium_risk", {"REG-002", "HR-002"}, {"REG-032", "BUD-001", "TOC-007"}, {"REG-042"}
    )


def test_the_memo_says_why_bursa_ranks_with_a_province() -> None:
    memo = paracheck.render(assessed(BURSA), "text", "id")
    said = " ".join(memo.split("Nama mitra luar negeri: Bursa", 1)[1].split()[:40])
    assert "Bursa (Turki) setingkat provinsi" in said
    assert "meliputi seluruh wilayah provinsi sejak pemilihan lokal 2014" in said


def test_mexico_city_ranks_with_jakarta_and_only_the_form_is_a_risk() -> None:
    assert_verdict_and_grounds(CDMX, "medium_risk", {"REG-032"}, {"REG-002", "HR-002"})


def test_a_kota_with_vienna_is_unequal_in_level() -> None:
    assert_verdict_and_grounds(WIEN, "medium_risk", {"REG-002"}, {"HR-002", "REG-032"})


def test_a_province_with_prague_is_equal_in_level() -> None:
    assert_verdict_and_grounds(PRAHA, "medium_risk", {"HR-002"}, {"REG-002", "REG-032"})


def test_a_decaying_partnership_is_high_on_its_staff_and_its_stalled_sectors() -> None:
    assert_verdict_and_grounds(
        KERALA,
        "high_risk",
        {"HR-001", "IMP-006", "IMP-004", "GOV-021", "BUD-003"},
        {"REG-002", "REG-051"},
    )
    a = assessed(KERALA)
    assert [n.code for n in a.notices] == ["mou_expiring"]
    saran = paracheck.render(a, "text", "id").split("\nSARAN\n", 1)[1]
    assert saran.lstrip().startswith("1. Masa berlaku MoU berakhir pada 14 Maret 2027")


def test_the_partner_never_acts() -> None:
    for path in ALL:
        assert_partner_never_acts(path)
