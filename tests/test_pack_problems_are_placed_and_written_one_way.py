"""A pack's problems are written one way and refuse what was accepted silently (atk24, fix35b).

(a) A list item's place in a problem's path is written in brackets whoever found it: pydantic
said ``BUD-001.recommend.0.after_expiry`` while the loader's own checks said
``NRG-001.when.any[0].lt`` and a proposal's problems ``sectors[0].programs[0].status`` — one
pack's refusal showed both forms. (b) ``rests_on: {}`` in a condition dated no value and
the rule loaded as if it were not there; it is refused at its file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

MINI = Path(__file__).parent / "packs" / "mini.yaml"
#: a list index written after a dot: ``recommend.0`` (the second form)
DOTTED_INDEX = re.compile(r"\.\d+(?=[.\[]|$)")


def _problems(path: Path) -> list[Any]:
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    return caught.value.problems


def test_every_problem_of_a_pack_writes_a_list_item_in_brackets(tmp_path):
    text = MINI.read_text(encoding="utf-8")
    for old, new in (
        # a model refusal (pydantic) in a recommendation
        ('"Allocate APBD"}}', '"Allocate APBD"}, after_expiry: 1}'),
        # a condition refused by the loader's own check
        ("{path: energy.reserve_margin_pct, lt: 0}", '{path: energy.reserve_margin_pct, lt: "x"}'),
        # an example that is no valid proposal (a proposal's path inside)
        ("sectors: [{name: mining}]}]", "sectors: [{name: mining, programs: [{status: x}]}]}]"),
    ):
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    paths = [p.path for p in problems]
    assert "BUD-001.recommend[0].after_expiry" in paths
    assert "NRG-001.when.any[0].lt" in paths
    for said in problems:
        assert not DOTTED_INDEX.search(said.path), said.path
        assert not DOTTED_INDEX.search(said.message.split(":")[0]), said.message


def _dated(tmp_path: Path, rests_on: Any) -> tuple[Path, str]:
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    rule = data["rules"][0]  # BUD-001
    rule["when"] = {"path": "partner.country", "in": ["CN", "MY"], "rests_on": rests_on}
    rule["sources"] = [
        {"kind": "thesis", "ref": "IV.B.2.a"},
        {"kind": "practice", "ref": "Kajian (2013)", "confidence": "medium"}
        | {"effective_from": "2013-01-01"},
    ]
    # the study backs a sentence of the reason, given only from its date
    rule["why_dated"] = [
        {"effective_from": "2013-01-01", "rests_on": "Kajian (2013)"}
        | {"id": "Menurut kajian itu, …", "en": "The study found …"}
    ]
    rule["examples"] = {
        "fires": [{"partner": {"country": "CN"}}],
        "clears": [{"partner": {"country": "JP"}}],
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    path = tmp_path / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_an_empty_rests_on_is_refused_at_its_line_and_column(tmp_path):
    path, text = _dated(tmp_path, {})
    (said,) = _problems(path)
    assert said.path == "BUD-001.when.rests_on"
    assert said.file == str(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "rests_on: {}" in row)
    assert (said.line, said.column) == (line, text.splitlines()[line - 1].index("{}") + 1)
    assert "empty" in said.message and "'in'" in said.message
    assert "kosong" in said.words.render("id")


def test_a_rests_on_that_dates_a_value_still_loads(tmp_path):
    path, _ = _dated(tmp_path, {"MY": "Kajian (2013)"})
    assert load_pack(str(path)).rules[0].id == "BUD-001"
