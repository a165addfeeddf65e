"""A risk's evidence reads as the reason for the risk, not against it.

Trial 19, finding 7: IMP-002 (a sector whose programmes are all cancelled) showed "Program
sektor (sektor ke-2): 1" — one programme, and nothing said it was cancelled; TOC-014 showed a
fisheries sector's "Program sektor: 2" (its "no programme listed" branch, false) and "0 dari
2 program memenuhi kriteria pemeriksaan ini" (its "a programme recorded as moving people"
branch, false) as the evidence of a risk. Where a risk fired:

* a count that is one branch of an ``any`` and is false is left out, inside a counted
  member's ``where`` too (held-out 21 left out an "at least" branch that counted nothing at
  the rule's own level only);
* a count that holds by few members matching (IMP-002's "no programme that is not
  cancelled") shows the members it did not count: the cancelled programme by its name and
  status.

The oracle (tests/oracle.py) computes the same evidence on its own; the two agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.report import view
from paracheck.rules.loader import load_pack
from tests.oracle import disagreements

PACKS = {"pp28-2018": "2024-05-01", "permendagri-3-2008": "2016-03-01"}


def _assessed(pack: str, sectors: list[dict[str, Any]], **more: Any) -> Any:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kabupaten kembar",
        "date": PACKS[pack],
        "stage": "active",
        "local": {"name": "Kabupaten Belitung", "level": "regency"},
        "sectors": sectors,
        **more,
    }
    result = paracheck.assess(data, pack=pack)
    as_of = dt.date.fromisoformat(PACKS[pack])
    _AGREED.append(lambda: disagreements(load_pack(pack), data, as_of, result.checks))
    return result


_AGREED: list[Any] = []


@pytest.fixture(autouse=True)
def _engine_and_oracle_agree():
    """After each test's own assertions: the oracle finds the same evidence."""
    _AGREED.clear()
    yield
    for differ in _AGREED:
        assert not differ()


def _check(result: Any, rule_id: str) -> Any:
    return next(c for c in result.checks if c.rule_id == rule_id)


def _shown(check: Any) -> list[str]:
    return [f"{e.path}: {view.evidence_value(e, 'id')}" for e in check.evidence]


@pytest.mark.parametrize("pack", PACKS)
def test_a_sector_whose_programmes_are_all_cancelled_shows_them_cancelled(pack):
    result = _assessed(
        pack,
        [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Perikanan",
                "programs": [{"name": "Pelatihan nelayan", "status": "ongoing"}],
            },
            {
                "name": "tourism",
                "lead_agency": "Dinas Pariwisata",
                "programs": [{"name": "Promosi wisata Belitung di Fujian", "status": "cancelled"}],
            },
        ],
    )
    imp = _check(result, "IMP-002")
    assert imp.status == "risk"
    assert imp.items == ["sectors[1]"]
    shown = _shown(imp)
    assert "sectors[1].programs[0].name: Promosi wisata Belitung di Fujian" in shown, shown
    assert "sectors[1].programs[0].status: dibatalkan" in shown, shown
    # the "no programme at all" branch is false for this sector: not its evidence
    assert "sectors[1].programs: 1" not in shown, shown


@pytest.mark.parametrize("pack", PACKS)
def test_a_sector_with_no_programme_still_shows_that_it_has_none(pack):
    result = _assessed(
        pack,
        [{"name": "trade", "lead_agency": "Dinas Perdagangan", "programs": []}],
    )
    shown = _shown(_check(result, "IMP-002"))
    assert "sectors[0].programs: 0" in shown, shown


@pytest.mark.parametrize("pack", PACKS)
def test_a_trafficking_risk_shows_the_programme_that_counts_not_a_false_branch(pack):
    """Trial 19, P2: a fisheries sector whose finished programme moves nobody and whose
    stalled one does not say; TOC-014 holds by the stalled one."""
    result = _assessed(
        pack,
        [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Perikanan",
                "programs": [
                    {"name": "Alih teknologi rumput laut", "status": "done"},
                    {"name": "Pelatihan nelayan", "status": "stalled"},
                ],
            },
        ],
        security={"human_trafficking": "medium", "coordinating_agencies": []},
    )
    toc = _check(result, "TOC-014")
    assert toc.status == "risk"
    shown = _shown(toc)
    programmes = [s for s in shown if s.startswith("sectors[0].programs:")]
    assert programmes == [
        "sectors[0].programs: 1 dari 2 program memenuhi kriteria pemeriksaan ini"
    ], shown
    assert "sectors[0].programs[1].name: Pelatihan nelayan" in shown, shown
    assert not any("0 dari" in s for s in shown), shown


@pytest.mark.parametrize("pack", PACKS)
def test_a_clear_check_still_shows_every_count(pack):
    """Only a risk leaves a branch out: a clear check's counts are each part of why it is
    not a risk."""
    result = _assessed(
        pack,
        [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Perikanan",
                "programs": [{"name": "Pelatihan nelayan", "status": "ongoing"}],
            }
        ],
    )
    imp = _check(result, "IMP-002")
    assert imp.status == "clear"
    shown = _shown(imp)
    assert "sectors[0].programs: 1" in shown, shown
