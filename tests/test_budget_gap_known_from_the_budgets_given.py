"""BUD-007 finds the programmes' budgets above the APBD allocation as soon as the budgets the
file gives exceed it (held-out 29: Kota Ambon's proposal gave Rp750 jt of programmes against a
Rp150 jt allocation, with partner funds not recorded; one programme's budget and one sector's
programmes were not given, so the sum was unknown and the certain gap was only a question).
A budget is never negative, so what is not given can only add to the sum: the gap is a
finding; where the budgets given stay within the allocation, the sum is still asked."""

from __future__ import annotations

import pytest

import paracheck


def _proposal(first_budget: int, second: dict) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Uji selisih anggaran",
        "date": "2019-10-15",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kota Ambon", "level": "city"},
        "partner": {"name": "Vlissingen", "country": "NL", "level": "municipality"},
        "budget": {
            "apbd_allocation_idr": 150_000_000,
            "other_sources": ["partner"],
            "partner_funds_recorded": False,
        },
        "sectors": [
            {
                "name": "culture",
                "lead_agency": "Dinas Pariwisata",
                "programs": [
                    {"name": "Festival musik", "status": "planned", "budget_idr": first_budget},
                    {"name": "Pelatihan", "status": "planned"},  # its budget not given
                ],
            },
            second,
        ],
    }


#: a second sector whose programmes are not given, and one whose programme's status is not
UNKNOWN_SECTORS = [
    {"name": "ports_maritime"},
    {"name": "education", "programs": [{"name": "Beasiswa", "budget_idr": 10_000_000}]},
]


def _bud007(proposal: dict) -> paracheck.Check:
    result = paracheck.assess(proposal)
    return next(c for c in result.checks if c.rule_id == "BUD-007")


@pytest.mark.parametrize("second", UNKNOWN_SECTORS)
def test_budgets_given_above_the_allocation_are_a_finding_while_others_are_asked(second):
    check = _bud007(_proposal(300_000_000, second))
    assert check.status == "risk"


@pytest.mark.parametrize("second", UNKNOWN_SECTORS)
def test_budgets_given_within_the_allocation_leave_the_sum_asked(second):
    check = _bud007(_proposal(100_000_000, second))
    assert check.status == "unknown"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_evidence_says_the_sum_is_of_the_budgets_given(lang):
    result = paracheck.assess(_proposal(300_000_000, UNKNOWN_SECTORS[0]))
    memo = paracheck.render(result, "text", lang)
    said = {
        "id": "Jumlah anggaran yang dicantumkan untuk program yang belum selesai: Rp300.000.000",
        "en": "Total budget given for the programmes not yet finished: IDR 300,000,000",
    }[lang]
    assert said in " ".join(memo.split())


def test_a_file_giving_every_budget_shows_one_sum_as_evidence():
    """The floor is a fact only while the sum is open: with every budget given it would be
    the same amount again under a second label."""
    proposal = _proposal(300_000_000, {"name": "education", "programs": []})
    proposal["sectors"][0]["programs"][1]["budget_idr"] = 50_000_000
    check = _bud007(proposal)
    assert check.status == "risk"
    read = {e.path: e.value for e in check.evidence}
    assert read["context.unfinished_program_budget_idr"] == 350_000_000
    assert "context.unfinished_program_budget_known_idr" not in read
