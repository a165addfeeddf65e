"""A count whose criterion reads a computed date shows that date for every member it shows,
not the first member's only.

The evidence walker keyed a computed value (``program.days_since_activity``, shown as the
programme's own ``last_activity`` with "… sebelum tanggal penilaian") by its vocabulary
path, so within one walk over several programmes the first one's date took the key and the
others' were dropped. Nested per sector the walk met one programme at a time and showed
each, but two programmes of one sector showed one date, and a count over all ``programs``
"Program: 3 dari 3 program memenuhi …" with one date. IMP-013 was nested for that reason
alone; it counts over all programmes now, 0.6 % fewer instructions per NTB assessment and
1.6 % fewer at 150 sectors (callgrind).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck

DATA = Path(__file__).parent / "data"
JATIM = DATA / "holdout50-jatim-wa-2026.yaml"


def _dated(check: Any) -> dict[str, str]:
    return {
        e.path: e.value
        for e in check.evidence
        if e.path.endswith(".last_activity") and e.note is not None and "sebelum" in e.note.id
    }


def _check(a: Any, rule: str) -> Any:
    return next(c for c in a.checks if c.rule_id == rule)


def test_a_quiet_partnerships_finding_shows_every_programmes_last_activity() -> None:
    data = yaml.safe_load(JATIM.read_text(encoding="utf-8"))
    a = paracheck.assess(data)
    imp013 = _check(a, "IMP-013")
    assert imp013.status == "risk"
    given = {
        f"sectors[{i}].programs[{j}].last_activity": str(p["last_activity"])
        for i, s in enumerate(data["sectors"])
        for j, p in enumerate(s["programs"])
    }
    assert len(given) == 3
    assert _dated(imp013) == given


def test_each_programme_of_one_sector_shows_its_own_date() -> None:
    # two finished programmes in one sector, both quiet for years: both dates shown
    data = yaml.safe_load(JATIM.read_text(encoding="utf-8"))
    sector = data["sectors"][0]
    second = copy.deepcopy(sector["programs"][0])
    second["name"] = "Magang guru di Perth"
    second["last_activity"] = "2022-02-14"
    sector["programs"].append(second)
    imp013 = _check(paracheck.assess(data), "IMP-013")
    dated = _dated(imp013)
    assert dated["sectors[0].programs[0].last_activity"] != "2022-02-14"
    assert dated["sectors[0].programs[1].last_activity"] == "2022-02-14"
    assert len(dated) == 4
