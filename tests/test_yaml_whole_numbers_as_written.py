"""A whole number in a proposal file is read as the decimal number it looks like, or refused.

YAML 1.1, which the reader follows, reads ``010`` as octal 8, ``0x10`` as 16, ``0b101`` as 5
and ``1:30`` as 90 (base 60): ``response_days: 010`` was judged as 8 days without a word,
while ``08`` (no octal number) was refused with "tulis 8". Each is now the text it is: a number
field refuses it beside its line and column, with the number to write when there is one, and a
text field keeps it as written (``title: 1:30`` was refused as "tertulis 90").
"""

from __future__ import annotations

import pytest

import paracheck


def _file(line: str) -> str:
    return f"schema: paracheck/proposal/v1\ntitle: T\ndate: 2021-05-01\n{line}\n"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("010", "10"),
        ("007", "7"),
        ("0x10", None),
        ("0b101", None),
        ("1:30", None),
        ("1:30.5", None),
    ],
)
def test_a_number_yaml_would_read_in_another_base_is_refused_not_misread(written, hint):
    text = _file(f"human_resources: {{response_days: {written}}}")
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="u.yaml")
    problem = refused.value.problems[0]
    assert (problem.line, problem.column) == (4, 34)
    said = problem.describe("id")
    assert f"'{written}'" in said, said
    if hint:
        assert said.endswith(f"tulis {hint}"), said


@pytest.mark.parametrize("written", ["010", "1:30", "0x10"])
def test_a_text_field_keeps_such_a_number_as_written(written):
    proposal = paracheck.load_proposal_text(_file(f"local: {{name: {written}}}"), source="u.yaml")
    assert proposal.local.name == written


@pytest.mark.parametrize(("written", "read"), [("10", 10), ("+5", 5), ("0", 0), ("1_000", 1000)])
def test_a_decimal_whole_number_is_still_read(written, read):
    text = _file(f"human_resources: {{response_days: {written}}}")
    assert paracheck.load_proposal_text(text, source="u.yaml").human_resources.response_days == read
