"""A pack's number written with an exponent and no decimal point ("5e-1"), which YAML 1.1
reads as text, is read as the number, as a proposal's is (attack 470 M2: it was refused with
"'budget.realization_rate' berupa angka; tertulis '5e-1'", read as if the literal were fine).
One too large for a double is still refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

MINI = Path(__file__).parent / "packs" / "mini.yaml"
WHEN = re.compile(
    r"      all:\n        - \{path: budget.apbd_allocation_idr, eq: 0\}\n"
    r"        - \{count: budget.other_sources, eq: 0\}\n"
)


def _pack(tmp_path: Path, when: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    changed = WHEN.sub(f"      {when}\n", text)
    assert changed != text
    # the pack's own examples judge the allocation; these rules read the realisation
    changed = changed.replace(
        "clears: [{budget: {apbd_allocation_idr: 5, other_sources: []}}]",
        "clears: [{budget: {budgeted_last_year: true, realization_rate: 0.9}}]",
    )
    path = tmp_path / "pack.yaml"
    path.write_text(changed, encoding="utf-8")
    return path


def _status(pack: object, rate: float) -> str:
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2023-01-01",
        "budget": {"budgeted_last_year": True, "realization_rate": rate},
    }
    return {c.rule_id: c.status for c in paracheck.assess(proposal, pack=pack).checks}["BUD-001"]


@pytest.mark.parametrize("written", ["5e-1", "5.0e-1", "50E-2"])
def test_an_exponent_literal_is_the_number(tmp_path, written):
    pack = load_pack(str(_pack(tmp_path, f"{{path: budget.realization_rate, lt: {written}}}")))
    assert _status(pack, 0.4) == "risk"
    assert _status(pack, 0.6) == "clear"


def test_a_literal_beyond_a_double_is_still_refused(tmp_path):
    path = _pack(tmp_path, "{path: budget.realization_rate, lt: 1e400}")
    with pytest.raises(PackError) as refused:
        load_pack(str(path))
    (problem,) = refused.value.problems
    assert "berupa angka; tertulis '1e400'" in problem.describe("id")
