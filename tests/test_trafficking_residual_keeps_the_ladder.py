"""The trafficking residual keeps the ladder: an education exchange overseen weighs one step
below a worker placement overseen, and below the same exchange unwatched at medium exposure.

fix32b gave the education sector its own rung at each exposure (TOC-015 high, TOC-016
medium), one likelihood step below workers and crews (TOC-007, TOC-014). The residual at high
exposure — Imigrasi or Polri coordinated — still counted workers and students together
(TOC-008, 2 × 4 = 8): a students' exchange overseen in a highly exposed area weighed as much as
a crew placement overseen there, and more than the same exchange with nobody overseeing it in
an area rated medium (TOC-016, 1 × 5 = 5). Now TOC-008 counts workers and crews and TOC-017
(low, 1 × 4, the residual of TOC-015) the education sector.

Each case is assessed whole, under both regimes; the weights are read from the findings the
assessment gives, not from the rule ids.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

import paracheck
from paracheck.engine.model import SEVERITY_RANK

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}

WORKERS = {
    "name": "fisheries",
    "lead_agency": "Dinas Kelautan dan Perikanan",
    "programs": [{"name": "Magang awak kapal", "status": "planned", "moves_people": True}],
}
STUDENTS = {
    "name": "education",
    "lead_agency": "Dinas Pendidikan",
    "programs": [{"name": "Pertukaran pelajar SMK", "status": "ongoing", "moves_people": True}],
}
KINDS = {"workers": WORKERS, "education": STUDENTS}


def _proposal(date: str, sector: dict[str, Any], exposure: str, agencies: list[str]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": date,
        "stage": "active",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "sectors": [sector],
        "security": {"human_trafficking": exposure, "coordinating_agencies": agencies},
    }


def _trafficking_findings(
    date: str, sector: dict[str, Any], exposure: str, agencies: list[str]
) -> list[Any]:
    """The trafficking findings (sourced to UU 21/2007) of a partnership with ``sector``
    alone at ``exposure``, ``agencies`` coordinated."""
    result = paracheck.assess(_proposal(date, sector, exposure, agencies))
    return [
        c
        for c in result.checks
        if c.status == "risk" and any("21/2007" in s.ref for s in c.sources)
    ]


def _one(date: str, sector: dict[str, Any], exposure: str, agencies: list[str]) -> Any:
    found = _trafficking_findings(date, sector, exposure, agencies)
    assert len(found) == 1, [c.rule_id for c in found]
    return found[0]


def _weight(check: Any | None) -> tuple[int, int]:
    """Higher is graver: severity first, then score (the memo's reading order); no finding
    weighs least."""
    if check is None:
        return (-len(SEVERITY_RANK), 0)
    return (-SEVERITY_RANK[check.severity], check.score)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize("agency", ["Imigrasi", "Polri"])
def test_an_education_exchange_overseen_weighs_one_step_below_a_worker_placement_overseen(
    date, agency
):
    workers = _one(date, WORKERS, "high", [agency])
    students = _one(date, STUDENTS, "high", [agency])
    assert workers.rule_id != students.rule_id
    assert SEVERITY_RANK[students.severity] == SEVERITY_RANK[workers.severity] + 1
    assert students.likelihood == workers.likelihood - 1  # one likelihood step
    assert students.impact == workers.impact  # the harm, if it happens, is the same
    assert students.score < workers.score


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_each_residual_weighs_below_its_kind_unwatched_at_medium_exposure(date):
    for sector in (WORKERS, STUDENTS):
        overseen_high = _one(date, sector, "high", ["Imigrasi"])
        unwatched_medium = _one(date, sector, "medium", [])
        assert _weight(overseen_high) < _weight(unwatched_medium), (
            sector["name"],
            overseen_high.rule_id,
            overseen_high.score,
            unwatched_medium.rule_id,
            unwatched_medium.score,
        )


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_the_residual_of_an_education_exchange_is_the_residual_of_its_own_rung(date):
    students = _one(date, STUDENTS, "high", ["Imigrasi"])
    unwatched = _one(date, STUDENTS, "high", [])
    workers = _one(date, WORKERS, "high", ["Imigrasi"])
    assert students.residual_of == unwatched.rule_id
    assert workers.residual_of == _one(date, WORKERS, "high", []).rule_id
    assert students.residual_of != workers.residual_of


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_the_ladder_is_monotone_in_every_factor_that_lowers_the_chance(date):
    """Who is moved (workers above students), the exposure (high above medium) and the
    oversight (none above Imigrasi): a cell at least as grave in every factor and graver in
    one weighs strictly more."""
    cells: dict[tuple[int, int, int], Any] = {}
    for (who, sector), (exposure, e), (agencies, o) in itertools.product(
        ((1, WORKERS), (0, STUDENTS)),
        (("high", 1), ("medium", 0)),
        (([], 1), (["Imigrasi"], 0)),
    ):
        found = _trafficking_findings(date, sector, exposure, agencies)
        assert len(found) <= 1, [c.rule_id for c in found]
        cells[(who, e, o)] = found[0] if found else None
    for a, b in itertools.permutations(cells, 2):
        if a != b and all(x >= y for x, y in zip(a, b, strict=True)):
            if cells[b] is None:
                continue  # nothing to weigh below (medium exposure overseen: no residual)
            assert _weight(cells[a]) > _weight(cells[b]), (
                a,
                cells[a] and (cells[a].rule_id, cells[a].score),
                b,
                (cells[b].rule_id, cells[b].score),
            )


def test_overseeing_an_education_exchange_is_read_as_one_reduction_to_its_residual():
    """Adding Imigrasi to an education exchange in a highly exposed area clears its finding
    and leaves its residual: the comparison lists the pair once, as a reduction, not a
    cleared risk beside a new one (the old residual belonged to the worker rung)."""
    date = DATES["pp28-2018"]
    before = paracheck.assess(_proposal(date, STUDENTS, "high", []))
    after = paracheck.assess(_proposal(date, STUDENTS, "high", ["Imigrasi"]))
    d = paracheck.diff(before, after)
    base = _one(date, STUDENTS, "high", [])
    residual = _one(date, STUDENTS, "high", ["Imigrasi"])
    assert [(p.base.rule_id, p.residual.rule_id) for p in d.downgraded] == [
        (base.rule_id, residual.rule_id)
    ]
    listed = {c.rule_id for c in d.became_risk + d.cleared}
    assert not listed & {base.rule_id, residual.rule_id}
    assert d.new_risks == []
