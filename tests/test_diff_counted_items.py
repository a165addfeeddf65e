"""``paracheck diff`` lists a finding on the whole proposal that counts fewer (or more)
sectors or programmes under ``items_changed``, as the README promises ("which findings cover
fewer items"): newcomer trial 19 #10 saw TOC-008 go from "2 dari 2 sektor" to "1 dari 2
sektor" with ``items_changed`` empty, since only per-item checks carried items. The counted
members are read off the finding's evidence (a risk lists the members it counted). The two
sectors are a crew internship and a guides' training abroad: TOC-008 counts workers and crews,
the education sector being TOC-017's since fix33a."""

from __future__ import annotations

import copy
import json
from typing import Any

import paracheck
from paracheck.engine.model import Assessment

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kota Kupang – City of Darwin",
    "date": "2026-04-15",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Kupang", "level": "city"},
    "partner": {"name": "City of Darwin", "country": "AU", "level": "city"},
    "security": {"human_trafficking": "high", "coordinating_agencies": ["Imigrasi", "Polri"]},
    "sectors": [
        {
            "name": "fisheries",
            "programs": [{"name": "Magang awak kapal", "status": "ongoing", "moves_people": True}],
        },
        {
            "name": "tourism",
            "programs": [{"name": "Pelatihan pemandu", "status": "ongoing", "moves_people": True}],
        },
    ],
}


def _pair() -> tuple[Assessment, Assessment]:
    later = copy.deepcopy(BASE)
    later["sectors"][1]["programs"][0]["moves_people"] = False
    return paracheck.assess(BASE), paracheck.assess(later)


def test_a_residual_counting_one_sector_fewer_is_listed_as_covering_fewer_items():
    old, new = _pair()
    before, after = (next(c for c in a.checks if c.rule_id == "TOC-008") for a in (old, new))
    assert (before.status, after.status) == ("risk", "risk") and not before.items
    d = paracheck.diff(old, new)
    (moved,) = [c for c in d.items_changed if c.rule_id == "TOC-008"]
    gone, kept, found = moved.item_changes()
    assert [i.name for i in gone] == ["tourism"]
    assert [i.name for i in kept] == ["fisheries"] and not found
    text = " ".join(paracheck.render_diff(d, "text", "id").split())
    assert "TOC-008" in text and "2 sektor → 1 sektor" in text
    assert "tidak lagi: sektor pariwisata" in text


def test_the_same_counted_sectors_are_not_listed():
    old, _ = _pair()
    again = paracheck.assess(copy.deepcopy(BASE))
    assert not [c for c in paracheck.diff(old, again).items_changed if c.rule_id == "TOC-008"]


def test_assessments_read_back_from_json_compare_alike():
    old, new = _pair()
    back = [Assessment.model_validate(json.loads(a.to_json())) for a in (old, new)]
    d = paracheck.diff(*back)
    said = [c.rule_id for c in d.items_changed]
    assert "TOC-008" in said
    assert said == [c.rule_id for c in paracheck.diff(old, new).items_changed]
