"""The report owed at the evaluation (REG-026) is not met by a report recorded years before
the MoU's term ended; the periodic reports GOV-003 asks for wait for a new MoU once the
term has ended.

Practitioner trial 31 W2: Sulawesi Selatan – Western Australia, MoU 20 June 2013 to 19 June
2022, judged in March 2023 at the evaluation stage with the reporting step recorded done on
20 December 2016. REG-026 ticked "Laporan tahap pelaporan dan evaluasi telah disampaikan
kepada Menteri Dalam Negeri … (laporan terakhir tertanggal 20 Desember 2016)", although GOV-003
itself says the missing final report is REG-026's finding; and GOV-003 advised "Siapkan laporan
pelaksanaan berkala" for an MoU that had ended. The report owed is the procedure's last
step (REGULATION.md: monitoring, evaluation and reporting to the Home Affairs Minister under
Permendagri 3/2008 as practised; reporting and evaluation under Permendagri 25/2020). A
report dated more than a year before the MoU's end and more than a year before the date
judged reports on the term's course, not its evaluation (a year: paracheck's yardstick).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data" / "trial31-sulsel-wa-2023.yaml"


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _with_report(data: dict[str, Any], day: dt.date) -> dict[str, Any]:
    data = copy.deepcopy(data)
    step = next(s for s in data["procedure"] if s["step"] == "reporting")
    step["date"] = day
    return data


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(data, as_of=data["date"])


def _check(a: paracheck.Assessment, rule_id: str):
    return next(ch for ch in a.checks if ch.rule_id == rule_id)


def _report_day(data: dict[str, Any]) -> dt.date:
    return next(s for s in data["procedure"] if s["step"] == "reporting")["date"]


def test_a_2016_report_is_not_the_evaluation_report_of_an_mou_ended_in_2022():
    data = _data()
    expires, report = data["agreement"]["expires"], _report_day(data)
    assert report < expires - dt.timedelta(days=365)
    a = _assess(data)
    check = _check(a, "REG-026")
    assert check.status == "risk"
    shown = {e.path: e.value for e in check.evidence}
    assert str(shown["procedure.reporting.date"]) == str(report)
    # one lapse, one finding: the regular reports are recorded under REG-026
    gov = _check(a, "GOV-003")
    assert gov.status == "clear" and gov.covered_by == "REG-026"
    # the boundary: a report in the term's last year is the evaluation's
    in_last_year = _with_report(data, expires - dt.timedelta(days=200))
    assert _check(_assess(in_last_year), "REG-026").status == "clear"


def test_the_memo_no_longer_ticks_the_old_report_as_the_evaluation_report():
    text = paracheck.render(_assess(_data()), "text", lang="id")
    assert "☑ REG-026" not in text
    assert "✗ REG-026" in text
    assert "Siapkan laporan pelaksanaan dan evaluasi" in text
    assert "Siapkan laporan pelaksanaan berkala" not in text


def test_a_report_in_the_year_before_a_mid_term_evaluation_is_the_evaluation_report():
    data = copy.deepcopy(_data())
    data["agreement"]["expires"] = dt.date(2028, 6, 19)
    recent = _with_report(data, data["date"] - dt.timedelta(days=100))
    assert _check(_assess(recent), "REG-026").status == "clear"
    old = _with_report(data, data["date"] - dt.timedelta(days=500))
    assert _check(_assess(old), "REG-026").status == "risk"
    # a report recorded done without a date is ticked as before, saying its date is not given
    undated = copy.deepcopy(old)
    del next(s for s in undated["procedure"] if s["step"] == "reporting")["date"]
    assert _check(_assess(undated), "REG-026").status == "clear"


def test_after_the_mou_ended_the_periodic_reports_wait_for_a_new_mou():
    # the final report in the term's last year: REG-026 is met, GOV-003 (no regular
    # reports) remains, its advice held for a new or extended MoU
    data = _data()
    a = _assess(_with_report(data, data["agreement"]["expires"] - dt.timedelta(days=30)))
    assert _check(a, "GOV-003").status == "risk"
    headings = [
        heading
        for heading, items in view.action_plan(a, "id")
        for item in items
        if "GOV-003" in (item.get("rules") or [])
    ]
    assert headings and all(
        h.startswith("Bila kerja sama dilanjutkan dengan MoU baru") for h in headings
    )
