"""A step that follows the signing under Permendagri 3/2008 (the deposit of the original with
Kemlu) is owed by an MoU signed while that regulation was in force, even when the file is
judged after Permendagri 25/2020 replaced it: the procedure table says so, as REG-015 does
once the partnership runs (held-out 75: Kota Tegal – Yeosu, signed 19 May 2020 and judged on
22 May, read "Penyimpanan naskah di Kemlu · wajib: tidak"). A proposal not yet signed is not
owed a step of the replaced regulation, whatever dates its file carries."""

from __future__ import annotations

import datetime as dt

import paracheck


def _proposal(stage: str, procedure: list[dict[str, str]]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Contoh – Contoh-si",
        "date": "2020-05-22",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {
            "name": "Contoh City",
            "country": "KR",
            "level": "city",
            "kind": "regional_government",
        },
        "procedure": procedure,
    }


def _row(a: paracheck.Assessment, step: str):
    return next(p for p in a.procedure if p.step == step)


def test_the_deposit_of_an_mou_signed_days_before_the_2020_rules_is_owed_once_it_runs() -> None:
    a = paracheck.assess(
        _proposal(
            "mou_signed",
            [
                {"step": "signing", "status": "done", "date": "2020-05-19"},
                {"step": "deposit_with_kemlu", "status": "pending"},
            ],
        ),
        as_of=dt.date(2020, 5, 22),
    )
    row = _row(a, "deposit_with_kemlu")
    assert (row.required, row.due_from) == (False, "active")
    memo = paracheck.render(a, "markdown", "id")
    row_said = next(line for line in memo.splitlines() if "Penyimpanan naskah" in line)
    assert "ya, saat kerja sama berjalan" in row_said


def test_the_deposit_is_required_once_that_mou_runs() -> None:
    a = paracheck.assess(
        _proposal(
            "active",
            [
                {"step": "signing", "status": "done", "date": "2020-05-19"},
                {"step": "deposit_with_kemlu", "status": "pending"},
            ],
        ),
        as_of=dt.date(2020, 9, 1),
    )
    assert _row(a, "deposit_with_kemlu").required is True
    assert {c.rule_id: c.status for c in a.checks}["REG-015"] == "risk"


def test_a_proposal_not_yet_signed_owes_no_step_of_the_replaced_regulation() -> None:
    # a deposit dated in 2015 on a proposal of 2026 does not place the signing to come
    a = paracheck.assess(
        _proposal(
            "proposal", [{"step": "deposit_with_kemlu", "status": "done", "date": "2015-05-29"}]
        ),
        as_of=dt.date(2026, 11, 30),
    )
    for step in ("deposit_with_kemlu", "ministry_consultation", "full_powers"):
        row = _row(a, step)
        assert (row.required, row.due_from) == (False, None), step
