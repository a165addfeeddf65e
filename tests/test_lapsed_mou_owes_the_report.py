"""A lapsed MoU owes the evaluation's report to the Home Affairs Minister whatever its stage says.

Trial 22, finding 2 (Kabupaten Banyuwangi – Xiapu County, MoU ended 15 December 2025, judged
15 March 2026, ``stage: active``, reporting pending): REG-026 read "Belum waktunya", the
procedure table "ya, pada tahap evaluasi", and neither the plan nor the Saran named the report,
while the same file at ``stage: evaluation`` had all three. Nobody updates the stage on the
day the MoU lapses: a file whose term has ended has reached the evaluation (the notice
``mou_expired`` asks for it), so the report that comes with it is owed now, in both regimes.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

# (date judged, signing, end of term) under each regime that has REG-026
REGIMES = {
    "pp28-2018": ("2026-03-15", "2021-12-16", "2025-12-15"),
    "permendagri-3-2008": ("2017-03-15", "2012-12-16", "2016-12-15"),
}


def _assess(regime: str, stage: str = "active", lapsed: bool = True, **fields: Any) -> Any:
    day, signed, ends = REGIMES[regime]
    if not lapsed:
        ends = f"{int(ends[:4]) + 3}{ends[4:]}"
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Kabupaten kembar perikanan",
        "date": day,
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kabupaten Uji", "level": "regency"},
        "partner": {"name": "Xiapu County", "country": "CN", "level": "county"},
        "sectors": [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Perikanan Kabupaten Uji",
                "programs": [{"name": "Pengolahan rumput laut", "status": "done"}],
            }
        ],
        "procedure": [
            {"step": "signing", "status": "done", "date": signed},
            {"step": "reporting", "status": "pending"},
        ],
        "governance": {"reports_to_ministry": True},
        "agreement": {"expires": ends},
    }
    data.update(copy.deepcopy(fields))
    a = paracheck.assess(data)
    assert a.pack.name == regime, a.pack.name
    return a


def _check(a: Any, rule: str) -> Any:
    (check,) = [c for c in a.checks if c.rule_id == rule]
    return check


@pytest.mark.parametrize("regime", sorted(REGIMES))
def test_a_lapsed_mou_still_marked_active_owes_the_report_to_the_minister(regime):
    a = _assess(regime)
    assert "mou_expired" in {n.code for n in a.notices}
    assert _check(a, "REG-026").status == "risk"
    (reporting,) = [e for e in a.procedure if e.step == "reporting"]
    assert reporting.required
    # the plan: with the evaluation, not held for a new MoU
    (heading, now), *held = view.action_plan(a, "id")
    assert heading == "Evaluasi dan keputusan atas MoU yang telah berakhir"
    assert any("REG-026" in act["rules"] for act in now)  # type: ignore[operator]
    assert not any("REG-026" in act["rules"] for _, acts in held for act in acts)  # type: ignore[operator]
    # the Saran the head signs names it, as at the evaluation stage
    first = advice(a, "id")[0]
    assert "laporan hasil evaluasi disampaikan Bupati kepada Menteri Dalam Negeri" in first
    assert "kepada Menteri Dalam Negeri" in " ".join(advice(a, "id"))


@pytest.mark.parametrize("regime", sorted(REGIMES))
def test_a_lapsed_mou_judges_the_report_the_same_at_either_stage(regime):
    at_eval = _assess(regime, stage="evaluation")
    active = _assess(regime)
    assert _check(active, "REG-026").status == _check(at_eval, "REG-026").status == "risk"
    assert advice(active, "id")[0] == advice(at_eval, "id")[0]


@pytest.mark.parametrize("regime", sorted(REGIMES))
def test_a_running_mou_at_the_active_stage_is_not_yet_asked_for_the_report(regime):
    a = _assess(regime, lapsed=False)
    assert "mou_expired" not in {n.code for n in a.notices}
    check = _check(a, "REG-026")
    assert check.status == "clear" and check.due is False
    (reporting,) = [e for e in a.procedure if e.step == "reporting"]
    assert not reporting.required


@pytest.mark.parametrize("regime", sorted(REGIMES))
def test_a_lapsed_mou_without_regular_reports_has_one_finding_on_the_report(regime):
    """The regular reports not sent (GOV-003) beside the final one owed (REG-026): one lapse,
    recorded on REG-026, as at the evaluation stage (newcomer trial 9)."""
    a = _assess(regime, governance={"reports_to_ministry": False})
    assert _check(a, "REG-026").status == "risk"
    gov = _check(a, "GOV-003")
    assert gov.status == "clear" and gov.covered_by == "REG-026"
