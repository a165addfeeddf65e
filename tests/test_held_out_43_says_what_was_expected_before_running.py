"""Held-out 43: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Two defects of
advice, both on the first, mended:

- Kota Medan – Kota Ichikawa (a sister-city proposal whose letter of intent was signed in
  November 2022 and whose cooperation plan had not begun four years later): "Risiko sedang"
  on TOC-011 alone — BNN asked for a narcotics study because a delegation of officials would
  visit Ichikawa, though the pack's own account of the narcotics flows leaves officials'
  study visits out (and TOC-009's trafficking branch, fix35b). Nothing said the LoI was four
  years old. Now the delegation is no flow (the rules' n/a reason says so) and GOV-007 finds
  the stalled LoI: ask the partner to confirm its intent before a plan is drafted on it.
- Kabupaten Sikka – an Australian health foundation (KSDLL): the foundation's money, most of
  the programme's cost, not yet recorded: BUD-007 (the gap) and REG-033 as a note; trafficking
  rated high while only officials travel: TOC-018 (low). "Risiko sedang".
- Provinsi Sumatera Utara – Tamil Nadu: a direct shipping line from Belawan, a port the
  centre runs (REG-042, high), a high narcotics route with Bea Cukai but not BNN (TOC-011):
  "Risiko tinggi". The file says the TKKSD reviewed a plan it does not list: the notice
  asks which is true before the decision (the lead's own input slip, caught).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
MEDAN = DATA / "holdout43-medan-ichikawa-2026.yaml"
SIKKA = DATA / "holdout43-sikka-foundation-2025.yaml"
SUMUT = DATA / "holdout43-sumut-tamilnadu-2026.yaml"


def _data(path: Path) -> dict[str, Any]:
    return paracheck.load_proposal(str(path)).model_dump(mode="json", exclude_none=True)


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            MEDAN,
            "medium_risk",
            {"GOV-007"},
            {"TOC-003", "TOC-009", "TOC-011", "TOC-012", "TOC-014", "HR-002", "BUD-007"},
        ),
        (
            SIKKA,
            "medium_risk",
            {"BUD-007", "HR-003", "HR-004", "TOC-018"},
            {"REG-002", "REG-003", "HR-002", "TOC-007", "TOC-015", "BUD-002", "TOC-011"},
        ),
        (
            SUMUT,
            "high_risk",
            {"REG-042", "TOC-011"},
            {"HR-002", "TOC-003", "TOC-014", "TOC-007", "BUD-005", "BUD-007", "GOV-007"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_an_officials_delegation_is_not_a_narcotics_flow_and_says_so() -> None:
    a = assessed(MEDAN)
    toc011 = next(c for c in a.checks if c.rule_id == "TOC-011")
    assert toc011.status == "clear"
    assert toc011.not_applicable is not None
    assert "selain delegasi pejabat atau rombongan budaya" in toc011.not_applicable.id
    assert "other than officials' delegations or cultural troupes" in toc011.not_applicable.en


@pytest.mark.parametrize("moved", ["workers", "students"])
def test_the_same_programme_moving_workers_or_students_is_still_a_flow(moved: str) -> None:
    data = _data(MEDAN)
    data["sectors"][0]["programs"][0]["people_moved"] = moved
    status = {c.rule_id: c.status for c in paracheck.assess(data).checks}
    assert status["TOC-011"] == "risk"


def test_a_letter_of_intent_four_years_old_is_a_finding_with_the_partner_asked_first() -> None:
    a = assessed(MEDAN)
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "GOV-007 Surat pernyataan kehendak (LoI) sudah lebih dari setahun" in memo
    assert "minta mitra menegaskan secara tertulis bahwa kehendak dalam LoI masih berlaku" in memo
    assert "Tanggal surat pernyataan kehendak (LoI): 3 November 2022" in memo
    saran = memo.split(" SARAN ")[1].split("Lampiran")[0]
    assert "(GOV-007)" in saran.split(" 2. ")[0]


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"cooperation_plan": "in_progress"}, "clear"),
        ({"letter_of_intent_date": "2026-06-01"}, "clear"),
        ({"stage": "mou_signed"}, "clear"),
    ],
)
def test_a_recent_letter_or_a_plan_under_way_is_no_finding(change, status) -> None:
    data = _data(MEDAN)
    for entry in data["procedure"]:
        if entry["step"] == "cooperation_plan" and "cooperation_plan" in change:
            entry["status"] = change["cooperation_plan"]
        if entry["step"] == "letter_of_intent" and "letter_of_intent_date" in change:
            entry["date"] = change["letter_of_intent_date"]
    if "stage" in change:
        data["stage"] = change["stage"]
    gov007 = next(c for c in paracheck.assess(data).checks if c.rule_id == "GOV-007")
    assert gov007.status == status


def test_a_foundations_unrecorded_money_is_the_budget_gap_and_a_note() -> None:
    a = assessed(SIKKA)
    by_rule = {c.rule_id: c for c in a.checks}
    assert by_rule["BUD-007"].status == "risk"
    assert by_rule["REG-033"].status == "risk" and by_rule["REG-033"].severity == "info"
    # a foundation is an institution: the KSDPL considerations are not asked of it
    assert "lembaga di luar negeri" in by_rule["REG-002"].not_applicable.id


def test_a_tkksd_review_without_a_plan_is_asked_about_before_the_decision() -> None:
    a = assessed(SUMUT)
    assert [n.code for n in a.notices] == ["tkksd_without_plan"]
    memo = " ".join(paracheck.render(a, "text", "id").split())
    saran = memo.split(" SARAN ")[1].split("Lampiran")[0]
    assert saran.startswith("1. Biro Kerja Sama ditugaskan memperbaiki data usulan")


@pytest.mark.parametrize("path", [MEDAN, SIKKA, SUMUT])
def test_the_partner_is_never_the_one_told_to_act(path: Path) -> None:
    assert_partner_never_acts(path)
