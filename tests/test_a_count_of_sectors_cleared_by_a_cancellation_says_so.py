"""A check that counts the sectors and clears only because a programme was cancelled says so
in the comparison (trial 231 #4: "HR-005 Jumlah sektor melebihi kemampuan staf … Risiko
(skor 12) → Tidak ada temuan", the one staff member unchanged, the tourism sector's only
programme cancelled: a fall in activity read as the staffing dealt with). Where another fact
the finding rested on changed too (a second staff member), no such caveat."""

from __future__ import annotations

import copy
import json
from typing import Any

import paracheck
from paracheck.report import render_diff

OLD: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Kota Kembar Kota Bitung – General Santos City",
    "date": "2025-03-01",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Bitung", "level": "city"},
    "partner": {"name": "General Santos City", "country": "PH", "level": "city"},
    "procedure": [{"step": "signing", "status": "done", "date": "2023-12-10"}],
    "human_resources": {"dedicated_staff": 1},
    "sectors": [
        {"name": "fisheries", "programs": [{"name": "Rantai dingin", "status": "ongoing"}]},
        {"name": "ports_maritime", "programs": [{"name": "Kajian pelabuhan", "status": "ongoing"}]},
        {"name": "tourism", "programs": [{"name": "Promosi wisata selam", "status": "planned"}]},
    ],
}


def _new(**changes: Any) -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    new["sectors"][2]["programs"][0]["status"] = "cancelled"
    new.update(changes)
    return new


def _compared(new: dict[str, Any]) -> str:
    old_p, new_p = (paracheck.load_proposal_text(json.dumps(p)) for p in (OLD, new))
    old_a, new_a = paracheck.assess(old_p), paracheck.assess(new_p)
    assert next(c for c in old_a.checks if c.rule_id == "HR-005").status == "risk"
    assert next(c for c in new_a.checks if c.rule_id == "HR-005").status == "clear"
    diff = paracheck.diff(old_a, new_a, (old_p, new_p))
    return " ".join(render_diff(diff, "text", "id", assessments=(old_a, new_a)).split())


def test_the_cancellation_is_said_where_only_it_changed_the_count():
    said = _compared(_new())
    assert (
        "HR-005 Jumlah sektor melebihi kemampuan staf untuk menanganinya Risiko (skor 12) → "
        "Tidak ada temuan Tidak lagi menjadi temuan karena program “Promosi wisata selam” "
        "dibatalkan pada versi baru sehingga sektornya tidak dihitung lagi; fakta lain yang "
        "dinilai pemeriksaan ini tidak berubah. Jadi, temuan ini hilang bukan karena "
        "kekurangannya telah diatasi." in said
    )


def test_no_caveat_where_the_staff_changed_too():
    said = _compared(_new(human_resources={"dedicated_staff": 2}))
    assert "tidak dihitung lagi" not in said
