"""A value outside a field's choices is echoed as the file wrote it: ``level: true`` was
refused with "tertulis True" (Python's spelling), ``level: [city]`` with "tertulis ['city']"."""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = b"schema: paracheck/proposal/v1\ntitle: T\n"


@pytest.mark.parametrize(
    ("written", "said_id", "said_en"),
    [
        (b"true", "; tertulis true", "; got true"),
        (b"[city]", "; tertulis daftar", "; got a list"),
        (b"{a: 1}", "; tertulis pasangan kunci-nilai", "; got a mapping"),
        (b"1", "; tertulis 1", "; got 1"),
    ],
)
def test_a_value_outside_the_choices_is_echoed_as_written(written, said_id, said_en):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + b"local: {level: " + written + b"}\n", "p.yaml")
    (problem,) = caught.value.problems
    assert problem.text("id").endswith(said_id), problem.text("id")
    assert problem.text("en").endswith(said_en), problem.text("en")
    assert "True" not in problem.text("id") and "[" not in problem.text("id")
