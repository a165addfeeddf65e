"""Held-out 95: Provinsi Jawa Timur – Guangdong, assessed in September 2012, a year after its
MoU, with the agriculture sector still without an office; judged on paper before paracheck ran
on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote, on IMP-001, with IMP-011 and HR-002 beside it; and in the terms
of 2012: "SKPD", not "Perangkat Daerah" (UU 23/2014 came in 2014), nothing cited of UU 23/2014
or Permendagri 25/2020, and PP 28/2018 and UU 23/2014 named only as not yet in force (REG-054,
the SMA/SMK check dated by UU 23/2014's annex, "Tidak berlaku: menurut sumber sekunder, UU
23/2014 belum berlaku pada tanggal penilaian").
"""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

JATIM = Path(__file__).parent / "data" / "holdout95-jatim-guangdong-2012.yaml"


def test_jatim_2012_is_high_on_the_sector_without_an_office() -> None:
    assert_verdict_and_grounds(
        JATIM,
        "high_risk",
        {"IMP-001", "IMP-011", "HR-002"},
        {"REG-010", "REG-011", "REG-015", "REG-012", "GOV-021"},
        {"REG-042"},
    )


def test_the_memo_speaks_the_terms_of_2012() -> None:
    memo = paracheck.render(assessed(JATIM), "text", "id")
    assert "SKPD pengampu" in memo and "Perangkat Daerah" not in memo
    assert not re.search(r"25/2020", memo)
    flat = " ".join(memo.split())
    assert not re.search(r"23/2014", flat.replace("UU 23/2014 belum berlaku", ""))
    assert all("belum berlaku" in line for line in memo.splitlines() if "28/2018" in line)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(JATIM)
