"""Held-out 88: Kabupaten Sambas – Kuching (Sarawak), a border market at the Aruk crossing and
a Malay festival, on a route very prone to narcotics from Malaysia; judged on paper before
paracheck ran on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote, on TOC-003 (goods and people with a partner in Malaysia on a very
narcotics-prone route, BNN not involved; Bea Cukai recorded and said so) and REG-042 (the
border post is the centre's). No worker-moving check fires on a market or a troupe, and the
Malay-speaking officer clears HR-002.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

SAMBAS = Path(__file__).parent / "data" / "holdout88-sambas-kuching-2026.yaml"


def test_sambas_is_high_on_the_narcotics_route_and_the_border_post() -> None:
    assert_verdict_and_grounds(
        SAMBAS,
        "high_risk",
        {"TOC-003", "REG-042", "BUD-005"},
        {"TOC-007", "TOC-014", "TOC-018", "HR-002", "REG-002"},
    )


def test_bnn_is_brought_in_beside_the_customs_already_recorded() -> None:
    said = [act.text.id for act in assessed(SAMBAS).actions if "TOC-003" in act.rules]
    assert any(t.startswith("Bea Cukai sudah tercatat diajak berkoordinasi") for t in said)
    assert any("BNN Kabupaten" in t for t in said)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SAMBAS)
