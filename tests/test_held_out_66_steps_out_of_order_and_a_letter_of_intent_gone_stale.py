"""Held-out 66: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes).

Kota Samarinda – Ville de Nantes, a signed sister city whose steps are dated out of order (the
plan verified before the DPRD approved it, the LoI signed after both): "Risiko sedang" where I
wrote high. Argued and kept: REG-047 and REG-024 are medium in both packs, resting on the
order Permendagri 25/2020 sets (medium-high confidence, a Perda's copy), and the DPRD did
approve the plan the centre then approved. Two defects found and mended: the verification's
row named only the LoI it preceded, not the DPRD approval REG-047 is about; and REG-024 told
the Wali Kota to seek the DPRD's approval again three weeks after the signing, a requirement no
instrument states (now: report the order and ask Kemendagri).

Kabupaten Bantaeng – Dongguan, a proposal whose LoI is fourteen months old with no plan begun:
"Risiko sedang" on GOV-007 and HR-002, as written.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
SAMARINDA = DATA / "holdout66-samarinda-nantes-2026.yaml"
BANTAENG = DATA / "holdout66-bantaeng-dongguan-2026.yaml"


def test_samarinda_is_medium_on_the_steps_out_of_order() -> None:
    assert_verdict_and_grounds(
        SAMARINDA,
        "medium_risk",
        {"REG-024", "REG-047"},
        {"REG-020", "REG-022", "REG-023", "REG-002", "REG-044", "HR-002", "BUD-007"},
        {"REG-042"},
    )
    a = assessed(SAMARINDA)
    issues = {entry.step: entry.issue for entry in a.procedure}
    assert "persetujuan DPRD (10 Agustus 2026)" in issues["verification"].id
    assert "surat pernyataan kehendak (LoI) (1 September 2026)" in issues["verification"].id
    reg024 = next(c for c in a.checks if c.rule_id == "REG-024")
    said = [r.text.id for r in reg024.recommendations]
    assert not [text for text in said if "persetujuan ulang" in text]
    assert any(
        text.startswith("Laporkan kepada Wali Kota, untuk disampaikannya kepada DPRD")
        for text in said
    )


def test_bantaeng_is_medium_on_the_stale_letter_of_intent() -> None:
    assert_verdict_and_grounds(
        BANTAENG,
        "medium_risk",
        {"GOV-007", "HR-002"},
        {"HR-005", "TOC-011", "TOC-012", "TOC-003", "REG-002", "BUD-007"},
        {"REG-042"},
    )
    first = advice(assessed(BANTAENG), "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke penyusunan rencana kerja sama")


def test_the_partner_never_acts() -> None:
    for path in (SAMARINDA, BANTAENG):
        assert_partner_never_acts(path)
