"""A memo's question names the checks its answer settles, and past a handful it names the
first ones and counts the rest (held-out 67: on a bare proposal, "Di bidang apa saja kerja sama
ini akan dilaksanakan?" was followed by 34 rule codes on the first screen). Every check stays
listed under its question further down, in the section of checks not yet decidable."""

from __future__ import annotations

import html

import pytest

import paracheck
from paracheck.report import render, view

BARE = {
    "schema": "paracheck/proposal/v1",
    "title": "Usulan Sister City Kota Sabang – Phuket",
    "date": "2026-12-01",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Sabang", "level": "city"},
    "partner": {
        "name": "Phuket City Municipality",
        "country": "TH",
        "level": "city",
        "kind": "regional_government",
    },
}


def test_few_checks_are_all_named_and_many_are_counted_past_the_first() -> None:
    few = ["REG-001", "REG-002", "REG-003"]
    assert view.settled_checks(few, "id") == "REG-001, REG-002, REG-003"
    eight = [f"TOC-{i:03d}" for i in range(1, 9)]
    assert view.settled_checks(eight, "en") == ", ".join(eight)
    many = [f"TOC-{i:03d}" for i in range(1, 35)]
    assert view.settled_checks(many, "id") == (
        "TOC-001, TOC-002, TOC-003, TOC-004, TOC-005, TOC-006 dan 28 pemeriksaan lain"
    )
    assert view.settled_checks(many, "en").endswith("TOC-006 and 28 more checks")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_bare_proposals_sector_question_counts_its_checks_and_the_annex_lists_them(fmt):
    a = paracheck.assess(BARE)
    (sectors,) = [q for q in view.question_groups(a, "id") if q["text"].startswith("Di sektor")]
    checks = list(sectors["checks"])  # type: ignore[call-overload]
    assert len(checks) > view.SETTLED_SHOWN_MAX
    out = html.unescape(" ".join(render(a, fmt, "id").split()))
    more = len(checks) - view.SETTLED_SHOWN
    assert f"{checks[view.SETTLED_SHOWN - 1]} dan {more} pemeriksaan lain" in out
    # none is lost: every one still open is listed, under a question, in the section of
    # checks not yet decidable
    status = {c.rule_id: c.status for c in a.checks}
    listed = {c.rule_id for _, found in view.unknowns_by_question(a, "id") for c in found}
    assert {r for r in checks if status[r] == "unknown"} <= listed
    assert (
        "Belum dapat dinilai, dikelompokkan menurut pertanyaan yang perlu dijawab".lower()
        in out.lower()
    )
