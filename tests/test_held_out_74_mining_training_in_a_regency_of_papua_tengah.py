"""Held-out 74: Kabupaten Mimika – Shire of Ashburton (Western Australia), mine-safety training
and mining scholarships in a regency of Papua Tengah where armed groups are active; judged on
paper before paracheck ran on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote, on REG-043 (mining permits and areas are the centre's since UU
3/2020, reported): the advice limits the mining sector to what the regency may do and consults
the ESDM ministry. The terrorism exposure with BNPT and Polri involved leaves the residual
TOC-006 (low), not TOC-005; the special autonomy of Tanah Papua is put first in the Saran.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

MIMIKA = Path(__file__).parent / "data" / "holdout74-mimika-ashburton-2026.yaml"


def test_mimika_is_high_on_the_mining_permits() -> None:
    assert_verdict_and_grounds(
        MIMIKA,
        "high_risk",
        {"REG-043", "TOC-006", "HR-004"},
        {"TOC-005", "REG-030", "REG-002", "BUD-001", "TOC-016"},
        {"REG-042"},
    )


def test_the_mining_sector_is_kept_to_the_regencys_own_affairs() -> None:
    a = assessed(MIMIKA)
    (action,) = [act for act in a.actions if "REG-043" in act.rules]
    assert "Kementerian ESDM" in action.text.id and "kewenangan daerah" in action.text.id


def test_the_saran_checks_the_special_autonomy_first() -> None:
    said = advice(assessed(MIMIKA), "id")
    assert "otonomi khusus" in said[0]
    assert "(REG-043)" in said[1]


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(MIMIKA)
