"""The first screen's budget line says how many of the programmes it sums have no money at all
(practitioner trial 31 M7): a programme written with ``budget_idr: 0`` ("no money", as the
README has it) was counted in "Rp2.750.000.000 untuk 5 program yang belum selesai" and read as
funded, while the same programme with its budget left out was flagged ("1 program lagi tanpa
anggaran tercantum"). When every programme it sums has Rp0, it says so once (held-out 37:
"Rp0 untuk 1 program …, 1 di antaranya tanpa dana (Rp0)")."""

from __future__ import annotations

import pytest

import paracheck


def _proposal(budgets: list[int | None]) -> dict:
    programs = []
    for i, budget in enumerate(budgets):
        program: dict = {"name": f"Program {i + 1}", "status": "planned"}
        if budget is not None:
            program["budget_idr"] = budget
        programs.append(program)
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Uji baris anggaran",
        "date": "2025-09-15",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Sulawesi Selatan", "level": "province"},
        "partner": {"name": "Jeollanam-do", "country": "KR", "level": "province"},
        "budget": {"apbd_allocation_idr": 750_000_000},
        "sectors": [{"name": "fisheries", "lead_agency": "Dinas Kelautan", "programs": programs}],
    }


def _funding(budgets: list[int | None], lang: str) -> str:
    memo = paracheck.render(paracheck.assess(_proposal(budgets)), "text", lang)
    head = " ".join(memo.split("\n\n", 1)[0].split())
    return head.split("Anggaran: " if lang == "id" else "Funding: ", 1)[1]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Rp500.000.000 untuk dua program yang belum selesai (semua sumber dana, seluruh masa "
            "program), satu dari dua program itu tanpa dana (Rp0);",
        ),
        (
            "en",
            "IDR 500,000,000 for 2 programmes not yet finished (all sources, each programme's "
            "whole run), 1 of those 2 with no funds (IDR 0);",
        ),
    ],
)
def test_a_programme_with_budget_zero_is_said_to_have_no_funds(lang, said):
    assert _funding([500_000_000, 0], lang).startswith(said)


def test_programmes_all_funded_say_nothing_of_it():
    assert "tanpa dana" not in _funding([500_000_000, 100_000_000], "id")


def test_a_budget_left_out_is_still_said_not_given():
    said = _funding([500_000_000, 0, None], "id")
    assert (
        "satu dari dua program itu tanpa dana (Rp0), satu program lagi tanpa anggaran tercantum"
        in said
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "tanpa dana (Rp0) untuk dua program yang belum selesai, satu program lagi tanpa "
            "anggaran tercantum;",
        ),
        ("en", "no funds (IDR 0) for 2 programmes not yet finished, 1 more programme with no"),
    ],
)
def test_programmes_all_at_zero_are_said_once_to_have_no_funds(lang, said):
    funding = _funding([0, 0, None], lang)
    assert funding.startswith(said)
    assert "Rp0 untuk" not in funding and "di antaranya" not in funding
    assert "IDR 0 for 2" not in funding and "of them" not in funding
