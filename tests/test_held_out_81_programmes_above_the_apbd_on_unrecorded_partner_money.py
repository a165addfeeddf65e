"""Held-out 81: Kabupaten Jember – Shouguang, greenhouses worth Rp800 juta against Rp300 juta
of APBD, the rest promised by the partner and not recorded; judged on paper before paracheck
ran on it (expectations written first, in the session's notes).

"Risiko sedang", as I wrote: BUD-007 (programmes above the APBD, the difference not recorded
from another source), HR-002 (no Mandarin), BUD-005 (one-year money for two programmes), and
REG-033 as a note (partner money not recorded). The Saran holds the DPRD's approval until the
plan, still being drawn up, deals with the unfunded part. What the file cannot say: that the
partner's money is tied to buying from its own suppliers (REG-033's "mengikat"); the advice
still asks for it to be written without binding conditions.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

JEMBER = Path(__file__).parent / "data" / "holdout81-jember-shouguang-2026.yaml"


def test_jember_is_medium_on_the_unfunded_programmes() -> None:
    assert_verdict_and_grounds(
        JEMBER,
        "medium_risk",
        {"BUD-007", "HR-002", "BUD-005", "REG-033"},
        {"BUD-001", "TOC-003", "TOC-011", "REG-002"},
        {"REG-042"},
    )


def test_the_dprd_waits_for_the_plan_to_fund_the_programmes() -> None:
    first = advice(assessed(JEMBER), "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke persetujuan DPRD setelah penyusunan")
    assert "(BUD-007)" in first


def test_the_partner_money_is_to_be_written_without_binding_conditions() -> None:
    a = assessed(JEMBER)
    texts = [act.text.id for act in a.actions if "REG-033" in act.rules]
    assert "Cantumkan dana mitra dalam naskah kerja sama, tanpa syarat yang mengikat." in texts


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(JEMBER)
