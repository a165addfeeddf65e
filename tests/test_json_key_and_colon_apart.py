"""Valid JSON whose key and colon are apart, as some programs write it (``"title"`` on one
line, ``: "…"`` on the next). paracheck reads JSON as the YAML it is a subset of, where a key
and its colon must be on one line and within 1,024 characters: such a file was refused as
invalid YAML, "'}' kurang di sini" (atk23). It is now read as JSON reads it, every value at
its line and column as written; a key too long for the reader is said to be one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

ROOT = Path(__file__).parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _ntb_json() -> str:
    from paracheck._yaml import load_shipped

    return json.dumps(load_shipped(NTB.read_text("utf-8")), indent=2, default=str)


@pytest.mark.parametrize("apart", ["\n  : ", "\r\n  : ", "\n\n  :\n  ", "\t\n:\t"])
@pytest.mark.parametrize("source", ["p.json", "p.yaml"])
def test_json_with_every_key_apart_from_its_colon_reads_as_json_reads_it(apart, source):
    text = _ntb_json().replace('": ', '"' + apart)
    assert json.loads(text) == json.loads(_ntb_json())
    read = load_proposal_bytes(text.encode(), source)
    assert read == load_proposal_bytes(_ntb_json().encode(), source).with_origin(read.origin)


def test_a_value_after_a_colon_on_the_next_line_keeps_its_line_and_column():
    text = _ntb_json().replace('"stage": "mou_signed"', '"stage"\n     :\n  "mou_sgned"')
    with pytest.raises(InputError) as refused:
        load_proposal_bytes(text.encode(), "p.json")
    [problem] = refused.value.problems
    where = text.index('"mou_sgned"')
    line = text.count("\n", 0, where) + 1
    column = where - text.rfind("\n", 0, where)
    assert (problem.path, problem.line, problem.column) == ("stage", line, column)


def test_a_colon_inside_a_text_after_a_line_break_escape_is_left_alone():
    title = 'a "quoted" word\n: and a colon on the next line'
    data = json.dumps({"schema": "paracheck/proposal/v1", "title": title}, indent=1)
    apart = data.replace('"title": ', '"title"\n: ')
    assert load_proposal_bytes(apart.encode(), "p.json").title == title


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_key_longer_than_the_reader_takes_is_said_to_be_too_long_not_an_unclosed_brace(lang):
    key = "k" * 1100
    text = '{"schema": "paracheck/proposal/v1",\n "' + key + '": 1}'
    with pytest.raises(InputError) as refused:
        load_proposal_bytes(text.encode(), "p.json")
    [problem] = refused.value.problems
    assert (problem.line, problem.column) == (2, 2)
    said = problem.sentence(lang)
    assert re.search(r"1[.,]100", said) and "}" not in said


def test_a_key_as_long_as_the_reader_takes_is_read_and_named_unknown():
    key = "k" * 1022  # with its quotes, 1,024 characters: the longest YAML reads
    text = '{"schema": "paracheck/proposal/v1", "title": "x",\n "' + key + '"   : 1}'
    with pytest.raises(InputError) as refused:
        load_proposal_bytes(text.encode(), "p.json")
    [problem] = refused.value.problems
    assert problem.words is not None and problem.words.key == "key.unknown"
