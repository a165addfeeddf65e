"""Held-out 129: Provinsi Kepulauan Riau – Hong Kong SAR Government, a sister province for
logistics and tourism, the partner written with its own ISO code (HK) and the level "city".

Expected, written before the file (and after a probe of the library showed the defect): equal
with a province, since the HKSAR is a provincial-level unit of China; REG-001 clear, naming Hong
Kong a territory under China's sovereignty; low. Before: with the code HK the generic mapping
ranked the "city" second-level (REG-002 unequal), although CN's exceptions ranked Hong Kong
with a province when written under CN.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

HONG_KONG = Path(__file__).parent / "data" / "holdout129-kepri-hongkong-2026.yaml"


def test_hong_kong_written_with_its_own_code_ranks_with_a_province() -> None:
    assert_verdict_and_grounds(HONG_KONG, "low_risk", set(), {"REG-001", "REG-002", "REG-032"})
    a = assessed(HONG_KONG)
    reg002 = next(c for c in a.checks if c.rule_id == "REG-002")
    (level,) = [e for e in reg002.evidence if e.path == "partner.level"]
    assert level.note is not None and "Pemerintah Daerah Administratif Khusus Hong Kong" in (
        level.note.id
    )
    reg001 = next(c for c in a.checks if c.rule_id == "REG-001")
    (country,) = [e for e in reg001.evidence if e.path == "partner.country"]
    assert country.note is not None
    assert "wilayah di bawah kedaulatan Tiongkok (RRT)" in country.note.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(HONG_KONG)
