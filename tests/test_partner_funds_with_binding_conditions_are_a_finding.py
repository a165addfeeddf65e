"""Partner funds with binding conditions are a finding of their own (REG-055; trial 340 H1).

Written down before the change, with the reasoning: Kota Palembang's proposal with Chongqing
(trial 340, file 2; held-out 341) funds a waste-to-energy plant with a foreign bank's loan
repaid over twenty years, and records the partner's funds as "not recorded" — the only field
it had. The memo read "Risiko sedang": the loan was REG-033's note (severity info), whose one
field stands for funds merely unrecorded too, and its action came after the DPRD's vote. The
sources (REGULATION.md: PP 28/2018 reportedly allows funding from "other lawful non-binding
sources", low-medium; Permendagri 3/2008's practice summary: no burden on state finances, no
dependency, medium) make binding conditions a risk to settle before the plan the DPRD approves.

Expected:
- ``budget.partner_funds_binding: true`` beside partner funds: REG-055 is a scored risk
  (medium), a condition of going to the DPRD, its action with the cooperation unit and BPKAD
  at the planning stage; the brief says the funds carry binding conditions;
- ``partner_funds_recorded: true`` (recorded with no binding conditions) answers it: clear,
  not asked; binding conditions beside it are refused as a contradiction, with the file's line;
- partner funds with neither answer: the check is open and asks whether they bind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.errors import InputError

PALEMBANG = Path(__file__).parent / "data" / "holdout341-palembang-chongqing-loan-2025.yaml"


def _reg055(a: paracheck.Assessment) -> paracheck.Check:
    return next(c for c in a.checks if c.rule_id == "REG-055")


def _budget(**fields) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2025-02-10",
        "stage": "proposal",
        "budget": {"other_sources": ["partner"], **fields},
    }


def test_a_loan_from_the_partner_is_a_medium_risk_settled_before_the_dprd():
    a = paracheck.assess(paracheck.load_proposal(PALEMBANG))
    check = _reg055(a)
    assert check.status == "risk" and check.severity == "medium"
    (action,) = check.recommendations
    assert action.stage == "planning" and action.owner == "Bagian Kerja Sama"  # a city's
    assert action.counterpart == "BPKAD"
    memo = " ".join(paracheck.render(a, "text", "id").split())
    top = memo.split("RISIKO UTAMA")[0]
    assert "dana mitra dengan syarat yang mengikat (REG-055)" in top
    assert "Usulan dapat diteruskan ke persetujuan DPRD setelah" in top
    assert (
        "dana mitra (belum tercatat dalam dokumen anggaran dan naskah kerja sama, disertai "
        "syarat yang mengikat)"
    ) in memo


@pytest.mark.parametrize("lang", ["id", "en"])
def test_its_reason_is_reported_and_cites_the_instrument_in_force(lang):
    check = _reg055(paracheck.assess(paracheck.load_proposal(PALEMBANG)))
    assert {"id": "Menurut sumber sekunder, PP 28/2018", "en": "PP 28/2018 reportedly"}[
        lang
    ] in check.why.get(lang)
    assert [s.ref for s in check.sources] == ["PP 28/2018"]


def test_recorded_with_no_binding_conditions_answers_it():
    check = _reg055(paracheck.assess(_budget(partner_funds_recorded=True)))
    assert check.status == "clear" and check.missing == []
    said = {e.path: e.value for e in check.evidence}
    assert said["budget.partner_funds_binding"] is False


def test_unanswered_it_is_open_and_asks_whether_they_bind():
    check = _reg055(paracheck.assess(_budget(partner_funds_recorded=False)))
    assert check.status == "unknown"
    assert check.missing == ["budget.partner_funds_binding"]


def test_binding_beside_recorded_free_of_conditions_is_refused_at_its_line():
    text = (
        "schema: paracheck/proposal/v1\ntitle: t\ndate: 2025-02-10\nstage: proposal\n"
        "budget:\n  other_sources: [partner]\n  partner_funds_recorded: true\n"
        "  partner_funds_binding: true\n"
    )
    with pytest.raises(InputError) as caught:
        paracheck.load_proposal_text(text, source="p.yaml")
    said = str(caught.value)
    assert "p.yaml:8" in said
    assert "partner_funds_binding" in said or "syarat yang mengikat" in said


def test_binding_beside_sources_without_the_partner_is_refused():
    """Attack 350 M1: with other_sources [apbn] the loan vanished from every output."""
    text = (
        "schema: paracheck/proposal/v1\ntitle: t\ndate: 2025-02-10\nstage: proposal\n"
        "budget:\n  other_sources: [apbn]\n  partner_funds_binding: true\n"
    )
    with pytest.raises(InputError) as caught:
        paracheck.load_proposal_text(text, source="p.yaml")
    assert "p.yaml:7" in str(caught.value)


def test_binding_conditions_answer_whether_the_funds_are_recorded_with_none():
    """Attack 350 M2: REG-033 asked whether the funds were recorded "with no binding
    conditions", a question whose only answer the loader takes is "no"."""
    a = paracheck.assess(_budget(partner_funds_binding=True))
    reg033 = next(c for c in a.checks if c.rule_id == "REG-033")
    assert reg033.status == "risk"
    said = {e.path: e.value for e in reg033.evidence}
    assert said["budget.partner_funds_recorded"] is False
    assert _reg055(a).status == "risk"


def test_a_signed_mou_settles_the_conditions_before_its_programmes_go_on():
    """Attack 350 M3: "before the plan goes to the DPRD" beside an MoU in force."""
    signed = {**_budget(partner_funds_binding=True), "stage": "active"}
    (action,) = _reg055(paracheck.assess(signed)).recommendations
    assert action.stage == "implementation"
    assert "DPRD" not in action.text.id
    assert "sebelum program yang bergantung pada dana itu dilanjutkan" in action.text.id
