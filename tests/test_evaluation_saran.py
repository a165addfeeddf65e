"""At the evaluation stage the Saran says what the evaluation is for.

Trial 19, finding 4 (Kabupaten Belitung – Xiapu, MoU of 2010, stage ``evaluation``, six high
risks): the Saran was word for word the one of the same partnership at stage ``active`` —
"Kerja sama dapat dilanjutkan dengan pembenahan …" — and never said that the evaluation is
the Bupati's decision whether the cooperation goes on or ends, nor that its report goes to
the Home Affairs Minister (only REG-026's row in the plan did). Now the Saran opens, as beside
an MoU about to end, with the cooperation unit preparing the evaluation's result for the head
of region's decision, and the follow-up of the risks holds if the cooperation goes on.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report.advice import advice


def _assessed(stage: str = "evaluation", level: str = "regency", **fields: Any) -> Any:
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Kabupaten kembar perikanan",
        "date": "2026-05-20",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kabupaten Uji", "level": level},
        "partner": {"name": "Xiapu County", "country": "CN", "level": "county"},
        "sectors": [
            {"name": "fisheries", "lead_agency": "Dinas Perikanan", "programs": []},
            {"name": "trade", "lead_agency": "Dinas Perdagangan", "programs": []},
        ],
        "procedure": [
            # the statutory approvals recorded: an unlisted one opens a running partnership's
            # Saran with its hold (city 490 F1), not this file's subject
            {"step": "dprd_approval", "status": "done", "date": "2020-09-01"},
            {"step": "central_approval", "status": "done", "date": "2020-11-01"},
            {"step": "signing", "status": "done", "date": "2020-11-15"},
            {"step": "reporting", "status": "pending"},
        ],
        **fields,
    }
    return paracheck.assess(data)


def test_an_evaluation_saran_opens_with_the_decision_the_evaluation_prepares():
    a = _assessed()
    assert a.verdict == "high_risk"
    first, second = advice(a, "id")[:2]
    assert first == (
        "Bagian Kerja Sama ditugaskan menyiapkan hasil evaluasi kerja sama sebagai bahan "
        "keputusan Bupati: melanjutkan kerja sama dengan pembenahan, atau mengakhirinya secara "
        "resmi bersama mitra; laporan hasil evaluasi disampaikan Bupati kepada Menteri Dalam "
        "Negeri."
    )
    from paracheck.report.advice import _held_now

    highs = sorted(c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high")
    assert second.startswith("Bila kerja sama dilanjutkan, ")
    # those whose follow-up holds whatever is decided are assigned apart (trial20 #1)
    held = [rule for rule in highs if rule not in _held_now(a)]
    assert held and all(rule in second for rule in held), (highs, second)
    english = advice(a, "en")[0]
    assert english.startswith("Assign the Cooperation Section to prepare the evaluation's result")
    assert "ends formally with the partner" in english and "Home Affairs Minister" in english


def test_the_same_partnership_running_is_not_told_of_an_evaluation():
    first = advice(_assessed(stage="active"), "id")[0]
    assert first.startswith("Kerja sama dapat dilanjutkan dengan pembenahan")
    assert "evaluasi" not in first


def test_a_province_evaluation_is_prepared_by_the_biro_for_the_gubernur():
    first = advice(_assessed(level="province"), "id")[0]
    assert first.startswith("Biro Kerja Sama ditugaskan menyiapkan hasil evaluasi")
    assert "keputusan Gubernur" in first and "disampaikan Gubernur kepada Menteri" in first


@pytest.mark.parametrize("status", ["done", "not_applicable"])
def test_no_report_is_asked_for_where_the_file_records_it_sent_or_not_needed(status):
    steps = [
        {"step": "signing", "status": "done", "date": "2020-11-15"},
        {"step": "reporting", "status": status},
    ]
    first = advice(_assessed(procedure=steps), "id")[0]
    assert first.startswith("Bagian Kerja Sama ditugaskan menyiapkan hasil evaluasi")
    assert "Menteri Dalam Negeri" not in first


def test_the_report_is_said_as_reported_where_its_source_is_of_medium_confidence():
    """Under Permendagri 3/2008 the report to the Minister is the practice a secondary source
    reports (REG-026, confidence medium): the Saran says so."""
    steps = [
        {"step": "signing", "status": "done", "date": "2012-11-15"},
        {"step": "reporting", "status": "pending"},
    ]
    a = _assessed(date="2016-03-01", procedure=steps)
    assert a.pack.name == "permendagri-3-2008"
    first = advice(a, "id")[0]
    assert "; menurut sumber sekunder, laporan hasil evaluasi disampaikan Bupati" in first


def test_an_evaluation_assigns_the_follow_up_for_the_case_the_cooperation_goes_on():
    """words20 A4: item 2 said "Bila kerja sama dilanjutkan, … ditindaklanjuti", then the
    offices were assigned the same risks, and the medium ones "segera", with no condition —
    the head read the partnership as going on whatever the evaluation found."""
    a = _assessed()
    saran = advice(a, "id")
    from paracheck.report.advice import _held_now

    now = _held_now(a)  # followed up whatever is decided: the report owed, the review
    assert now, "the file should have a risk whose action holds after a term"
    assigning = [s for s in saran if "ditugaskan menindaklanjuti" in s or "ditugaskan pula" in s]
    assert assigning, saran
    for sentence in assigning:
        assert "segera menindaklanjuti" not in sentence, sentence
        if any(rule in sentence for rule in now):  # trial20 #1: the report is not conditional
            assert not sentence.startswith("Bila"), sentence
        else:
            assert "bila kerja sama dilanjutkan" in sentence.lower(), sentence
    decision = saran[1]
    assert decision.startswith("Bila kerja sama dilanjutkan") and not any(
        rule in decision for rule in now
    ), decision
    # the same partnership running is assigned without the condition
    running = advice(_assessed(stage="active"), "id")
    assert any(
        s.startswith(("Bagian Kerja Sama", "Dinas")) and "ditugaskan menindaklanjuti" in s
        for s in running
    ), running


def test_an_evaluations_plan_holds_the_follow_up_for_the_case_the_cooperation_goes_on():
    """words20 A4: the plan of an evaluation headed RKPD priority and a medium-term funding
    frame "tahap sudah dilalui, segera ditindaklanjuti", before the decision the evaluation
    is for. Now the report owed and the review come first, under the evaluation; the rest
    under "Bila kerja sama dilanjutkan — …"."""
    from paracheck.report import view

    a = _assessed()
    plan = view.action_plan(a, "id")
    headings = [heading for heading, _ in plan]
    assert headings, plan
    assert not any("segera ditindaklanjuti" in h for h in headings), headings
    first, _ = plan[0]
    assert first == "Evaluasi dan keputusan atas kelanjutan kerja sama", headings
    assert all(h.startswith("Bila kerja sama dilanjutkan — ") for h in headings[1:]), headings
    # what holds whatever is decided: the report to the Minister (REG-026) comes first
    assert any("REG-026" in entry.get("rules", []) for entry in plan[0][1]), plan[0]
    english = [heading for heading, _ in view.action_plan(a, "en")]
    assert all(h.startswith("If the cooperation goes on — ") for h in english[1:]), english
    # running, the stages passed are followed up now
    running = [heading for heading, _ in view.action_plan(_assessed(stage="active"), "id")]
    assert not any(h.startswith("Bila kerja sama dilanjutkan") for h in running), running
