"""The memo weighs the programmes' budgets against the funds recorded (newcomer trial 24 M3).

Maluku Utara–Guangxi's three programmes cost Rp5,85 M against an APBD allocation of Rp1,2 M;
the rest rested on partner and private money recorded nowhere, and only REG-033 (info) hinted
at it while the DPRD was asked to approve the plan. BUD-007 now finds it (medium), with the sum
of the unfinished programmes' budgets and the allocation as its evidence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.facts.decompose import decompose
from paracheck.facts.model import Proposal

DAY = dt.date(2026, 11, 27)
PROGRAMMES = [
    ("industry", "Alih teknologi smelter", "planned", 2_400_000_000),
    ("fisheries", "Gudang beku 500 ton", "planned", 3_100_000_000),
    ("trade", "Misi dagang pala", "planned", 350_000_000),
]


def _proposal(budget: dict[str, Any], programmes=PROGRAMMES) -> dict[str, Any]:
    sectors: dict[str, list[dict[str, Any]]] = {}
    for sector, name, status, idr in programmes:
        program: dict[str, Any] = {"name": name, "status": status}
        if idr is not None:
            program["budget_idr"] = idr
        sectors.setdefault(sector, []).append(program)
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Maluku Utara – Guangxi",
        "date": DAY.isoformat(),
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Maluku Utara", "level": "province"},
        "budget": budget,
        "sectors": [{"name": s, "programs": p} for s, p in sectors.items()],
    }


def _check(data: dict[str, Any], pack: str = "pp28-2018"):
    a = paracheck.assess(data, pack=pack, as_of=DAY)
    return next(c for c in a.checks if c.rule_id == "BUD-007")


UNRECORDED = {
    "apbd_allocation_idr": 1_200_000_000,
    "other_sources": ["partner", "private"],
    "partner_funds_recorded": False,
}


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
def test_programmes_beyond_the_allocation_on_unrecorded_partner_money_are_a_medium_risk(pack):
    check = _check(_proposal(UNRECORDED), pack)
    assert check.status == "risk"
    assert check.severity == "medium"
    shown = {e.path: e.value for e in check.evidence}
    assert shown["context.unfinished_program_budget_idr"] == sum(p[3] for p in PROGRAMMES)
    assert shown["budget.apbd_allocation_idr"] == UNRECORDED["apbd_allocation_idr"]


def test_the_memo_shows_the_sum_beside_the_allocation():
    a = paracheck.assess(_proposal(UNRECORDED), as_of=DAY)
    memo = paracheck.render(a, "markdown", "id")
    total = sum(p[3] for p in PROGRAMMES)
    assert f"Jumlah anggaran program yang belum selesai: Rp{total:,}".replace(",", ".") in memo
    assert "BUD-007" in memo.split("# Lampiran")[0]  # among the risks, not only the annex


def test_no_source_beside_the_apbd_is_a_risk_too():
    budget = {"apbd_allocation_idr": 1_200_000_000, "other_sources": []}
    assert _check(_proposal(budget)).status == "risk"


#: the other sources' money certain, covering the rest above the allocation
COVERING = 4_650_000_000


@pytest.mark.parametrize(
    "budget",
    [
        {**UNRECORDED, "partner_funds_recorded": True, "other_sources_idr": COVERING},
        {
            "apbd_allocation_idr": 1_200_000_000,
            "other_sources": ["apbn"],
            "other_sources_idr": COVERING,
        },
        {**UNRECORDED, "apbd_allocation_idr": 5_850_000_000},
    ],
    ids=["partner-funds-recorded", "apbn-named", "allocation-covers-all"],
)
def test_covered_programmes_are_clear(budget):
    assert _check(_proposal(budget)).status == "clear"


@pytest.mark.parametrize(
    "budget",
    [
        {**UNRECORDED, "partner_funds_recorded": True},
        {"apbd_allocation_idr": 1_200_000_000, "other_sources": ["apbn"]},
    ],
    ids=["partner-funds-recorded", "apbn-named"],
)
def test_other_sources_named_without_their_money_are_asked_it(budget):
    # bappeda440 H1: a source named is no amount; the rest above the allocation is asked
    check = _check(_proposal(budget))
    assert check.status == "unknown"
    assert check.missing == ["budget.other_sources_idr"]


def test_other_sources_short_of_the_rest_are_a_risk():
    budget = {"apbd_allocation_idr": 1_200_000_000, "other_sources": ["apbn"]}
    assert _check(_proposal({**budget, "other_sources_idr": COVERING - 1})).status == "risk"


def test_finished_and_cancelled_programmes_are_not_counted():
    programmes = [
        ("trade", "Misi dagang", "done", 5_000_000_000),
        ("trade", "Pameran", "cancelled", 900_000_000),
        ("fisheries", "Gudang beku", "planned", 800_000_000),
    ]
    view = decompose(Proposal.model_validate(_proposal(UNRECORDED, programmes)), DAY)
    assert view.proposal.values["context.unfinished_program_budget_idr"] == 800_000_000
    assert _check(_proposal(UNRECORDED, programmes)).status == "clear"


def test_an_unpriced_programme_leaves_the_sum_unknown_and_asks_its_budget():
    programmes = [*PROGRAMMES[:2], ("trade", "Misi dagang pala", "planned", None)]
    data = _proposal({**UNRECORDED, "apbd_allocation_idr": 6_000_000_000}, programmes)
    view = decompose(Proposal.model_validate(data), DAY)
    assert "context.unfinished_program_budget_idr" not in view.proposal.values
    check = _check(data)
    assert check.status == "unknown"
    # the programme's own budget question, the one BUD-006 asks too: no new question
    assert check.missing == ["sectors[2].programs[0].budget_idr"]
    a = paracheck.assess(data, as_of=DAY)
    asked = next(q for q in a.questions if q.path == "sectors[2].programs[0].budget_idr")
    assert {"BUD-006", "BUD-007"} <= set(asked.checks)


def test_no_apbd_and_no_source_is_left_to_bud_001():
    budget = {"apbd_allocation_idr": 0, "other_sources": []}
    a = paracheck.assess(_proposal(budget), as_of=DAY)
    by_id = {c.rule_id: c for c in a.checks}
    assert by_id["BUD-001"].status == "risk"
    assert by_id["BUD-007"].status == "clear"
    assert by_id["BUD-007"].covered_by == "BUD-001"
