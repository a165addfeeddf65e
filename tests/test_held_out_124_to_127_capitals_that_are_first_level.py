"""Held-out 124–127, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): capitals that are first-level units of their own,
written by an officer as cities, and one control.

- 124 Kota Jayapura – National Capital District (Port Moresby): one of Papua New Guinea's 22
  province-level divisions; a kota with it is unequal (REG-002). Was: equal.
- 125 Provinsi Jawa Timur – Intendencia de Montevideo: Montevideo is one of Uruguay's 19
  departments; equal with a province. Was: unequal.
- 126 Kota Surabaya – Addis Ababa City Administration: the federal capital, accountable to the
  federal government (Constitution Art. 49); a kota with it is unequal. Was: equal.
- 127 Kota Pontianak – Bandar Seri Begawan Municipal Department: a municipal administration,
  equal with a kota; low, as written (the control).
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
PORT_MORESBY = DATA / "holdout124-jayapura-portmoresby-2026.yaml"
MONTEVIDEO = DATA / "holdout125-jatim-montevideo-2026.yaml"
ADDIS_ABABA = DATA / "holdout126-surabaya-addisababa-2026.yaml"
BANDAR_SERI_BEGAWAN = DATA / "holdout127-pontianak-bandarseribegawan-2026.yaml"


def test_port_moresbys_capital_district_is_unequal_with_a_kota() -> None:
    assert_verdict_and_grounds(PORT_MORESBY, "medium_risk", {"REG-002"}, {"TOC-011"})
    memo = " ".join(paracheck.render(assessed(PORT_MORESBY), "text", "id").split())
    assert "National Capital District (Papua Nugini) setingkat provinsi" in memo
    assert "Tanah Papua berotonomi khusus" in memo


def test_montevideo_a_department_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(MONTEVIDEO, "low_risk", set(), {"REG-002"})


def test_addis_ababa_is_unequal_with_a_kota() -> None:
    assert_verdict_and_grounds(ADDIS_ABABA, "medium_risk", {"REG-002"}, set())
    memo = " ".join(paracheck.render(assessed(ADDIS_ABABA), "text", "id").split())
    assert "Pasal 49 Konstitusi Etiopia" in memo


def test_bandar_seri_begawans_municipal_department_ranks_with_a_kota() -> None:
    assert_verdict_and_grounds(BANDAR_SERI_BEGAWAN, "low_risk", set(), {"REG-002"})


def test_the_partner_never_acts() -> None:
    for path in (PORT_MORESBY, MONTEVIDEO, ADDIS_ABABA, BANDAR_SERI_BEGAWAN):
        assert_partner_never_acts(path)
