"""Held-out 63: a partnership written by the lead and judged on paper before paracheck ran on
it (expectations and reasons written first, in the session's notes). The verdict agrees; one
sentence did not read as it should.

Kota Yogyakarta – Besançon, evaluated four days before the MoU ends: "Risiko rendah", the
Saran opening with the Wali Kota's decision on the evaluation reported in June, the missing
French speaker accepted by the Wali Kota until mid-2027. The Saran said the acceptance as
"Risiko HR-002 diterima oleh Wali Kota …": a code a council member cannot read. It now names
the risk in words with its code, as every other Saran sentence does.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

YOGYAKARTA = Path(__file__).parent / "data" / "holdout63-yogyakarta-besancon-2026.yaml"


def test_the_verdict_and_its_grounds_are_those_expected_before_running() -> None:
    assert_verdict_and_grounds(
        YOGYAKARTA, "low_risk", set(), {"HR-002", "REG-026", "IMP-013", "REG-051"}, {"REG-042"}
    )
    checks = {c.rule_id: c for c in assessed(YOGYAKARTA).checks}
    assert checks["HR-002"].status == "accepted"


def test_the_decision_on_the_evaluation_comes_first() -> None:
    first = advice(assessed(YOGYAKARTA), "id")[0]
    assert first.startswith("Masa berlaku MoU berakhir pada 5 Desember 2026 (4 hari lagi)")
    assert (
        "hasil evaluasi kerja sama berdasarkan laporan yang disampaikan pada 15 Juni 2026" in first
    )


def test_the_accepted_risk_is_named_in_words_with_its_code() -> None:
    a = assessed(YOGYAKARTA)
    said = [s for s in advice(a, "id") if "diterima oleh" in s]
    assert said == [
        "Satu risiko, yaitu tidak ada staf yang menguasai bahasa kerja mitra (HR-002), "
        "diterima oleh Wali Kota Yogyakarta sampai 30 Juni 2027; penerimaannya ditinjau "
        "kembali sebelum tanggal itu."
    ]
    english = [s for s in advice(a, "en") if "accepted by" in s]
    assert english[0].startswith(
        "One risk, namely nobody on the staff speaks the partner's working language (HR-002), "
        "was accepted by Wali Kota Yogyakarta"
    )


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(YOGYAKARTA)
