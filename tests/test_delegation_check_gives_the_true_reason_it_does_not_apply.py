"""TOC-018 (officials' delegations and cultural troupes) says why it does not apply: the
trafficking rating first, as TOC-015/016 do, and a finished programme is not "no programme".

Practitioner trial 32 W4: the Sumatera Barat – Gyeongsangbuk-do evaluation (exposure low)
read "Tidak berlaku: tidak ada program yang tercatat mengirim atau menerima delegasi pejabat
atau rombongan budaya" beside its finished festival, ``people_moved: artists``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

FILE = Path(__file__).parent / "data" / "trial32-sumbar-gyeongbuk-2026.yaml"


def _data(level: str | None = None) -> dict[str, Any]:
    data = copy.deepcopy(yaml.safe_load(FILE.read_text(encoding="utf-8")))
    if level is not None:
        data["security"]["human_trafficking"] = level
    return data


def _checks(data: dict[str, Any]) -> dict[str, paracheck.Check]:
    a = paracheck.assess(data, as_of=data["date"])
    return {c.rule_id: c for c in a.checks if c.rule_id in ("TOC-015", "TOC-016", "TOC-018")}


def _festival(data: dict[str, Any]) -> dict[str, Any]:
    return next(
        p for s in data["sectors"] for p in s["programs"] if p.get("people_moved") == "artists"
    )


def test_at_low_exposure_the_reason_is_the_rating_as_for_the_education_rungs():
    data = _data()
    assert data["security"]["human_trafficking"] == "low"
    assert _festival(data)["status"] == "done"
    checks = _checks(data)
    said = checks["TOC-018"].not_applicable
    assert said is not None
    assert said.id == checks["TOC-015"].not_applicable.id
    assert "rendah" in said.id and "rombongan budaya" not in said.id


def test_at_medium_exposure_the_reason_is_the_medium_rating():
    said = _checks(_data("medium"))["TOC-018"].not_applicable
    assert said is not None
    assert said.id.startswith("kerawanan perdagangan orang tercatat sedang")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_at_high_exposure_a_finished_festival_is_said_as_finished_not_absent(lang):
    said = _checks(_data("high"))["TOC-018"].not_applicable
    assert said is not None
    text = said.id if lang == "id" else said.en
    assert ("selain yang sudah selesai" if lang == "id" else "other than one finished") in text


def test_at_high_exposure_a_festival_still_planned_is_weighed():
    data = _data("high")
    _festival(data)["status"] = "planned"
    assert _checks(data)["TOC-018"].not_applicable is None  # overseen: Imigrasi recorded
    data["security"]["coordinating_agencies"] = ["BNN"]
    assert _checks(data)["TOC-018"].status == "risk"
