"""The proposal contract says which period each budget amount covers (closing note 18):
BUD-007 sets the programmes' budgets against the APBD allocation only before they run,
because the one is a programme's whole budget and the other one year's allocation. A
contract silent on the period let a file give a multi-year total as the allocation, or one
year's share as a programme's budget, and BUD-007 read either without a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import paracheck.schemas
from paracheck.facts.template import proposal_template

SCHEMA = Path(paracheck.schemas.__file__).parent / "proposal.schema.json"


def _description(schema: dict, model: str, field: str) -> str:
    return schema["$defs"][model]["properties"][field].get("description", "")


def test_the_apbd_allocation_is_one_budget_years_in_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    said = _description(schema, "Budget", "apbd_allocation_idr")
    assert "one budget year" in said
    assert "not the total over the MoU's term" in said


def test_a_programmes_budget_is_its_whole_run_in_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    said = _description(schema, "Program", "budget_idr")
    assert "whole run" in said
    assert "not one year's share" in said


@pytest.mark.parametrize(
    ("lang", "year", "run"),
    [("id", "satu tahun anggaran", "seluruh masa program"), ("en", "one budget year", "whole run")],
)
def test_the_template_says_each_amounts_period_in_both_languages(lang, year, run) -> None:
    lines = proposal_template(lang=lang).splitlines()
    apbd = next(i for i, line in enumerate(lines) if "apbd_allocation_idr:" in line)
    assert year in lines[apbd]
    budget = next(i for i, line in enumerate(lines) if "budget_idr: 1" in line)
    said = " ".join(lines[budget : budget + 3])
    assert run in said
