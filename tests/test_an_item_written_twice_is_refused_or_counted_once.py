"""A programme or a sector written twice, equal in every field (copied, or repeated by a YAML
alias), was counted twice and its budget summed twice, with nothing said; a source of funds or
a kind of stakeholder written twice was counted twice, so ``[partner, partner]`` read as two
sources and BUD-002 (the partner pays alone) passed (attack 360 M2). The repeats are refused
at the line of the second, or, in a list that is a set of codes, counted once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck

HEAD = (
    "schema: paracheck/proposal/v1\ntitle: Uji\ndate: 2023-01-10\nstage: proposal\n"
    "form: sister_city\nlocal: {name: Kota Bogor, level: city}\n"
    "partner: {name: Kota X, country: KR, level: city, kind: regional_government}\n"
)


def _problems(text: str, tmp_path: Path) -> list[paracheck.Problem]:
    path = tmp_path / "p.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    with pytest.raises(paracheck.InputError) as err:
        paracheck.load_proposal(str(path))
    return list(err.value.problems)


def test_a_programme_written_twice_is_refused_at_the_second_naming_the_first(
    tmp_path: Path,
) -> None:
    text = (
        "sectors:\n  - name: culture\n    programs:\n"
        "      - {name: Pekan budaya, status: planned, budget_idr: 100000000}\n"
        "      - {name: Pekan budaya, status: planned, budget_idr: 100000000}\n"
    )
    (problem,) = _problems(text, tmp_path)
    assert problem.line == 12
    said = problem.text("id")
    assert "program ini sama persis dengan program ke-1 di sektor ini (baris 11)" in said
    assert "tulis setiap program sekali saja" in said
    assert "repeats programme 1 of the sector (line 11)" in problem.text("en")


def test_a_sector_repeated_by_an_alias_is_refused(tmp_path: Path) -> None:
    text = "sectors:\n  - &s {name: culture, programs: [{name: A, status: planned}]}\n  - *s\n"
    (problem,) = _problems(text, tmp_path)
    assert "sektor ini sama persis dengan sektor ke-1" in problem.text("id")


def test_the_same_festival_held_again_stands() -> None:
    # equal names, another status or year: two programmes, not one written twice
    a = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Uji",
            "sectors": [
                {
                    "name": "culture",
                    "programs": [
                        {"name": "Festival", "status": "done", "last_activity": "2023-05-20"},
                        {"name": "Festival", "status": "planned"},
                    ],
                },
                {"name": "tourism"},
                {"name": "tourism"},  # a sector without programmes counts no budget twice
            ],
        },
        as_of=dt.date(2023, 9, 1),
    )
    assert a.proposal.program_names == [["Festival", "Festival"], [], []]


def test_a_source_written_twice_is_one_source_and_the_partner_pays_alone() -> None:
    a = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Uji",
            "budget": {"apbd_allocation_idr": 0, "other_sources": ["partner", "partner"]},
            "governance": {"stakeholders": ["university", "university"]},
        },
        as_of=dt.date(2023, 9, 1),
    )
    (check,) = [c for c in a.checks if c.rule_id == "BUD-002"]
    assert check.status == "risk"
    assert a.proposal.sector_names is None
