"""A risk whose follow-up is the evaluation's own input is followed up in that evaluation, not
"without waiting for the decision".

Trial 22, finding 7 (Kabupaten Banyuwangi – Xiapu County, two months before the MoU's end, an
education sector whose programmes were all cancelled): the Saran said "Tanpa menunggu keputusan
itu, satu risiko tinggi (IMP-002) ditindaklanjuti segera …" while IMP-002's action is "sepakati
dengan mitra dalam evaluasi kerja sama apakah sektor ini …": an input to the decision, made in
the evaluation, which matters only for what the evaluation decides. "Without waiting for the
decision" belongs to the oversight of activities still under way (TOC-007: trial21 #1), which
holds whatever is decided; the evaluation's inputs are said "Dalam evaluasi itu, …".
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

ENDING: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Kabupaten kembar perikanan",
    "date": "2025-10-15",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kabupaten Uji", "level": "regency"},
    "partner": {"name": "Xiapu County", "country": "CN", "level": "county"},
    "sectors": [
        {
            "name": "fisheries",
            "lead_agency": "Dinas Perikanan Kabupaten Uji",
            "programs": [
                {
                    "name": "Pengolahan rumput laut",
                    "status": "ongoing",
                    "kpis": ["2 unit"],
                    "last_activity": "2025-09-20",
                }
            ],
        },
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan Kabupaten Uji",
            "programs": [{"name": "Beasiswa", "status": "cancelled"}],
        },
    ],
    "procedure": [
        {"step": step, "status": "done", "date": day}
        for step, day in (
            ("initiative", "2020-09-01"),
            ("exploration", "2020-11-15"),
            ("letter_of_intent", "2021-02-10"),
            ("cooperation_plan", "2021-04-20"),
            ("dprd_approval", "2021-06-14"),
            ("verification", "2021-08-30"),
            ("agreement_drafting", "2021-10-12"),
            ("central_approval", "2021-11-05"),
            ("full_powers", "2021-11-20"),
            ("signing", "2021-12-16"),
            ("implementing_agreement", "2022-03-03"),
        )
    ]
    + [{"step": "reporting", "status": "pending"}],
    "governance": {"reports_to_ministry": True, "joint_working_group": True},
    "agreement": {"expires": "2025-12-15"},
}
CASES = {
    "ending": {},
    "evaluation": {"stage": "evaluation"},
}


def _assess(**changes: Any) -> Any:
    data = copy.deepcopy(ENDING)
    data.update(copy.deepcopy(changes))
    return paracheck.assess(data)


def _high(a: Any) -> list[str]:
    return sorted(c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high")


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_evaluations_own_input_is_followed_up_in_the_evaluation(case):
    a = _assess(**CASES[case])
    assert _high(a) == ["IMP-002"], _high(a)
    said = advice(a, "id")
    label = view.saran_labels(a.pack.name)["IMP-002"].id
    assert said[1] == (
        f"Dalam evaluasi itu, satu risiko tinggi, yaitu {label} (IMP-002), ditindaklanjuti "
        "sesuai rencana tindak lanjut."
    ), said
    assert not any(s.startswith("Tanpa menunggu keputusan itu") for s in said)
    english = advice(a, "en")
    # (the count's words in English are trial22 #15's, not this test's)
    assert english[1].startswith("In that evaluation, follow up "), english
    assert english[1].endswith(" (IMP-002), as the action plan sets out."), english


def test_oversight_of_what_is_running_still_holds_without_waiting_for_the_decision():
    """The control: crews moving now in a very high trafficking area (TOC-007) are overseen
    whatever is decided (trial21 #1)."""
    sectors = copy.deepcopy(ENDING["sectors"][:1])
    sectors[0]["programs"][0]["moves_people"] = True
    a = _assess(
        sectors=sectors,
        security={"human_trafficking": "high", "coordinating_agencies": ["BNN", "KKP"]},
    )
    assert _high(a) == ["TOC-007"], _high(a)
    said = advice(a, "id")
    # with the offices it goes to, and no assignment after it saying it again (trial 250 L5)
    assert said[1].startswith(
        "Tanpa menunggu keputusan itu, Dinas Perikanan Kabupaten Uji dan Bagian Kerja Sama "
        "ditugaskan segera menindaklanjuti satu risiko tinggi"
    ), said
    assert not any("menindaklanjuti risiko tersebut" in s for s in said), said
