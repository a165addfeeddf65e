"""Held-out 60: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). Both verdicts agree;
one finding did not, and the tool was wrong.

Kota Medan – Ichikawa, a sister city signed in 1989, before any instrument paracheck knows:
the memo said rightly that the steps up to the signing are not asked by rules issued later,
yet REG-017 found a risk in the exploration "not recorded" and told the Bagian Kerja Sama to
record it as a document, the procedure table marking exploration "wajib" between rows "belum
diwajibkan saat penandatanganan". The step, and REG-017, are Permendagri 3/2008's practice
(its day standing in as 1 January 2008), as the letter of intent is: the thesis's account of
how NTB – Zhejiang began is no requirement. Four partnerships of the golden corpus signed
before 2008 carried the same finding.

Kabupaten Gianyar – Yiwu, a new sister city with a county-level city of Zhejiang: "Risiko
sedang" on the narcotics route with a Chinese partner and no BNN, no Mandarin speaker, a
single-year budget; the partner's unrecorded money a note for the agreement stage.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
MEDAN = DATA / "holdout60-medan-ichikawa-2026.yaml"
GIANYAR = DATA / "holdout60-gianyar-yiwu-2026.yaml"


def test_medan_is_judged_on_what_still_runs_not_on_its_1989_steps() -> None:
    assert_verdict_and_grounds(
        MEDAN,
        "medium_risk",
        {"GOV-003", "IMP-005", "IMP-007"},
        {"REG-017", "REG-013", "REG-014", "REG-020", "REG-022", "REG-023", "REG-015", "REG-002"},
        {"REG-042"},
    )


def test_an_exploration_before_the_step_was_regulated_is_not_asked_for() -> None:
    a = assessed(MEDAN)
    check = next(c for c in a.checks if c.rule_id == "REG-017")
    assert check.not_applicable is not None
    assert "Permendagri 3/2008 belum berlaku pada tanggal penandatanganan" in (
        view.status_words(check, "id")
    )
    assert not any("REG-017" in action.rules for action in a.actions)
    row = next(p for p in a.procedure if p.step == "exploration")
    assert not row.required


def test_gianyar_is_a_medium_risk_on_narcotics_language_and_budget() -> None:
    assert_verdict_and_grounds(
        GIANYAR,
        "medium_risk",
        {"TOC-011", "HR-002", "BUD-005", "HR-004", "TOC-013"},
        {"REG-002", "TOC-003", "REG-032", "REG-049"},
        {"REG-042"},
    )


def test_the_partners_unrecorded_money_is_a_note_for_the_agreement_stage() -> None:
    a = assessed(GIANYAR)
    check = next(c for c in a.checks if c.rule_id == "REG-033")
    assert (check.status, check.severity) == ("risk", "info")
    stages = {r.stage for r in check.recommendations}
    assert stages == {"agreement"}


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(MEDAN)
    assert_partner_never_acts(GIANYAR)
