"""Once the MoU is signed, the funding advice goes where the programmes are carried out, not
back into the cooperation plan the DPRD approved or the MoU's text (Kabag trial 470 H3: a
Karanganyar – Tsuruoka MoU six months past its signing was told "Tuliskan dalam rencana kerja
sama … agar rencana yang disetujui memuat pembiayaannya" (BUD-007) and "Cantumkan dana mitra
dalam naskah kerja sama" (REG-033), which would reopen the procedure). A proposal keeps its
plan and its agreement text as the place."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

PACKS = {"pp28-2018": "2023-03-01", "permendagri-3-2008": "2016-03-01"}


def _proposal(pack: str, stage: str, sources: list[str], **budget: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": PACKS[pack],
        "stage": stage,
        "budget": {"apbd_allocation_idr": 100_000_000, "other_sources": sources, **budget},
        "sectors": [
            {
                "name": "fisheries",
                "programs": [
                    {"name": "Gudang beku", "status": "planned", "budget_idr": 300_000_000}
                ],
            }
        ],
    }
    if stage != "proposal":
        data["procedure"] = [{"step": "signing", "status": "done", "date": PACKS[pack]}]
    return data


def _said(data: dict[str, Any], pack: str, rule: str) -> list[str]:
    check = {c.rule_id: c for c in paracheck.assess(data, pack=pack).checks}[rule]
    assert check.status == "risk", (rule, check.status)
    return [r.text.id for r in check.recommendations]


@pytest.mark.parametrize("pack", PACKS)
def test_a_signed_mou_puts_each_programmes_funding_in_its_pks(pack):
    # both rules judge programmes not yet running: a running partnership's unrecorded
    # partner funds are REG-056's, its budget gaps BUD-008's
    stage = "mou_signed"
    partner = {"partner_funds_recorded": False}
    said = _said(_proposal(pack, stage, ["partner", "apbn"], **partner), pack, "BUD-007")
    said += _said(_proposal(pack, stage, ["partner"], **partner), pack, "REG-033")
    text = " ".join(said)
    assert "rencana kerja sama" not in text and "naskah kerja sama" not in text, said
    assert "Tuangkan, untuk setiap program, jumlah dana" in text
    assert "sesuaikan program yang bergantung padanya dalam perjanjian kerja sama (PKS)" in text
    assert "Cantumkan dana mitra dalam perjanjian kerja sama (PKS) atau rencana aksi" in text


@pytest.mark.parametrize("pack", PACKS)
def test_binding_partner_funds_of_a_signed_mou_go_into_the_pks_once_kemendagri_has_spoken(pack):
    data = _proposal(
        pack, "mou_signed", ["partner"], partner_funds_recorded=False, partner_funds_binding=True
    )
    said = " ".join(_said(data, pack, "REG-033"))
    assert "beserta syaratnya dalam perjanjian kerja sama (PKS) hanya setelah" in said
    assert "naskah kerja sama" not in said


@pytest.mark.parametrize("pack", PACKS)
def test_a_proposal_keeps_its_plan_and_its_agreement_text_as_the_place(pack):
    partner = {"partner_funds_recorded": False}
    said = _said(_proposal(pack, "proposal", ["partner", "apbn"], **partner), pack, "BUD-007")
    said += _said(_proposal(pack, "proposal", ["partner"], **partner), pack, "REG-033")
    text = " ".join(said)
    assert "Tuliskan dalam rencana kerja sama, untuk setiap program" in text
    assert "sesuaikan program yang bergantung padanya dalam rencana kerja sama" in text
    assert "Cantumkan dana mitra dalam naskah kerja sama, tanpa syarat yang mengikat." in text
    assert "PKS" not in text
