"""Data given to the library in code that no file could hold is refused with a typed error
naming where (attack 470 M3: a key that is not text was a TypeError from the digest, a
number of 5,000 digits a ValueError, a mapping holding itself a RecursionError; README says
`assess` raises typed errors that carry where)."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

BASE: dict[str, Any] = {"schema": "paracheck/proposal/v1", "title": "x"}


def _refused(data: Any) -> paracheck.InputError:
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.assess(data, source="e-office/usulan-17")
    return refused.value


@pytest.mark.parametrize("key", [1, None, 2.5, ("a", "b")], ids=repr)
def test_a_key_that_is_not_text_is_named(key):
    (problem,) = _refused({**BASE, "budget": {key: 5}}).problems
    assert f"Kunci {key!r} bukan teks" in problem.describe("id")
    assert problem.path == "budget"


def test_a_number_too_long_to_write_is_refused_at_its_field():
    (problem,) = _refused({**BASE, "budget": {"apbd_allocation_idr": 10**5000}}).problems
    assert problem.path == "budget.apbd_allocation_idr"
    assert "lebih dari 1.200 angka" in problem.describe("id")
    assert "more than 1,200 digits" in problem.describe("en")


def test_a_mapping_holding_itself_is_refused_as_nested_too_deep():
    data: dict[str, Any] = dict(BASE)
    data["local"] = data
    (problem,) = _refused(data).problems
    assert "ersarang lebih dari 64 tingkat; ditolak" in problem.describe("id")


def test_the_largest_number_a_field_bounds_is_still_said_with_its_bound():
    (problem,) = _refused({**BASE, "budget": {"apbd_allocation_idr": 10**41}}).problems
    assert "paling banyak 9007199254740992" in problem.describe("id")
