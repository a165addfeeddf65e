"""Held-out 156–157, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): a city's proposal with a Palestinian municipality,
and a partnership stalling two and a half years after its MoU. Both agreed.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import (
    assert_partner_never_acts,
    assert_verdict_and_grounds,
    check,
    memo,
)

DATA = Path(__file__).parent / "data"
TASIKMALAYA = DATA / "holdout156-tasikmalaya-hebron-2026.yaml"
PALANGKA_RAYA = DATA / "holdout157-palangkaraya-gimcheon-2026.yaml"


def test_a_palestinian_partner_clears_relations_on_the_reference_data_and_is_low() -> None:
    assert_verdict_and_grounds(
        TASIKMALAYA, "low_risk", set(), {"REG-001", "REG-002", "HR-002", "TOC-016"}
    )
    said = memo(TASIKMALAYA)
    # relations rest on the reference data, and the office is told to confirm them
    assert "REG-001 Indonesia memiliki hubungan diplomatik" in said
    assert "menurut data rujukan paracheck; pastikan kepada Kemlu" in said


def test_two_of_three_sectors_idle_two_years_after_the_mou_is_high() -> None:
    assert_verdict_and_grounds(
        PALANGKA_RAYA,
        "high_risk",
        {"IMP-006", "IMP-004", "IMP-005", "GOV-021"},
        {"IMP-011", "IMP-013", "TOC-011", "GOV-006"},
    )
    # the culture sector that never started is IMP-006's, not counted again by IMP-011
    late = check(PALANGKA_RAYA, "IMP-011")
    assert late.covered_by == "IMP-006"


def test_the_stalled_exchange_is_the_education_agencys_to_reschedule_or_cancel() -> None:
    said = memo(PALANGKA_RAYA)
    assert (
        "Dinas Pendidikan Kota Palangka Raya (bersama mitra): Jadwalkan ulang program ini" in said
    )


def test_the_partner_never_acts() -> None:
    for path in (TASIKMALAYA, PALANGKA_RAYA):
        assert_partner_never_acts(path)
