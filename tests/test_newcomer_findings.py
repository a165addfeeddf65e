"""Findings of a newcomer trying the project (2026-11-30), each a test that failed before."""

from __future__ import annotations

import csv
import datetime as dt
import io

import paracheck

UNSIGNED = {
    "schema": "paracheck/proposal/v1",
    "title": "Usulan belum ditandatangani",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Contoh", "level": "city"},
    "partner": {"name": "Example City", "country": "JP", "level": "city"},
    "procedure": [{"step": "dprd_approval", "status": "pending"}],
}


def test_the_csv_says_which_checks_were_not_yet_due():
    """A check not yet due is 'clear' in the contract (nothing found) with due=false; the CSV
    had no due column, so a spreadsheet filtered on 'clear' counted the DPRD approval of an
    unsigned proposal as done."""
    a = paracheck.assess(UNSIGNED)
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", "id"))))
    by_rule = {row["rule_id"]: row for row in rows}
    not_due = {c.rule_id for c in a.checks if not c.due}
    assert "REG-010" in not_due
    assert by_rule["REG-010"]["due"] == "false"
    assert {r for r, row in by_rule.items() if row["due"] == "false"} == not_due
    assert all(row["due"] in ("true", "false") for row in rows)


def test_a_proposal_without_a_date_is_told_it_is_judged_as_of_today():
    undated = {k: v for k, v in UNSIGNED.items() if k != "date"}
    a = paracheck.assess(undated)
    notice = next(n for n in a.notices if n.code == "no_date")
    assert a.as_of == dt.date.today()
    assert "Tanggal usulan tidak diisi" in notice.text.id
    assert "gives no date" in notice.text.en
    assert "Tanggal usulan tidak diisi" in paracheck.render(a, "markdown", "id")


def test_a_dated_proposal_or_an_explicit_day_gets_no_such_notice():
    assert all(n.code != "no_date" for n in paracheck.assess(UNSIGNED).notices)
    undated = {k: v for k, v in UNSIGNED.items() if k != "date"}
    chosen = paracheck.assess(undated, as_of=dt.date(2025, 1, 1))
    assert all(n.code != "no_date" for n in chosen.notices)
