"""Half of a character (a lone UTF-16 surrogate, U+D800–U+DFFF) in a proposal given in code is
refused where it is, never an internal error (atk25).

A file's bytes cannot hold one (they are not UTF-8 there: ``text.not_utf8``), nor can a JSON
file's ``\\ud800`` escape (``json.half_character``). But a Python str can: the comparison API's
``{"old": "\\ud800", …}`` decoded to one and ``load_proposal_text`` died encoding it to UTF-8
(HTTP 500); ``paracheck.assess`` of a dict holding one died hashing it, and
``readable_proposal_data`` died likewise.
"""

from __future__ import annotations

import json

import pytest

import paracheck
from paracheck.errors import InputError

HALF = "\ud800"
HEAD = "schema: paracheck/proposal/v1\n"


def test_text_given_in_code_names_the_line_and_column_of_the_half_character() -> None:
    with pytest.raises(InputError) as caught:
        paracheck.load_proposal_text(f"{HEAD}title: Kota {HALF}\n", source="u.yaml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("u.yaml", 2, len("title: Kota ") + 1)
    assert problem.words is not None and problem.words.key == "text.half_character"
    assert "U+D800" in problem.words.render("en", "") and "U+D800" in str(problem)


def test_data_given_in_code_names_the_field_holding_it() -> None:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "x",
        "sectors": [{"name": "culture", "lead_agency": f"Dinas {HALF}"}],
    }
    with pytest.raises(InputError) as caught:
        paracheck.assess(data)
    (problem,) = caught.value.problems
    assert problem.path == "sectors[0].lead_agency"
    assert problem.words is not None and problem.words.key == "text.half_character"


def test_a_text_with_half_a_character_has_nothing_readable() -> None:
    assert paracheck.readable_proposal_data(f"{HEAD}title: {HALF}\n") is None


def test_the_comparison_api_refuses_half_a_character_as_a_problem(http) -> None:
    for old in (f"{HEAD}title: {HALF}\n", {"schema": "paracheck/proposal/v1", "title": HALF}):
        body = json.dumps({"old": old, "new": f"{HEAD}title: y\n"})
        answer = http.post(
            "/api/v1/diff", content=body.encode(), headers={"content-type": "application/json"}
        )
        assert answer.status_code == 422, answer.text[:300]
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert "U+D800" in answer.json()["problems"][0]["message"]
