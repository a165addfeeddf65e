"""A stalled programme's formal cancellation holds whatever the head of region decides; only its
rescheduling waits for the cooperation to go on.

Trial 22, finding 5 (Kabupaten Banyuwangi – Xiapu County, a tourism programme stalled): two
months before the MoU's end, and again after it lapsed, IMP-004's one action "Jadwalkan ulang
program ini …, atau batalkan secara resmi" stood under "Bila kerja sama dilanjutkan (dengan MoU
baru)": the formal cancellation read as something done only if the partnership goes on, while
a stalled programme is closed formally even (especially) if it ends. The action is split as
REG-013's is: the decision on the programme and its cancellation stay with the evaluation, the
rescheduling is held for the case the cooperation goes on. A running MoU far from its end keeps
the one action. Beside a lapsed MoU the programme ended with it: the firm half is the agency's
own judgement for the evaluation, closing it on record ("… bila tidak, catat bahwa program ini
berakhir bersama MoU yang lama"), not a cancellation settled with the partner before the head of
region decides (trial 30 W2).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.report import view

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Kabupaten kembar pariwisata",
    "date": "2025-10-15",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kabupaten Uji", "level": "regency"},
    "partner": {"name": "Xiapu County", "country": "CN", "level": "county"},
    "sectors": [
        {
            "name": "tourism",
            "lead_agency": "Dinas Pariwisata Kabupaten Uji",
            "programs": [
                {
                    "name": "Promosi wisata bersama",
                    "status": "stalled",
                    "kpis": ["2 acara per tahun"],
                    "last_activity": "2025-08-02",
                }
            ],
        }
    ],
    "procedure": [
        {"step": "signing", "status": "done", "date": "2021-12-16"},
        {"step": "reporting", "status": "pending"},
    ],
    "governance": {"reports_to_ministry": True, "joint_working_group": True},
    "agreement": {"expires": "2025-12-15"},
}

#: the end of term each case gives: two months ahead, lapsed two months ago, far ahead
CASES = {
    "ending": {"agreement": {"expires": "2025-12-15"}},
    "lapsed": {"agreement": {"expires": "2025-08-15"}},
    "evaluation": {"stage": "evaluation", "agreement": {"expires": "2028-12-15"}},
}
RESCHEDULE = "Jadwalkan ulang program ini"
#: how the firm half closes the programme: formally cancelled, or beside a lapsed MoU recorded
#: as ended with it
CANCEL = {"id": "batalkan secara resmi", "en": "cancel it formally"}
ENDED = {
    "id": "catat bahwa program ini berakhir bersama MoU yang lama",
    "en": "record that it ended with the old MoU",
}


def _closing(case: str, lang: str) -> str:
    return (ENDED if case == "lapsed" else CANCEL)[lang]


def _assess(**changes: Any) -> Any:
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(changes))
    return paracheck.assess(data)


def _imp004(groups: list[tuple[str, list[dict[str, object]]]]) -> list[tuple[int, str]]:
    """(the group's index, the text) of every IMP-004 action in the plan."""
    return [
        (i, str(act["text"]))
        for i, (_, acts) in enumerate(groups)
        for act in acts
        if "IMP-004" in act["rules"]  # type: ignore[operator]
    ]


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_cancellation_stays_with_the_evaluation_and_the_rescheduling_waits(case):
    a = _assess(**CASES[case])
    assert any(c.rule_id == "IMP-004" and c.status == "risk" for c in a.checks)
    groups = view.action_plan(a, "id")
    first, *held = [h for h, _ in groups]
    assert first.startswith("Evaluasi dan keputusan"), first
    assert held and all(h.startswith("Bila kerja sama dilanjutkan") for h in held), held
    found = _imp004(groups)
    now = [text for i, text in found if i == 0]
    later = [text for i, text in found if i > 0]
    # the closing is in the firm group, never conditional on going on
    closing = _closing(case, "id")
    assert len(now) == 1 and closing in now[0], found
    assert not any(closing in text or CANCEL["id"] in text for text in later), found
    # the rescheduling only if the cooperation goes on
    assert len(later) == 1 and later[0].startswith(RESCHEDULE), found
    assert RESCHEDULE not in now[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_english_plan_splits_it_the_same_way(case):
    groups = view.action_plan(_assess(**CASES[case]), "en")
    found = _imp004(groups)
    assert [i == 0 for i, _ in found] == [True, False], found
    assert _closing(case, "en") in found[0][1]
    assert found[1][1].startswith("Reschedule the programme")


def test_a_running_mou_far_from_its_end_keeps_one_action_for_the_programme():
    a = _assess(agreement={"expires": "2029-12-15"})
    found = _imp004(view.action_plan(a, "id"))
    assert [text for _, text in found] == [
        "Jadwalkan ulang program ini dengan penanggung jawab yang jelas, "
        "atau batalkan secara resmi."
    ]


def test_the_saran_begins_the_programmes_follow_up_in_the_evaluation_not_if_it_goes_on():
    """Two months before the end, a high risk elsewhere (a sector whose programmes were all
    cancelled, IMP-002): the Saran's sentence on the stalled programme's Dinas said "…, bila
    kerja sama dilanjutkan", beside a plan that now keeps its cancellation in the evaluation."""
    from paracheck.report.advice import advice

    sectors = BASE["sectors"] + [
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan Kabupaten Uji",
            "programs": [{"name": "Beasiswa", "status": "cancelled"}],
        }
    ]
    a = _assess(sectors=sectors)
    assert a.verdict == "high_risk"
    (said,) = [s for s in advice(a, "id") if "(IMP-004)" in s]
    assert said.startswith("Dinas Pariwisata Kabupaten Uji ditugaskan pula"), said
    assert "bila kerja sama dilanjutkan" not in said
    assert said.endswith("dimulai dalam evaluasi kerja sama."), said
    (said_en,) = [s for s in advice(a, "en") if "(IMP-004)" in s]
    assert "if the cooperation goes on" not in said_en and "beginning in the evaluation" in said_en
