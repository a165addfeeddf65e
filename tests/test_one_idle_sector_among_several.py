"""One sector whose programme is still only planned more than a year after the MoU is a
finding of its own (IMP-011), owned by that sector's agency, even while the other sectors move.

Newcomer trial 24 (M1): a Sangihe–Glan renewal evaluation, MoU of February 2022 ending in
February 2027. The teacher exchange of the education sector had been ``planned`` since the
MoU; the fisheries programme ran and the trade programme had finished. IMP-006 needs half the
sectors idle and IMP-005 exempts a sector that never started, so the idle sector got no
finding, while the finished trade sector got IMP-005's sector review (no more since
practitioner trial 28 #4: a sector whose programmes all finished is not idle). Removing the finished
sector made IMP-006 fire (high) with the advice the evaluation needed: a successful sector hid
the thesis's central finding (IV.A: the sector agencies never followed up). Where half the
sectors or more lag, the finding stays IMP-006's and IMP-011 is recorded under it.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data" / "trial24-sangihe-glan-evaluation.yaml"
EDUCATION_AGENCY = "Dinas Pendidikan Kabupaten Kepulauan Sangihe"


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(data, as_of=data["date"])


def _check(a: paracheck.Assessment, rule_id: str):
    return next(ch for ch in a.checks if ch.rule_id == rule_id)


def _imp011_actions(a: paracheck.Assessment) -> list[tuple[str, dict[str, Any]]]:
    return [
        (heading, item)
        for heading, items in view.action_plan(a, "id")
        for item in items
        if "IMP-011" in (item.get("rules") or [])
    ]


def test_the_planned_education_sector_of_a_renewal_evaluation_is_a_medium_finding():
    a = _assess(_data())
    check = _check(a, "IMP-011")
    assert check.status == "risk"
    assert check.severity == "medium"
    # the finished trade sector is not idle (practitioner trial 28 #4: a sector whose
    # programmes all finished is done, not inactive); the verdict stays medium
    assert _check(a, "IMP-005").status != "risk"
    assert a.verdict == "medium_risk"


def test_the_advice_goes_to_the_idle_sectors_agency_in_the_evaluation_before_the_end():
    a = _assess(_data())
    actions = _imp011_actions(a)
    assert len(actions) == 1
    heading, item = actions[0]
    assert heading.startswith("Evaluasi dan keputusan sebelum masa berlaku MoU berakhir")
    assert item["who"].startswith(EDUCATION_AGENCY)
    text = item["text"]
    assert "usulkan dalam evaluasi kerja sama apakah sektor yang programnya belum dimulai" in text
    assert "diisi program nyata" in text
    assert "dikeluarkan dari MoU baru atau perpanjangannya" in text
    # the sectors that moved are neither named nor sent the advice
    assert "perikanan" not in text and "perdagangan" not in text
    assert "Dinas Perikanan" not in item["who"] and "Perdagangan" not in item["who"]


def test_the_sectors_that_moved_are_not_the_findings_evidence():
    a = _assess(_data())
    names = {e.path for e in _check(a, "IMP-011").evidence if e.path.endswith("].name")}
    assert "sectors[2].name" in names
    assert "sectors[0].name" not in names and "sectors[1].name" not in names


def test_mid_term_the_sectors_agency_is_told_to_start_the_programme_or_drop_the_sector():
    data = _data()
    data["stage"] = "active"
    data["agreement"]["expires"] = dt.date(2029, 2, 25)
    a = _assess(data)
    [(_, item)] = _imp011_actions(a)
    assert item["who"].startswith(EDUCATION_AGENCY)
    assert item["text"].startswith("Mulai program sektor yang belum bergerak")


def test_half_the_sectors_idle_stays_imp006s_finding_and_imp011_is_recorded_under_it():
    data = _data()
    data["sectors"] = [s for s in data["sectors"] if s["name"] != "trade"]
    a = _assess(data)
    assert _check(a, "IMP-006").status == "risk"
    check = _check(a, "IMP-011")
    assert check.status == "clear"
    assert check.covered_by == "IMP-006"
    assert not _imp011_actions(a)


def test_less_than_a_year_after_the_mou_a_planned_programme_is_no_finding():
    data = copy.deepcopy(_data())
    data["date"] = dt.date(2022, 12, 1)
    data["stage"] = "active"
    data["procedure"] = [s for s in data["procedure"] if s["step"] != "reporting"]
    a = _assess(data)
    assert _check(a, "IMP-011").status == "clear"
    assert _check(a, "IMP-011").due is False
