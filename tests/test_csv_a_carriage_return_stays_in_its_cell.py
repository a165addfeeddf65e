"""A carriage return inside a text stays inside its CSV cell (attack 470 H2): it was written
unquoted, every spreadsheet (and Python's csv reader) ended the row there, and the text after
it opened a row of its own, a formula at its start out of the formula guard's reach. The
hostile corpus's "\\r=1+1" never reached the CSV: the loader strips a text's leading
whitespace."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report import render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "well-prepared-2023.yaml"
FORMULA = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("breaks", ["\r", "\r\n"])
def test_a_title_holding_a_carriage_return_keeps_every_row_whole(lang, breaks):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    plain = paracheck.assess(data)
    data["title"] = f"Sister City Kota Balikpapan – Pohang{breaks}{FORMULA}"
    hostile = paracheck.assess(data)
    rows = list(csv.reader(io.StringIO(render(hostile, "csv", lang), newline="")))
    expected = list(csv.reader(io.StringIO(render(plain, "csv", lang), newline="")))
    assert len(rows) == len(expected) > 1
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert rows[1][0] == f"Sister City Kota Balikpapan – Pohang\n{FORMULA}"
