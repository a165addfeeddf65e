"""`paracheck init`'s comments gloss every code they list in Indonesian, as `validate` does
(wording review 18 C17: "status: planned # planned | ongoing | done | stalled | cancelled", the
fourteen step codes and the sectors in English only), and the file still validates."""

from __future__ import annotations

import re

import pytest
import yaml

from paracheck.facts.labels import value_groups
from paracheck.facts.loader import parse_proposal_data
from paracheck.facts.template import FORMS, proposal_template


@pytest.mark.parametrize("form", FORMS)
def test_every_code_init_lists_is_glossed_and_the_file_still_reads(form):
    text = proposal_template(form)
    parse_proposal_data(yaml.safe_load(text))  # still a valid proposal
    known = {str(code) for group in value_groups().values() for code in group}
    listed = re.findall(r"(?:^|\| |: )([a-z][a-z_]+)(?= \(| \||$)", text, flags=re.M)
    bare = [
        code
        for line in text.splitlines()
        if " | " in line
        for code in re.findall(r"\b([a-z][a-z_]+)\b(?! \()", line.split("#", 1)[-1])
        if code in known and f"{code} (" not in text
    ]
    assert listed and not bare, bare
    assert "planned (direncanakan)" in text or "planned (" in text
    assert "agriculture (pertanian)" in text
    assert "dprd_approval (" in text


def test_no_comment_line_of_init_runs_past_a_hundred_characters():
    for line in proposal_template("sister_city").splitlines():
        if " | " in line and "(" in line:
            assert len(line) <= 100, line
