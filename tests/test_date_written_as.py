"""A date written as something else is echoed as written (``tertulis 20150610``), never by
Python's name for its type (it said ``tertulis int``, ``got list``)."""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = b"schema: paracheck/proposal/v1\ntitle: T\n"


@pytest.mark.parametrize(
    ("written", "lang", "said"),
    [
        (
            b"20150610",
            "id",
            "harus berupa tanggal TTTT-BB-HH (misalnya 2015-06-10); tertulis 20150610",
        ),
        (b"2015.5", "en", "Proposal date must be a date as YYYY-MM-DD, got 2015.5"),
        (b"[2015, 6, 10]", "id", "; tertulis daftar"),
        (b"{year: 2015}", "en", ", got a mapping"),
    ],
)
def test_a_date_written_as_a_number_or_a_list_is_echoed_as_written(written, lang, said):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + b"date: " + written + b"\n", "p.yaml")
    (problem,) = caught.value.problems
    text = problem.text(lang)
    assert text.endswith(said) or said in text, text
    assert (problem.line, problem.column) == (3, 7)


def test_a_date_in_full_width_digits_is_said_to_be_in_the_wrong_form_not_no_day():
    """``\\d`` matched ``２０１５``: the date was said to be "not in the calendar"."""
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + "date: '２０１５-06-10'\n".encode(), "p.yaml")
    (problem,) = caught.value.problems
    assert "must be a date as YYYY-MM-DD" in problem.text("en"), problem.text("en")


def test_as_of_in_full_width_digits_is_said_to_be_in_the_wrong_form(capsys):
    from pathlib import Path

    from paracheck.cli import main

    example = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"
    with pytest.raises(SystemExit) as exited:
        main(["assess", str(example), "--as-of", "２０１５-06-10"])
    assert exited.value.code == 2
    assert "harus berupa tanggal TTTT-BB-HH" in capsys.readouterr().err
