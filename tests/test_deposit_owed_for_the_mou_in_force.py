"""The deposit of the signed original with Kemlu is owed for the MoU in force, whatever the
head of region decides on its renewal: beside an MoU ending within months, REG-015's action
stays with the evaluation's "now" group, not under "Bila kerja sama dilanjutkan".

Practitioner trial 28 #2: a 2016 Pontianak–Kuching MoU ending four months later had "serahkan
naskah asli … kepada Kemlu" under "Bila kerja sama dilanjutkan — Pelaksanaan"; four months on,
the expired-MoU memo can only note that it never was (REGULATION.md, the procedure under
Permendagri 3/2008, step 9: the signed original deposited with Kemlu).
"""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report import view

PROPOSAL = """
schema: paracheck/proposal/v1
title: Sister City Kota Contoh – Kuching Selatan
date: {date}
stage: active
form: sister_city
local: {{name: Kota Contoh, level: city}}
partner: {{name: Kuching South City Council, country: MY, level: city, kind: regional_government}}
sectors:
  - name: culture
    lead_agency: Dinas Kebudayaan Kota Contoh
    programs: [{{name: Festival budaya, status: ongoing, last_activity: {date}}}]
agreement: {{expires: 2017-01-31, signatory: head_of_region}}
procedure:
  - {{step: signing, status: done, date: 2014-09-18}}
  - {{step: deposit_with_kemlu, status: pending}}
"""


@pytest.mark.parametrize(("date", "ending"), [("2016-09-20", True), ("2015-09-20", False)])
def test_the_deposit_of_the_mou_in_force_is_not_held_for_its_renewal(date, ending):
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL.format(date=date)))
    assert any(c.rule_id == "REG-015" and c.status == "risk" for c in a.checks)
    assert ("mou_expiring" in {n.code for n in a.notices}) is ending
    plan = view.action_plan(a, "id")
    holding = [
        heading for heading, entries in plan if any("REG-015" in e["rules"] for e in entries)
    ]
    assert holding, plan
    assert not any(heading.startswith("Bila kerja sama dilanjutkan") for heading in holding), (
        holding
    )
    deposit = [e["text"] for _, entries in plan for e in entries if "REG-015" in e["rules"]]
    assert any("kepada Kemlu untuk disimpan" in text for text in deposit), deposit
    if ending:
        assert holding[0].startswith("Evaluasi dan keputusan sebelum masa berlaku MoU berakhir")
