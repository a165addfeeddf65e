"""A sector counts as moving people by its kind only while its programmes may move people.

Trial 19, finding 3: the trafficking checks (TOC-007/008/014, and TOC-009's trafficking
branch) counted a fisheries, ports, industry or education sector by its kind alone, even when
every programme in it said ``moves_people: false`` or was finished or cancelled, and sent
"Periksa dokumen dan penjamin setiap peserta" to Dinas whose programmes send nobody (a
Dinas Perhubungan whose only programme is a port study; a Dinas Perikanan whose programmes
ended in 2014). An officer who stated "no" had no way to clear it but to involve Imigrasi.

Now such a sector counts while it lists no programme (or none at all), or while one of its
programmes not finished or cancelled does not say it moves nobody; any sector counts with a
live programme recorded as moving people, as before. The advice goes to the sectors that
count. The engine and the oracle (tests/oracle.py) agree on each case.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.rules.loader import load_pack
from tests.oracle import disagreements

PACKS = {"pp28-2018": "2024-05-01", "permendagri-3-2008": "2016-03-01"}
RULES = ("TOC-007", "TOC-008", "TOC-009", "TOC-014")
#: exposure and coordination under which each rule holds a people-moving sector
UNDER = {
    "TOC-007": {"human_trafficking": "high", "coordinating_agencies": []},
    "TOC-014": {"human_trafficking": "medium", "coordinating_agencies": []},
    "TOC-008": {"human_trafficking": "high", "coordinating_agencies": ["Imigrasi"]},
    "TOC-009": {
        "human_trafficking": "medium",
        "narcotics_route": "low",
        "iuu_fishing": "none",
        "terrorism": "low",
        "coordinating_agencies": [],
    },
}

NOBODY = {  # a sector of a people-moving kind whose programmes move nobody
    "every programme says so": [
        {"name": "Kajian bersama pelabuhan", "status": "planned", "moves_people": False},
        {"name": "Tukar data kapal", "status": "ongoing", "moves_people": False},
    ],
    "every programme finished or cancelled": [
        {"name": "Pelatihan nelayan", "status": "done"},
        {"name": "Pertukaran awak kapal", "status": "cancelled", "moves_people": True},
    ],
    "the one that might has ended": [
        {"name": "Kajian pelabuhan", "status": "stalled", "moves_people": False},
        {"name": "Magang awak kapal", "status": "done"},
    ],
}

STILL = {  # a sector of a people-moving kind that still counts by its kind
    "programmes not listed": None,
    "no programme": [],
    "a running programme that does not say": [{"name": "Pelatihan", "status": "ongoing"}],
    "one says no, another does not say": [
        {"name": "Kajian", "status": "planned", "moves_people": False},
        {"name": "Magang", "status": "planned"},
    ],
}


def _proposal(pack: str, rule: str, programs: list[dict[str, Any]] | None) -> dict[str, Any]:
    sector: dict[str, Any] = {"name": "ports_maritime", "lead_agency": "Dinas Perhubungan"}
    if programs is not None:
        sector["programs"] = programs
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar pelabuhan",
        "date": PACKS[pack],
        "stage": "active",
        "sectors": [sector, {"name": "culture", "lead_agency": "Dinas Kebudayaan", "programs": []}],
        "security": UNDER[rule],
    }


def _check(pack: str, rule: str, programs: list[dict[str, Any]] | None) -> Any:
    data = _proposal(pack, rule, programs)
    result = paracheck.assess(data, pack=pack)
    differ = disagreements(load_pack(pack), data, dt.date.fromisoformat(PACKS[pack]), result.checks)
    assert not {r: d for r, d in differ.items() if r in RULES}, differ
    return next(c for c in result.checks if c.rule_id == rule)


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("case", NOBODY)
def test_a_sector_whose_programmes_move_nobody_is_not_a_flow_of_people(pack, rule, case):
    check = _check(pack, rule, NOBODY[case])
    assert check.status != "risk", (case, check.status)
    assert check.not_applicable is not None or rule == "TOC-009", case


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("case", STILL)
def test_a_sector_of_a_people_moving_kind_counts_while_its_programmes_may_move_people(
    pack, rule, case
):
    assert _check(pack, rule, STILL[case]).status == "risk", case


@pytest.mark.parametrize("pack", PACKS)
def test_the_participants_check_goes_only_to_the_dinas_whose_programmes_move_people(pack):
    """Trial 19, P3: crews and trainees sent by the fisheries office; the ports office's
    only programme is a joint port study that says it moves nobody."""
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar perikanan",
        "date": PACKS[pack],
        "stage": "mou_signed",
        "local": {"name": "Provinsi Kepulauan Riau", "level": "province"},
        "sectors": [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Kelautan dan Perikanan",
                "programs": [{"name": "Magang awak kapal", "status": "planned"}],
            },
            {
                "name": "ports_maritime",
                "lead_agency": "Dinas Perhubungan",
                "programs": [
                    {"name": "Kajian pelabuhan", "status": "planned", "moves_people": False}
                ],
            },
        ],
        "security": {"human_trafficking": "high", "coordinating_agencies": ["KKP"]},
    }
    result = paracheck.assess(data, pack=pack)
    toc = next(c for c in result.checks if c.rule_id == "TOC-007")
    assert toc.status == "risk"
    memo = paracheck.render(result, "markdown", "id")
    assert "**Dinas Kelautan dan Perikanan (bersama Kantor Imigrasi)**: Periksa dokumen" in memo
    assert "Dinas Perhubungan (bersama Kantor Imigrasi)" not in memo
    shown = {e.path for e in toc.evidence}
    assert "sectors[0].name" in shown and "sectors[1].name" not in shown
