"""A programme that does not say whether it moves people is asked, not read as "moves nobody".

Trial 20, finding 4: a nurse exchange (health) or a Tarakan–Tawau passenger ferry
(transport) whose ``moves_people`` was left out — the web form's default, "belum diketahui" —
in a region of high trafficking exposure read TOC-007 "Tidak berlaku: tidak ada sektor atau
program yang memindahkan orang …" and asked nothing. README's first rule: a field left out is
unknown, not no. Where the rule's exposure test holds, such a programme (not finished or
cancelled) makes the count unknown and the check asks "Apakah program ini mengirim atau
menerima orang lintas negara …?" of it; where the exposure test is false, nothing is asked.
The narcotics people-flow rules (TOC-003/011/012) count programmes the same way.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

PACKS = {"pp28-2018": "2024-05-01", "permendagri-3-2008": "2016-03-01"}
QUESTION = "sectors[0].programs[0].moves_people"

#: (rule, security, partner country) under which the rule's exposure test holds
EXPOSED = {
    "TOC-007": ({"human_trafficking": "high", "coordinating_agencies": []}, "JP"),
    "TOC-014": ({"human_trafficking": "medium", "coordinating_agencies": []}, "JP"),
    "TOC-008": ({"human_trafficking": "high", "coordinating_agencies": ["Imigrasi"]}, "JP"),
    # the PRC: a main supplier's on every date (Malaysia only from BNN's 2018 statement)
    "TOC-003": ({"narcotics_route": "high", "coordinating_agencies": []}, "CN"),
    "TOC-012": ({"narcotics_route": "medium", "coordinating_agencies": []}, "JP"),
}


def _assess(pack: str, security: dict[str, Any], country: str, **program: Any) -> Any:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar kesehatan",
        "date": PACKS[pack],
        "stage": "active",
        "partner": {"country": country},
        "sectors": [
            {
                "name": "health",
                "lead_agency": "Dinas Kesehatan",
                "programs": [{"name": "Pertukaran perawat", **program}],
            }
        ],
        "security": security,
    }
    return paracheck.assess(data, pack=pack)


def _check(result: Any, rule: str) -> Any:
    return next(c for c in result.checks if c.rule_id == rule)


def _asked(result: Any, rule: str) -> bool:
    return any(q.path == QUESTION and rule in q.checks for q in result.questions)


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("rule", EXPOSED)
@pytest.mark.parametrize("status", ["planned", "ongoing", None])
def test_a_live_programme_silent_on_moving_people_is_asked_where_exposed(pack, rule, status):
    security, country = EXPOSED[rule]
    program = {} if status is None else {"status": status}
    result = _assess(pack, security, country, **program)
    check = _check(result, rule)
    assert check.status == "unknown", check.status
    assert check.not_applicable is None
    assert QUESTION in check.missing
    assert _asked(result, rule)


@pytest.mark.parametrize("pack", PACKS)
def test_the_question_names_passengers(pack):
    security, country = EXPOSED["TOC-007"]
    result = _assess(pack, security, country, status="planned")
    question = next(q for q in result.questions if q.path == QUESTION)
    assert "penumpang" in question.text.id and "passengers" in question.text.en


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("status", ["done", "cancelled"])
def test_a_finished_or_cancelled_programme_silent_on_moving_people_is_not_asked(pack, status):
    security, country = EXPOSED["TOC-007"]
    result = _assess(pack, security, country, status=status)
    check = _check(result, "TOC-007")
    assert check.status == "clear" and check.not_applicable is not None
    assert not any(q.path == QUESTION for q in result.questions)


@pytest.mark.parametrize("pack", PACKS)
def test_a_silent_programme_outside_the_exposure_asks_nothing(pack):
    security = {
        "human_trafficking": "low",
        "narcotics_route": "low",
        "iuu_fishing": "none",
        "terrorism": "low",
        "coordinating_agencies": [],
    }
    result = _assess(pack, security, "JP", status="planned")
    for rule in ("TOC-007", "TOC-014", "TOC-012"):
        check = _check(result, rule)
        assert check.status == "clear" and check.not_applicable is not None, rule
    assert not any(q.path == QUESTION for q in result.questions)


@pytest.mark.parametrize("pack", PACKS)
def test_a_programme_that_says_it_moves_nobody_is_not_asked(pack):
    security, country = EXPOSED["TOC-007"]
    result = _assess(pack, security, country, status="planned", moves_people=False)
    assert _check(result, "TOC-007").not_applicable is not None
    assert not any(q.path == QUESTION for q in result.questions)
