"""Figures no field holds are refused with a clear message, never a crash (attack 330 H2, H4).

A draft saved from the form keeps what was typed, so "9…9 juta" with 400 digits reached the
loader's number hint, which read it as float('inf') and failed in int(); amounts of 4,300
digits each were accepted, and their sum failed the PDF batch and Python's own JSON reader.
Counts stop at 10^40 and amounts at 2^53 (the largest whole number the rule engine compares
exactly, attack 470 H7), far beyond any budget, and the hint reads no figure longer than any
field holds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import paracheck


def _refused(field: str, value: str) -> str:
    section, name = field.split(".")
    document = f"schema: paracheck/proposal/v1\ntitle: Uji\n{section}:\n  {name}: {value}\n"
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(document, source="uji.yaml")
    return refused.value.problems[0].describe("id")


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("budget.apbd_allocation_idr", '"' + "9" * 400 + ' juta"'),
        ("budget.revisions_last_year", '"' + "9" * 400 + '%"'),
        ("budget.apbd_allocation_idr", '"1.' + ".".join(["000"] * 1500) + '"'),
    ],
)
def test_a_figure_in_words_longer_than_any_field_is_refused_as_not_a_number(field, typed):
    said = _refused(field, typed)
    assert "harus berupa bilangan bulat" in said, said


def test_an_amount_beyond_the_largest_is_refused_with_the_bound():
    said = _refused("budget.apbd_allocation_idr", "1" + "0" * 41)
    assert "paling banyak 9007199254740992" in said, said


def test_the_largest_amounts_summed_are_a_number_every_reader_parses():
    most = 2**53
    # the sums stay within the largest amount (attack 480 H4): 200 programmes sharing it
    share = most // 200
    programs = [
        {"name": f"P{i}", "status": "planned", "budget_idr": share, "apbd_idr": share}
        for i in range(200)
    ]
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "Uji",
        "date": "2026-06-01",
        "stage": "proposal",
        "budget": {"apbd_allocation_idr": 0, "multi_year": False},
        "sectors": [{"name": "culture", "programs": programs}],
    }
    result = paracheck.assess(proposal)
    document = paracheck.render(result, "json", "id")
    run = subprocess.run(
        [sys.executable, "-c", "import json,sys; json.load(sys.stdin)"],
        input=document,
        text=True,
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-500:]
    assert json.loads(document)["schema"].startswith("paracheck/assessment/")
    # and beyond it the file is refused at the programme that takes the sum over
    programs[-1] = {**programs[-1], "budget_idr": most, "apbd_idr": most}
    with pytest.raises(paracheck.InputError, match="add up to more than"):
        paracheck.assess(proposal)
