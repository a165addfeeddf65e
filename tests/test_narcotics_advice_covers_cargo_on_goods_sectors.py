"""A narcotics finding on a port, trade or transport cooperation advises on the cargo, not only
on people, and says Bea Cukai is recorded where it is.

Practitioner trial 32 M5: Bitung–Qinzhou (port logistics, route very prone, Bea Cukai
recorded) was told only to gather data on delegations, participants and tourists for BNN.
Bea Cukai does not clear the check (it asks for BNN), so the clearing text says so.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

FILE = Path(__file__).parent / "data" / "trial32-bitung-qinzhou-2021.yaml"
CARGO = {"id": "arus barang dan peti kemas", "en": "goods and containers"}


def _assess(
    agencies: list[str] | None = None, **changes: Any
) -> tuple[paracheck.Assessment, dict[str, Any]]:
    """The proposal with ``changes`` to its top-level entries and, if given, its agencies."""
    data = copy.deepcopy(yaml.safe_load(FILE.read_text(encoding="utf-8")))
    data.update(changes)
    if agencies is not None:
        data["security"]["coordinating_agencies"] = agencies
    return paracheck.assess(data, as_of=data["date"]), data


def _advice(a: paracheck.Assessment, rule_id: str, lang: str) -> list[str]:
    check = next(c for c in a.checks if c.rule_id == rule_id)
    assert check.status == "risk"
    return [r.text.id if lang == "id" else r.text.en for r in check.recommendations]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bea_cukai_recorded_is_said_and_bnn_asked_in_on_the_cargo(lang):
    a, data = _assess()
    assert "Bea Cukai" in data["security"]["coordinating_agencies"]
    cargo = [t for t in _advice(a, "TOC-003", lang) if CARGO[lang] in t]
    assert len(cargo) == 1
    assert "Bea Cukai" in cargo[0] and "BNN" in cargo[0]
    check = next(c for c in a.checks if c.rule_id == "TOC-003")
    said = check.clears_when.id if lang == "id" else check.clears_when.en
    assert "Bea Cukai" in said


def test_without_bea_cukai_the_cargo_advice_goes_with_bea_cukai_and_bnn():
    a, _ = _assess(["KKP"])
    memo = paracheck.render(a, "markdown", "id")
    rows = [line for line in memo.splitlines() if CARGO["id"] in line]
    assert rows
    assert all("(bersama Bea Cukai)" in row and "BNN" in row for row in rows)
    assert all("sudah tercatat" not in row for row in rows)


def test_a_cooperation_moving_no_goods_gets_no_cargo_advice():
    a, _ = _assess(
        sectors=[
            {
                "name": "tourism",
                "lead_agency": "Dinas Pariwisata Kota Bitung",
                "programs": [{"name": "Promosi wisata bersama", "status": "planned"}],
            }
        ]
    )
    assert not any(CARGO["id"] in t for t in _advice(a, "TOC-003", "id"))


@pytest.mark.parametrize(
    ("rule_id", "country", "route"), [("TOC-011", "JP", "high"), ("TOC-012", "JP", "medium")]
)
def test_the_lower_narcotics_rungs_give_the_cargo_advice_too(rule_id, country, route):
    a, _ = _assess(
        partner={**yaml.safe_load(FILE.read_text(encoding="utf-8"))["partner"], "country": country},
        security={"narcotics_route": route, "coordinating_agencies": ["Bea Cukai"]},
    )
    assert any(CARGO["id"] in t for t in _advice(a, rule_id, "id"))
