"""The first screen's brief of a proposal that gives no money yet, with one field as two
sectors (trial 270, a regency's file with only its letter of intent signed).

M3: "Akan diajukan untuk persetujuan DPRD: rencana kerja sama dengan bidang, program dan
pembiayaan di atas" where the file gave no budget, no APBD allocation and no other source.
L4: "pertanian (1 program), pertanian (1 program)": two sectors of one field, each with its
own Dinas, not told apart.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.report import view

PROPOSAL: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Penjajakan kabupaten kembar",
    "date": "2026-10-05",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kabupaten Garut", "level": "regency"},
    "partner": {"name": "Nyandarua County", "country": "KE", "level": "county"},
    "procedure": [
        {"step": "letter_of_intent", "status": "done", "date": "2026-07-20"},
        {"step": "cooperation_plan", "status": "in_progress"},
    ],
    "sectors": [
        {
            "name": "agriculture",
            "lead_agency": "Dinas Perikanan dan Peternakan Kabupaten Garut",
            "programs": [{"name": "Sapi perah", "status": "planned"}],
        },
        {
            "name": "agriculture",
            "lead_agency": "Dinas Pertanian Kabupaten Garut",
            "programs": [{"name": "Bibit kentang", "status": "planned"}],
        },
    ],
}


def _brief(data: dict[str, Any], lang: str = "id") -> dict[str, str]:
    return dict(view.brief(paracheck.assess(data), lang))


def test_a_plan_with_no_money_given_is_not_put_to_the_dprd_with_funding_above() -> None:
    said = _brief(PROPOSAL)["Akan diajukan untuk persetujuan DPRD"]
    assert said.startswith(
        "rencana kerja sama dengan sektor dan program di atas, setelah pembiayaannya dilengkapi "
        "(saat ini belum dicantumkan)"
    )
    assert "pembiayaan di atas" not in said
    english = _brief(PROPOSAL, "en")["To be put to the DPRD for approval"]
    assert english.startswith("the cooperation plan with the sectors and programmes above, once")


@pytest.mark.parametrize(
    "money",
    [
        {"budget": {"apbd_allocation_idr": 500_000_000}},
        {"budget": {"other_sources": ["partner"]}},
    ],
)
def test_any_money_given_keeps_the_funding_above(money: dict[str, Any]) -> None:
    data = {**copy.deepcopy(PROPOSAL), **money}
    said = _brief(data)["Akan diajukan untuk persetujuan DPRD"]
    assert said.startswith("rencana kerja sama dengan sektor, program, dan pembiayaan di atas")


def test_a_programme_budget_is_money_given() -> None:
    data = copy.deepcopy(PROPOSAL)
    data["sectors"][0]["programs"][0]["budget_idr"] = 250_000_000
    said = _brief(data)["Akan diajukan untuk persetujuan DPRD"]
    assert said.startswith("rencana kerja sama dengan sektor, program, dan pembiayaan di atas")


def test_a_field_given_as_two_sectors_is_told_apart_by_its_agency() -> None:
    fields = _brief(PROPOSAL)["Sektor kerja sama"]
    assert fields == (
        "pertanian (1 program, Dinas Perikanan dan Peternakan Kabupaten Garut), "
        "pertanian (1 program, Dinas Pertanian Kabupaten Garut)"
    )
    # one sector of a field is named by its field alone
    data = copy.deepcopy(PROPOSAL)
    data["sectors"][1]["name"] = "trade"
    assert _brief(data)["Sektor kerja sama"] == "pertanian (1 program), perdagangan (1 program)"
