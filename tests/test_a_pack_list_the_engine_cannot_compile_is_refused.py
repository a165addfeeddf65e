"""A user pack's ``in``, ``not_in`` or ``contains_any`` list longer than the engine compiles
is refused at its line, in the reader's language, before the engine sees it (attack 470 H5:
an ``in`` of about 510 values never returned from durable_rules' ``create_ruleset``, and
Ctrl-C could not stop it). 256 values load and judge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.rules.conditions import MOST_VALUES
from paracheck.rules.loader import load_pack

MINI = Path(__file__).parent / "packs" / "mini.yaml"
WHEN = re.compile(
    r"      all:\n        - \{path: budget.apbd_allocation_idr, eq: 0\}\n"
    r"        - \{count: budget.other_sources, eq: 0\}\n"
)


def _pack(tmp_path: Path, n: int, op: str = "in") -> Path:
    text = MINI.read_text(encoding="utf-8")
    values = ", ".join(str(i) for i in range(n))
    changed = WHEN.sub(f"      {{path: budget.apbd_allocation_idr, {op}: [{values}]}}\n", text)
    assert changed != text
    path = tmp_path / "pack.yaml"
    path.write_text(changed, encoding="utf-8")
    return path


@pytest.mark.parametrize("op", ["in", "not_in"])
def test_a_list_longer_than_the_engine_compiles_is_refused_at_its_line(tmp_path, op):
    path = _pack(tmp_path, MOST_VALUES + 1, op)
    with pytest.raises(PackError) as refused:
        load_pack(str(path))
    (problem,) = refused.value.problems
    line = path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert f"{op}: [0, 1," in line and problem.column >= 1
    said = problem.describe("id")
    assert (
        f"paling banyak {MOST_VALUES} nilai dalam satu daftar; tertulis {MOST_VALUES + 1}" in said
    )
    assert "at most" in problem.describe("en")


def test_the_most_values_load_and_judge(tmp_path):
    pack = load_pack(str(_pack(tmp_path, MOST_VALUES)))
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2023-01-01",
        "budget": {"apbd_allocation_idr": 7, "other_sources": []},
    }
    checks = {c.rule_id: c.status for c in paracheck.assess(proposal, pack=pack).checks}
    assert checks["BUD-001"] == "risk"
