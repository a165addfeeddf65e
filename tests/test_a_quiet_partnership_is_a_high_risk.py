"""A partnership whose programmes have all finished, with none after them and nothing done
for more than a year while the MoU runs, is the thesis's decay in its last form: a high risk
with the programmes' last activities as its evidence (held-out 50: Jawa Timur – Western
Australia, quiet since June 2023 with the MoU to 2029, read "Risiko sedang … Kerja sama dapat
dilanjutkan" on governance and budget alone)."""

from __future__ import annotations

import copy
from typing import Any

import paracheck

_QUIET: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Provinsi Kembar",
    "date": "2026-11-30",
    "stage": "active",
    "form": "sister_province",
    "local": {"name": "Provinsi Jawa Timur", "level": "province"},
    "partner": {"name": "State of Western Australia", "country": "AU", "level": "state"},
    "agreement": {"expires": "2029-03-17"},
    "procedure": [{"step": "signing", "status": "done", "date": "2019-03-18"}],
    "sectors": [
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan",
            "programs": [
                {"name": "Pertukaran guru", "status": "done", "last_activity": "2022-11-30"}
            ],
        },
        {
            "name": "agriculture",
            "lead_agency": "Dinas Peternakan",
            "programs": [
                {"name": "Pembibitan sapi", "status": "done", "last_activity": "2023-06-15"}
            ],
        },
    ],
}


def _quiet_check(data: dict[str, Any]) -> tuple[paracheck.Assessment, paracheck.Check]:
    a = paracheck.assess(data)
    return a, next(ch for ch in a.checks if ch.rule_id == "IMP-013")


def test_a_partnership_quiet_for_three_years_is_a_high_risk_with_its_last_activities_shown():
    a, check = _quiet_check(_QUIET)
    assert check.status == "risk"
    assert a.verdict == "high_risk"
    shown = {e.path: e.value for e in check.evidence}
    assert str(shown["sectors[0].programs[0].last_activity"]) == "2022-11-30"
    assert str(shown["sectors[1].programs[0].last_activity"]) == "2023-06-15"
    (action,) = check.recommendations
    assert action.owner == "Biro Kerja Sama"
    assert "Laporkan kepada Gubernur" in action.text.id


def test_a_next_programme_planned_keeps_the_partnership_active():
    data = copy.deepcopy(_QUIET)
    data["sectors"][0]["programs"].append({"name": "Pertukaran siswa", "status": "planned"})
    assert _quiet_check(data)[1].status == "clear"


def test_a_finished_programme_of_unknown_last_activity_is_asked_not_judged():
    data = copy.deepcopy(_QUIET)
    del data["sectors"][1]["programs"][0]["last_activity"]
    a, check = _quiet_check(data)
    assert check.status == "unknown"
    asked = [q for q in a.questions if "IMP-013" in q.checks]
    assert [q.path for q in asked] == ["sectors[1].programs[0].last_activity"]


def test_a_lapsed_mou_is_left_to_the_lapsed_term_notice():
    data = copy.deepcopy(_QUIET)
    data["agreement"] = {"expires": "2026-03-17"}
    assert _quiet_check(data)[1].status == "clear"


def test_a_quiet_partnership_ending_within_six_months_goes_into_the_evaluation():
    data = copy.deepcopy(_QUIET)
    data["agreement"] = {"expires": "2027-02-28"}
    _, check = _quiet_check(data)
    assert check.status == "risk"
    (action,) = check.recommendations
    assert action.text.id.startswith(
        "Karena masa berlaku MoU segera berakhir, catat dalam evaluasi"
    )
    assert "sisa masa berlaku MoU" not in action.text.id
