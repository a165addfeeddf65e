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
        (
            b"2015.5",
            "en",
            "Date of the proposal or assessment must be a date as YYYY-MM-DD, got 2015.5",
        ),
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


@pytest.mark.parametrize("written", ["20150610", "2015-W24-3", "2015-161", "2015-06-10T00:00"])
def test_a_date_in_another_iso_form_is_refused_naming_the_form_expected(written):
    """Python's ``date.fromisoformat`` reads ``"20150610"`` and week or ordinal dates too, so
    a quoted ``date: "20150610"`` was taken as 10 June 2015; the contract is YYYY-MM-DD."""
    text = (
        f"date: '{written}'\nprocedure:\n  - {{step: signing, status: done, date: '{written}'}}\n"
    )
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + text.encode(), "p.yaml")
    said = [p.text("id") for p in caught.value.problems]
    assert len(said) == 2, said
    for one in said:
        assert f"harus berupa tanggal TTTT-BB-HH (misalnya 2015-06-10); tertulis '{written}'" in one


@pytest.mark.parametrize("option", ["20150610", "2015-W24-3", "2015-161"])
@pytest.mark.parametrize("extra", [[], ["--summary"]], ids=["fast-path", "typer"])
def test_as_of_in_another_iso_form_is_a_usage_error(capsys, option, extra):
    """``--as-of 20150610`` assessed as of 10 June 2015 (exit 0): a date option takes only
    YYYY-MM-DD, on the quick command line and on typer's alike."""
    from pathlib import Path

    from paracheck.cli import main

    example = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"
    with pytest.raises(SystemExit) as exited:
        main(["assess", str(example), "--as-of", option, "-f", "json", *extra])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert (
        "--as-of tidak dapat dipakai: harus berupa tanggal TTTT-BB-HH (misalnya 2015-06-10); "
        f"tertulis '{option}'" in err
    ), err
    assert "Traceback" not in err
