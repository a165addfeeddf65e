"""A yes/no answer written in quotes (``multi_year: "true"``, JSON's ``"true"``) is text, and
the refusal says to write the answer itself (atk25).

It said only "must be true or false, got 'true'", which reads as a contradiction; a number
written in quotes already got "got '5'; write 5".
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = "schema: paracheck/proposal/v1\ntitle: x\n"


@pytest.mark.parametrize(
    ("text", "name", "answer"),
    [
        (HEAD + 'budget: {multi_year: "true"}\n', "u.yaml", "true"),
        (HEAD + "sectors: [{name: fisheries, capture_fishing: 'False'}]\n", "u.yaml", "false"),
        (
            '{"schema": "paracheck/proposal/v1", "title": "x", "budget": {"multi_year": "false"}}',
            "u.json",
            "false",
        ),
    ],
)
def test_a_quoted_answer_is_told_to_be_written_as_itself(text: str, name: str, answer: str) -> None:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), name)
    (problem,) = caught.value.problems
    assert problem.words is not None
    assert problem.words.render("en", "").endswith(f"; write {answer}")
    assert problem.words.render("id", "").endswith(f"; tulis {answer}")
