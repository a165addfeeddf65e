"""HR-005 weighs the staff against the sectors still to follow, not every sector ever agreed.

Practitioner trial 32 M7: the Sumatera Barat – Gyeongsangbuk-do evaluation (MoU lapsed, one
officer) counted three sectors, two of whose programmes had all finished, and made "Jumlah
sektor melebihi kemampuan staf" its third main risk. A finished sector asks one decision (a
next programme or its close), which IMP-012 notes; a sector with a programme planned, under
way, stalled or of unstated status, or with none listed, is not known to be finished.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck

FILE = Path(__file__).parent / "data" / "trial32-sumbar-gyeongbuk-2026.yaml"


def _data() -> dict[str, Any]:
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))


def _hr005(data: dict[str, Any]) -> paracheck.Check:
    a = paracheck.assess(data, as_of=data["date"])
    return next(c for c in a.checks if c.rule_id == "HR-005")


def _open_sectors(data: dict[str, Any]) -> int:
    closed = {"done", "cancelled"}
    return sum(
        1
        for s in data["sectors"]
        if not s.get("programs") or any(p.get("status") not in closed for p in s["programs"])
    )


def test_sectors_whose_programmes_all_finished_are_not_counted_against_the_staff():
    data = _data()
    staff = data["human_resources"]["dedicated_staff"]
    assert len(data["sectors"]) > 2 * staff  # every sector counted, it would fire
    assert _open_sectors(data) <= 2 * staff
    assert _hr005(data).status == "clear"


def test_the_evidence_gives_the_sectors_listed_and_those_not_yet_finished():
    data = copy.deepcopy(_data())
    for name in ("tourism", "trade"):  # two more sectors, their work under way
        data["sectors"].append(
            {"name": name, "programs": [{"name": f"Program {name}", "status": "ongoing"}]}
        )
    assert _open_sectors(data) > 2 * data["human_resources"]["dedicated_staff"]
    a = paracheck.assess(data, as_of=data["date"])
    assert next(c for c in a.checks if c.rule_id == "HR-005").status == "risk"
    memo = paracheck.render(a, "markdown", "id")
    section = memo.split("### HR-005", 1)[1].split("###", 1)[0]
    assert f"Jumlah sektor: {len(data['sectors'])}" in section
    assert f"jumlah sektor yang belum selesai: {_open_sectors(data)}" in section


def test_a_programme_of_unstated_status_or_a_sector_without_programmes_counts():
    data = copy.deepcopy(_data())
    del data["sectors"][0]["programs"][0]["status"]  # the finished agriculture programme
    data["sectors"][1].pop("programs")  # the finished festival's sector, programmes not listed
    assert _open_sectors(data) == len(data["sectors"])
    assert _hr005(data).status == "risk"
