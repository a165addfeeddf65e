"""A finding that stops applying only because the stage changed says so in the comparison, as
a finding cleared by a cancelled programme does: the finding went with the stage, it was not
dealt with.

Practitioner trial 32 M2: Bitung – Qinzhou, mou_signed (2021) → active (2022). BUD-007 (the
programmes' budgets above the APBD allocation, the rest not recorded) is judged only before
the programmes run; the partner's funds were still unrecorded in 2022, yet the comparison
said only "Risiko (skor 12) → Tidak berlaku".
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.facts import labels
from paracheck.report import view

DATA = Path(__file__).parent / "data"
OLD, NEW = "trial32-bitung-qinzhou-2021.yaml", "trial32-bitung-qinzhou-2022.yaml"


def _compare(old_name: str, new_name: str):
    proposals = tuple(paracheck.load_proposal(DATA / n) for n in (old_name, new_name))
    assessments = tuple(paracheck.assess(p, as_of=p.date) for p in proposals)
    return paracheck.diff(*assessments, proposals), proposals


def _rows(comparison, lang: str = "id") -> dict[str, view.DiffRow]:
    shown = paracheck.diff_view(comparison, lang)
    return {row.rule: row for group in shown.groups for row in group.rows}


def test_a_risk_that_stopped_applying_with_the_stage_says_it_was_not_dealt_with():
    comparison, proposals = _compare(OLD, NEW)
    change = next(c for c in comparison.status_changed if c.rule_id == "BUD-007")
    assert change.old_status == "risk" and change.new_not_applicable and change.by_stage
    stage = labels.value_label("stage", proposals[1].stage, "id")
    (said,) = [line for line in _rows(comparison)["BUD-007"].detail if "tahap" in line]
    assert f"tahap kerja sama berubah menjadi {stage}" in said
    assert "bukan karena temuannya ditangani" in said
    text = " ".join(paracheck.render_diff(comparison, "text", lang="en").split())
    assert "not because the finding was dealt with" in text


def test_only_checks_whose_condition_reads_the_stage_carry_it():
    comparison, _ = _compare(OLD, NEW)
    flagged = {
        c.rule_id
        for group in (comparison.status_changed, comparison.became_risk, comparison.cleared)
        for c in group
        if c.by_stage
    }
    assert "BUD-007" in flagged
    # a check that stopped applying for another reason than the stage carries no such line
    # (TOC-011: its finding held by TOC-003 before, BNN now recorded)
    rows = _rows(comparison)
    for rule, row in rows.items():
        if rule not in flagged:
            assert not any("tahap kerja sama berubah" in line for line in row.detail), rule


def test_a_check_that_began_to_apply_with_the_stage_says_why():
    comparison, proposals = _compare(NEW, OLD)  # the stage goes back: active → mou_signed
    change = next(c for c in comparison.became_risk if c.rule_id == "BUD-007")
    assert change.by_stage and change.old_not_applicable
    stage = labels.value_label("stage", proposals[1].stage, "id")
    detail = _rows(comparison)["BUD-007"].detail
    assert f"Berlaku karena tahap kerja sama berubah menjadi {stage}." in detail
