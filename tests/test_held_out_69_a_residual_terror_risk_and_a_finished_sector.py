"""Held-out 69: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes).

Kabupaten Poso – City of Kidapawan, a youth exchange and cocoa in two areas very prone to
terrorism, with BNPT and Polri coordinating: "Risiko rendah" on TOC-006's residual risk, where
I wrote medium. Argued and kept: the pack rates that residual low (likelihood 1) because the
coordination the thesis asks for is in place; what remains is the area's state, which
Kesbangpol answers with a security plan for each public event.

Kota Pekalongan – Commune de Tlemcen, healthy, one sector's programmes all finished:
"Risiko rendah" with IMP-012 as a note, as written; Algeria's tier on the generic mapping,
said beside REG-002's tick. The Saran called the note "temuan informasi" while the checklist
said "Catatan" (mended: "satu catatan").
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
POSO = DATA / "holdout69-poso-kidapawan-2026.yaml"
PEKALONGAN = DATA / "holdout69-pekalongan-tlemcen-2026.yaml"


def test_poso_is_low_on_the_residual_risk_of_a_very_prone_area() -> None:
    assert_verdict_and_grounds(
        POSO,
        "low_risk",
        {"TOC-006"},
        {"TOC-005", "TOC-013", "TOC-015", "TOC-016", "REG-030", "REG-002", "HR-002"},
        {"REG-042"},
    )
    a = assessed(POSO)
    assert view.status_words(next(c for c in a.checks if c.rule_id == "REG-002"), "id") == (
        "Tidak ada temuan"
    )
    plan = [
        (str(act["who"]), str(act["text"])) for _, acts in view.action_plan(a, "id") for act in acts
    ]
    assert plan and all(who.startswith("Badan Kesbangpol (bersama Polres)") for who, _ in plan)


def test_pekalongan_is_low_with_a_finished_sector_as_a_note() -> None:
    assert_verdict_and_grounds(
        PEKALONGAN, "low_risk", set(), {"IMP-005", "IMP-006", "REG-002", "HR-002"}, {"REG-042"}
    )
    a = assessed(PEKALONGAN)
    imp012 = next(c for c in a.checks if c.rule_id == "IMP-012")
    assert (imp012.status, imp012.severity) == ("risk", "info")
    saran = advice(a, "id")
    assert saran[0].startswith("Kerja sama dapat dilanjutkan; satu catatan, yaitu sektor yang")
    assert "temuan informasi" not in " ".join(saran)
    assert "catatan tersebut" in saran[1]
    reg002 = next(c for c in a.checks if c.rule_id == "REG-002")
    assert "pemetaan umum" in view.status_words(reg002, "id")


def test_the_partner_never_acts() -> None:
    for path in (POSO, PEKALONGAN):
        assert_partner_never_acts(path)
