"""JSON as Python's ``json.dumps`` and JavaScript's ``JSON.stringify`` write it: a character
beyond U+FFFF (an emoji, a CJK Extension B name) escaped as its two UTF-16 halves,
``"\\ud83d\\ude00"``. That is valid JSON; it was refused as "invalid YAML: an unknown escape".
"""

from __future__ import annotations

import json

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

TITLE = "Kota 😀 dan 𠀋 (Ext. B)"


def test_a_json_proposal_with_escaped_surrogate_pairs_is_read_as_its_characters():
    data = json.dumps({"schema": "paracheck/proposal/v1", "title": TITLE}).encode()
    assert b"\\ud83d\\ude00" in data
    assert load_proposal_bytes(data, "p.json").title == TITLE


def test_positions_after_a_pair_are_those_of_the_text_as_written():
    document = {"schema": "paracheck/proposal/v1", "title": TITLE, "local": {"level": "town"}}
    text = json.dumps(document)  # one line: the error is after two pairs on it
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "p.json")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (1, text.index('"town"') + 1)


def test_an_escaped_backslash_before_u_stays_text():
    title = "ok \\ud83d\\ude00 as typed"
    data = json.dumps({"schema": "paracheck/proposal/v1", "title": title}).encode()
    assert load_proposal_bytes(data, "p.json").title == title


def test_half_a_character_is_said_to_be_half_a_character_in_json_terms():
    data = b'{"schema": "paracheck/proposal/v1", "title": "x\\ud800"}'
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(data, "p.json")
    (problem,) = caught.value.problems
    assert problem.text("en").startswith("Invalid JSON: this \\u escape is half of a character")
    assert problem.text("id").startswith("Penulisan JSON keliru: urutan \\u ini hanya separuh")
