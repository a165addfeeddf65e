"""A rate is shown as it stands, never rounded onto a whole percentage it does not reach
(wording review 18 A6: a realisation of 0.696 read "70%" under "di bawah 70%"; 0,6% read
"1%"), and every surface words a rate one way: "pecahan antara 0 dan 1" (C12)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.errors import InputError
from paracheck.facts.model import Proposal
from paracheck.report.formatting import share

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("rate", "lang", "shown"),
    [
        (0.696, "id", "69,6%"),
        (0.696, "en", "69.6%"),
        (0.006, "id", "0,6%"),
        (0.6996, "id", "69,96%"),  # one decimal would still read 70,0%
        (0.69999, "id", "69,99%"),  # cut, not rounded, onto the whole percentage
        (0.45, "id", "45%"),  # a whole percentage keeps no decimals
        (0.57, "id", "57%"),  # taken as written, not as the float's 56.99999…
        (0.7, "id", "70%"),
        (0.0004, "id", "0,04%"),
    ],
)
def test_a_rate_never_reads_as_a_whole_percentage_it_does_not_reach(rate, lang, shown):
    assert share(rate, lang) == shown


def test_a_realisation_just_below_the_threshold_is_shown_below_it_in_the_memo():
    proposal = Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2024-03-15",
            "budget": {"realization_rate": 0.696},
        }
    )
    memo = paracheck.render(paracheck.assess(proposal), "markdown", "id")
    assert "BUD-003 — Realisasi anggaran kerja sama tahun lalu rendah (di bawah 70%)" in memo
    assert "Tingkat realisasi anggaran: 69,6%" in memo
    assert "Tingkat realisasi anggaran: 70%" not in memo


def test_a_rate_written_as_a_percentage_in_a_file_is_told_the_fraction_it_means(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("schema: paracheck/proposal/v1\ntitle: t\nbudget:\n  realization_rate: 45\n")
    with pytest.raises(InputError) as raised:
        paracheck.load_proposal(path)
    said = raised.value.problems[0].sentence("id")
    assert "harus berupa pecahan antara 0 dan 1 (tulis 0.45 untuk 45%); tertulis 45" in said


# the rate question no longer says how to type a rate (trial 26 C5): the form's hint and the
# file template do, tests/test_memo_questions_carry_no_data_entry_help.py
