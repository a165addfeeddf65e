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
