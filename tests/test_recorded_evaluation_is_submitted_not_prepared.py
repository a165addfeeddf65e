"""An evaluation the file records is submitted for the decision, not prepared again (held-out
44: Semarang – Brisbane, at the evaluation stage with its MoU ending in four months, was told
"segera menyiapkan evaluasi kerja sama" beside the reporting step recorded done with its
"Laporan evaluasi 2022–2026" of three months before).

The report counts as the evaluation's where REG-026 reads it so: at the evaluation stage or
once the MoU's term has ended, the reporting step done, dated not after the date judged, and
within the MoU's last year (or later) or within the year before the date judged. Then the
notice, the plan's first action and the Saran ask the cooperation unit to submit it with its
date; otherwise — no report, one too old, one dated after the date judged, or a periodic
report of a cooperation still running whose MoU ends within months — to prepare the
evaluation, as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.report import formatting
from paracheck.report.advice import advice

AS_OF = dt.date(2026, 10, 5)
SIGNED = dt.date(2022, 2, 14)
SUBMIT = "mengajukan hasil evaluasi kerja sama berdasarkan laporan yang disampaikan pada"
PREPARE = "menyiapkan evaluasi kerja sama"


def _file(stage: str, expires: dt.date, reporting: dict[str, Any] | None) -> dict[str, Any]:
    steps: list[dict[str, Any]] = [
        {"step": "signing", "status": "done", "date": SIGNED.isoformat()}
    ]
    if reporting is not None:
        steps.append({"step": "reporting", **reporting})
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota Kembar Kota Semarang – Kota Brisbane",
        "date": AS_OF.isoformat(),
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kota Semarang", "level": "city"},
        "partner": {"name": "Brisbane City Council", "country": "AU", "level": "city"},
        "procedure": steps,
        "agreement": {"expires": expires.isoformat()},
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan Kota Semarang",
                "programs": [{"name": "Kelas kembar daring", "status": "ongoing"}],
            }
        ],
    }


def _done(day: dt.date) -> dict[str, Any]:
    return {"status": "done", "date": day.isoformat()}


#: the decision due: at the evaluation stage with the term ending in four months or with
#: years left, or the term ended two months ago (the stage not updated)
CASES = {
    "expiring": ("evaluation", dt.date(2027, 2, 13), "mou_expiring"),
    "lapsed": ("active", dt.date(2026, 8, 1), "mou_expired"),
    "evaluation": ("evaluation", dt.date(2029, 2, 13), None),
}


def _said(a: paracheck.Assessment, notice: str | None) -> dict[str, str]:
    """The sentences that assign the evaluation: the notice's text and its action (the plan's
    first line) where there is a notice, and the Saran."""
    out = {"saran": " ".join(advice(a, "id"))}
    if notice is not None:
        found = next(n for n in a.notices if n.code == notice)
        assert found.action is not None
        out["notice"] = found.text.id
        out["action"] = found.action.text.id
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_report_of_three_months_ago_is_submitted_with_its_date(case: str) -> None:
    stage, expires, notice = CASES[case]
    reported = dt.date(2026, 7, 1)
    a = paracheck.assess(_file(stage, expires, _done(reported)), as_of=AS_OF)
    day = formatting.date(reported, "id")
    for where, text in _said(a, notice).items():
        said = text.replace("Ajukan", "mengajukan")
        assert f"{SUBMIT} {day}" in said, where
        assert PREPARE not in said and "Siapkan evaluasi" not in text, where
    english = " ".join(advice(a, "en"))
    assert (
        f"submit the evaluation's result, drawn from the report sent on "
        f"{formatting.date(reported, 'en')}"
    ) in english
    assert "prepare an evaluation" not in english


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize(
    "reporting",
    [
        None,
        {"status": "pending"},
        {"status": "done"},
        # more than a year before the date judged and before the MoU's last year
        _done(dt.date(2024, 6, 30)),
        # after the date judged: not yet a report the decision can rest on
        _done(dt.date(2026, 12, 1)),
    ],
    ids=["not-listed", "pending", "undated", "two-years-old", "after-the-date-judged"],
)
def test_without_a_recent_report_the_unit_prepares_the_evaluation(
    case: str, reporting: dict[str, Any] | None
) -> None:
    stage, expires, notice = CASES[case]
    a = paracheck.assess(_file(stage, expires, reporting), as_of=AS_OF)
    said = _said(a, notice)
    assert all(SUBMIT not in text for text in said.values())
    if notice is not None:
        assert PREPARE in said["notice"] and said["action"].startswith("Siapkan evaluasi")
    assert "menyiapkan" in said["saran"] and "evaluasi kerja sama" in said["saran"]


def test_a_report_within_the_mous_last_year_counts_though_older_than_a_year() -> None:
    """The other half of the yardstick: an MoU that lapsed a year and a half ago, its report
    dated four months before the end, is the lapsed term's evaluation."""
    reported, ends = dt.date(2025, 1, 10), dt.date(2025, 5, 1)
    a = paracheck.assess(_file("active", ends, _done(reported)), as_of=AS_OF)
    assert AS_OF - reported > dt.timedelta(days=365)
    for where, text in _said(a, "mou_expired").items():
        assert f"{formatting.date(reported, 'id')}" in text, where
        assert "Siapkan evaluasi" not in text and PREPARE not in text, where


def test_a_periodic_report_of_a_running_cooperation_is_not_the_evaluation() -> None:
    """Still at stage ``active``, its MoU ending in four months: the report of three months
    ago is a periodic one (REG-026 is not due), and the evaluation is prepared."""
    a = paracheck.assess(
        _file("active", dt.date(2027, 2, 13), _done(dt.date(2026, 7, 1))), as_of=AS_OF
    )
    said = _said(a, "mou_expiring")
    assert all(SUBMIT not in text for text in said.values())
    assert PREPARE in said["notice"] and said["action"].startswith("Siapkan evaluasi")
    assert f"segera {PREPARE}" in said["saran"]


@pytest.mark.parametrize("case", ["expiring", "evaluation"])
def test_a_report_more_than_six_months_old_is_brought_up_to_date(case: str) -> None:
    """Trial 231 #2: the yearly report of ten months before, at the evaluation stage, was to
    be submitted as the evaluation the Wali Kota's decision rests on; what happened since
    (a joint committee, a programme still stalled, placements running) was in no sentence.
    Within REG-026's year it is still the file's evaluation, submitted with what came after."""
    stage, expires, _ = CASES[case]
    reported = dt.date(2025, 12, 1)  # ten months before the date judged
    a = paracheck.assess(_file(stage, expires, _done(reported)), as_of=AS_OF)
    said = " ".join(" ".join(advice(a, "id")).split())
    day = formatting.date(reported, "id")
    assert f"{SUBMIT} {day} dan perkembangan sesudahnya sebagai" in said
    english = " ".join(" ".join(advice(a, "en")).split())
    assert "drawn from the report sent on" in english
    assert "and from what has happened since" in english
    fresh = paracheck.assess(_file(stage, expires, _done(dt.date(2026, 7, 1))), as_of=AS_OF)
    assert "dilengkapi dengan perkembangan" not in " ".join(advice(fresh, "id"))
