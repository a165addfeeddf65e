"""A programme that sends or receives people across the border is a flow of people for the
narcotics rules, whatever its sector (trial 18: caregivers placed in Taiwan every year read
TOC-012 "Tidak berlaku: … tidak menambah arus orang"; held-out 21: a scholarship to Sarawak).
The rules that hand a case to another (``steps_aside``) must see the same flows, or a check
the other rule holds shows as a tick."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

#: dates after BNN's statement of 26 January 2018 (Metro TV), from which a Malaysian partner
#: is a main supplier's (before it the sources name the PRC alone: fix34d)
PACKS = {"pp28-2018": "2023-03-01", "permendagri-3-2008": "2019-03-01"}


def _checks(pack: str, country: str, route: str, status: str = "planned") -> dict[str, Any]:
    programme = {"name": "Beasiswa", "status": status, "moves_people": True}
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": PACKS[pack],
        "partner": {"country": country},
        "sectors": [{"name": "education", "programs": [programme]}],
        "security": {"narcotics_route": route, "coordinating_agencies": []},
    }
    return {c.rule_id: c for c in paracheck.assess(data, pack=pack).checks}


@pytest.mark.parametrize("pack", PACKS)
def test_students_sent_to_malaysia_on_a_high_route_are_one_finding_not_a_tick(pack):
    checks = _checks(pack, "MY", "high")
    assert checks["TOC-003"].status == "risk"
    # TOC-011 holds the same case for another country or level: recorded on TOC-003
    assert checks["TOC-011"].covered_by == "TOC-003"


@pytest.mark.parametrize("pack", PACKS)
def test_caregivers_placed_abroad_on_a_medium_route_are_a_flow_of_people(pack):
    checks = _checks(pack, "JP", "medium")
    assert checks["TOC-012"].status == "risk"
    assert checks["TOC-012"].not_applicable is None


@pytest.mark.parametrize("pack", PACKS)
def test_a_cancelled_placement_moves_nobody(pack):
    checks = _checks(pack, "JP", "medium", status="cancelled")
    assert checks["TOC-012"].status == "clear"
    assert checks["TOC-012"].not_applicable is not None
