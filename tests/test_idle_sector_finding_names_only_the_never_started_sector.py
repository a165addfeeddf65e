"""IMP-011 ("more than a year after the MoU, a sector's programmes have still not started")
names, assigns and compares only the sectors its own count found: a sector with a programme
only planned (or of unstated status) and none under way or completed.

Practitioner trial 31 W1: Sulawesi Selatan – Western Australia, 2019. The mining study was
planned since the 2013 MoU (the finding, rightly); the fisheries training started in 2014
and stalled in 2017 (IMP-004's finding). The check's evidence and its advice also listed the
fisheries sector, as "not yet started", because its rule's bound "fewer than half the
sectors lag" was shown by its lagging members: the Dinas Kelautan dan Perikanan was told both
to reschedule its stalled programme (IMP-004) and to "start the sector not yet moving"
(IMP-011), and the 2016→2019 comparison read "masih: pertambangan, baru: perikanan". The
rule's own text: a sector with a stalled programme is recorded under IMP-002 or IMP-004.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
FISHERIES_AGENCY = "Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan"
MINING_AGENCY = "Dinas Energi dan Sumber Daya Mineral Provinsi Sulawesi Selatan"


def _data(year: int) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"trial31-sulsel-wa-{year}.yaml").read_text(encoding="utf-8"))


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(data, as_of=data["date"])


def _check(a: paracheck.Assessment, rule_id: str):
    return next(ch for ch in a.checks if ch.rule_id == rule_id)


def _sector(data: dict[str, Any], name: str) -> tuple[int, dict[str, Any]]:
    return next((i, s) for i, s in enumerate(data["sectors"]) if s["name"] == name)


def _named_sectors(check) -> set[str]:
    return {e.path.split(".")[0] for e in check.evidence if e.path.endswith("].name")}


def test_the_stalled_fisheries_sector_is_not_in_the_idle_sector_findings_evidence():
    data = _data(2019)
    fisheries, _ = _sector(data, "fisheries")
    mining, _ = _sector(data, "mining")
    check = _check(_assess(data), "IMP-011")
    assert check.status == "risk"
    shown = {e.path.split(".")[0] for e in check.evidence if e.path.startswith("sectors[")}
    assert f"sectors[{mining}]" in shown
    assert f"sectors[{fisheries}]" not in shown


def test_the_start_the_sector_advice_goes_to_the_mining_agency_alone():
    a = _assess(_data(2019))
    who = [
        item["who"]
        for _, items in view.action_plan(a, "id")
        for item in items
        if "IMP-011" in (item.get("rules") or [])
    ]
    assert who and all(w.startswith(MINING_AGENCY) for w in who)
    # the fisheries agency still gets its stalled programme's decision (IMP-004)
    assert any(
        item["who"].startswith(FISHERIES_AGENCY)
        for _, items in view.action_plan(a, "id")
        for item in items
        if "IMP-004" in (item.get("rules") or [])
    )


def test_a_sector_whose_only_programme_was_cancelled_is_not_listed_as_not_started():
    data = copy.deepcopy(_data(2019))
    fisheries, sector = _sector(data, "fisheries")
    sector["programs"][0]["status"] = "cancelled"
    check = _check(_assess(data), "IMP-011")
    assert check.status == "risk"
    assert f"sectors[{fisheries}]" not in _named_sectors(check)


def test_the_comparison_does_not_report_the_stalled_sector_as_newly_not_started():
    old, new = _data(2016), _data(2019)
    comparison = paracheck.diff(_assess(old), _assess(new))
    moved = [ch for ch in comparison.items_changed if ch.rule_id == "IMP-011"]
    # mining was the idle sector in both files: nothing the finding is about moved
    assert not moved
    persisted = next(ch for ch in comparison.persisted if ch.rule_id == "IMP-011")
    assert persisted.new_status == "risk"


def test_once_the_idle_sector_moves_the_clear_check_does_not_list_the_stalled_one():
    # the trial's second reading: mining set running, IMP-011 clear, its evidence still
    # listed the stalled fisheries sector under "0 of 5 sectors" (the bound "fewer than half
    # lag" holds: its members are not why the check is clear)
    data = copy.deepcopy(_data(2019))
    fisheries, _ = _sector(data, "fisheries")
    _, mining = _sector(data, "mining")
    mining["programs"][0]["status"] = "ongoing"
    check = _check(_assess(data), "IMP-011")
    assert check.status == "clear"
    assert f"sectors[{fisheries}]" not in _named_sectors(check)
