"""Who a programme moves across the border (``people_moved``) sets its trafficking rung.

Newcomer trial 30 W1: an officials' study visit in a capacity-building sector, trafficking
exposure high, nobody overseeing, was judged a placement of "pekerja atau awak kapal"
(TOC-007, high, 3 × 5) — a verdict one level too high, above a pupils' exchange — because the
rung was read from the sector's kind. A programme may now say whom it moves: workers or crews
keep the worker rung wherever they are filed, learners take the education rung wherever they
are filed, and officials' delegations and cultural troupes stand one likelihood step below the
education rung (low at high exposure; nothing at medium exposure or under oversight). A file
that does not say keeps its old reading.

Each case is assessed whole, under both regimes; weights are read from the findings.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app
from paracheck.engine.model import SEVERITY_RANK

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}


def _programme(name: str, who: str | None) -> dict[str, Any]:
    programme: dict[str, Any] = {"name": name, "status": "planned", "moves_people": True}
    if who is not None:
        programme["people_moved"] = who
    return programme


def _sector(field: str, name: str, who: str | None) -> dict[str, Any]:
    return {"name": field, "lead_agency": "Dinas uji", "programs": [_programme(name, who)]}


VISIT = ("capacity_building", "Studi banding pejabat tata kelola pelabuhan perikanan")
TROUPE = ("culture", "Misi kesenian ke festival budaya")
CREW = ("fisheries", "Magang awak kapal")
EXCHANGE = ("education", "Pertukaran pelajar SMP")


def _proposal(date: str, sectors: list[dict[str, Any]], exposure: str, agencies: list[str]):
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": date,
        "stage": "active",
        "local": {"name": "Kabupaten Sumenep", "level": "regency"},
        "sectors": sectors,
        "security": {"human_trafficking": exposure, "coordinating_agencies": agencies},
    }


def _findings(date: str, sectors: list[dict[str, Any]], exposure: str, agencies: list[str]):
    """The trafficking findings (sourced to UU 21/2007) of a partnership of ``sectors``."""
    result = paracheck.assess(_proposal(date, sectors, exposure, agencies))
    return [
        c
        for c in result.checks
        if c.status == "risk" and any("21/2007" in s.ref for s in c.sources)
    ]


def _one(date: str, sectors: list[dict[str, Any]], exposure: str, agencies: list[str]):
    found = _findings(date, sectors, exposure, agencies)
    assert len(found) == 1, [c.rule_id for c in found]
    return found[0]


def _weight(check: Any | None) -> tuple[int, int]:
    """Higher is graver: severity first, then score; no finding weighs least."""
    if check is None:
        return (-len(SEVERITY_RANK), 0)
    return (-SEVERITY_RANK[check.severity], check.score)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("kind", "who"), [(VISIT, "officials"), (TROUPE, "artists")])
def test_a_delegation_or_troupe_said_so_weighs_below_a_pupils_exchange_not_as_workers(
    date, kind, who
):
    unsaid = _one(date, [_sector(*kind, None)], "high", [])
    said = _one(date, [_sector(*kind, who)], "high", [])
    pupils = _one(date, [_sector(*EXCHANGE, "students")], "high", [])
    crew = _one(date, [_sector(*CREW, "workers")], "high", [])
    # left unsaid the sector decides, as before: the worker rung
    assert unsaid.rule_id == crew.rule_id
    assert said.rule_id not in {crew.rule_id, pupils.rule_id}
    assert said.severity == "low"
    assert _weight(said) < _weight(pupils) < _weight(crew)
    assert said.likelihood == pupils.likelihood - 1  # one likelihood step below learners
    assert said.impact == pupils.impact  # the harm, if it happens, is the same
    # its words are about the group, not about workers or crews
    assert "awak kapal" in crew.title.id and "crews" in crew.title.en
    assert "awak kapal" not in said.title.id and "crews" not in said.title.en


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("exposure", "agencies"), [("medium", []), ("high", ["Imigrasi"])])
def test_a_delegation_one_more_step_down_leaves_no_finding(date, exposure, agencies):
    assert _findings(date, [_sector(*VISIT, "officials")], exposure, agencies) == []
    # the same visit unsaid is a worker placement there
    assert _findings(date, [_sector(*VISIT, None)], exposure, agencies) != []


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_a_work_placement_filed_under_education_keeps_the_worker_rung(date):
    placement = ("education", "Magang kerja lulusan SMK di kapal")
    for agencies in ([], ["Imigrasi"]):
        said = _one(date, [_sector(*placement, "workers")], "high", agencies)
        crew = _one(date, [_sector(*CREW, None)], "high", agencies)
        unsaid = _one(date, [_sector(*placement, None)], "high", agencies)
        assert said.rule_id == crew.rule_id
        assert _weight(said) > _weight(unsaid)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_learners_sent_from_another_sector_take_the_education_rung(date):
    training = ("fisheries", "Pelatihan pengolahan rumput laut bagi pembudidaya")
    for exposure, agencies in (("high", []), ("medium", []), ("high", ["Polri"])):
        said = _one(date, [_sector(*training, "students")], exposure, agencies)
        pupils = _one(date, [_sector(*EXCHANGE, None)], exposure, agencies)
        assert said.rule_id == pupils.rule_id, (exposure, agencies)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_saying_what_the_sector_already_implies_changes_nothing(date):
    for kind, who in ((CREW, "workers"), (EXCHANGE, "students")):
        for exposure, agencies in (("high", []), ("medium", []), ("high", ["Imigrasi"])):
            said = _one(date, [_sector(*kind, who)], exposure, agencies)
            unsaid = _one(date, [_sector(*kind, None)], exposure, agencies)
            assert (said.rule_id, said.score) == (unsaid.rule_id, unsaid.score)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_the_ladder_is_monotone_in_who_is_moved_the_exposure_and_the_oversight(date):
    """Workers above learners above delegations, high above medium, none above Imigrasi: a
    cell at least as grave in every factor and graver in one weighs strictly more, unless
    both are no finding."""
    cells: dict[tuple[int, int, int], Any] = {}
    for (who, sector), (exposure, e), (agencies, o) in itertools.product(
        (
            (2, _sector(*CREW, "workers")),
            (1, _sector(*EXCHANGE, "students")),
            (0, _sector(*VISIT, "officials")),
        ),
        (("high", 1), ("medium", 0)),
        (([], 1), (["Imigrasi"], 0)),
    ):
        found = _findings(date, [sector], exposure, agencies)
        assert len(found) <= 1, [c.rule_id for c in found]
        cells[(who, e, o)] = found[0] if found else None
    assert cells[(0, 1, 1)] is not None  # the delegation's one finding
    for a, b in itertools.permutations(cells, 2):
        if all(x >= y for x, y in zip(a, b, strict=True)) and cells[b] is not None:
            assert _weight(cells[a]) > _weight(cells[b]), (a, b)


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("moves", [False, None])
def test_who_is_moved_beside_a_programme_not_said_to_move_anybody_is_refused(tmp_path, moves):
    data = _proposal(DATES["pp28-2018"], [_sector(*VISIT, "officials")], "high", [])
    programme = data["sectors"][0]["programs"][0]
    if moves is None:
        del programme["moves_people"]
    else:
        programme["moves_people"] = moves
    path = tmp_path / "usulan.yaml"
    path.write_text(_yaml(data), "utf-8")
    line = next(n for n, text in enumerate(_yaml(data).splitlines(), 1) if "people_moved" in text)
    for lang, words in (("id", "tulis juga 'moves_people'"), ("en", "also write 'moves_people'")):
        result = CliRunner().invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2, result.output
        out = result.output + (result.stderr if result.stderr_bytes is not None else "")
        assert f"usulan.yaml:{line}:" in out
        assert words in out and "Traceback" not in out


def test_the_comparison_says_who_is_moved_by_its_label_and_the_rung_it_moved_to():
    date = DATES["pp28-2018"]
    before = _proposal(date, [_sector(*VISIT, None)], "high", [])
    after = copy.deepcopy(before)
    after["sectors"][0]["programs"][0]["people_moved"] = "officials"
    p_old, p_new = (paracheck.load_proposal_text(_yaml(d), source="x") for d in (before, after))
    a_old, a_new = paracheck.assess(p_old), paracheck.assess(p_new)
    d = paracheck.diff(a_old, a_new, (p_old, p_new))
    (change,) = [c for c in d.inputs_changed if c.path.endswith("people_moved")]
    assert (change.old, change.new) == (None, "officials")
    worker = _one(date, [_sector(*VISIT, None)], "high", [])
    delegation = _one(date, [_sector(*VISIT, "officials")], "high", [])
    # the worker finding no longer applies, the delegation's becomes a risk
    assert worker.rule_id in {c.rule_id for c in d.status_changed + d.cleared}
    assert delegation.rule_id in {c.rule_id for c in d.became_risk + d.new_risks}
    text = " ".join(paracheck.render_diff(d, "text", "id").split())
    assert "jenis orang yang dikirim atau diterima program" in text.lower()
    assert "pejabat atau delegasi resmi" in text and "officials" not in text


def test_who_is_moved_without_moving_is_said_beside_the_programmes_other_problems(tmp_path):
    data = _proposal(DATES["pp28-2018"], [_sector(*VISIT, "officials")], "high", [])
    programme = data["sectors"][0]["programs"][0]
    programme["moves_people"] = False
    programme["status"] = "sedang berjalan"  # not a status
    path = tmp_path / "usulan.yaml"
    path.write_text(_yaml(data), "utf-8")
    result = CliRunner().invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2, result.output
    out = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "also write 'moves_people'" in out and "'sedang berjalan'" in out


def test_the_choice_of_who_is_moved_names_the_work_interns():
    """Web 490 M1: the form's list offered "pekerja atau awak kapal" and "pelajar atau peserta
    pelatihan"; an internship placing young farmers in Japan was chosen as the second, which
    lowered the trafficking rung a step and lost the labour notice, the help text alone telling
    the two apart. The choices themselves say it now, in the reports' words too."""
    from paracheck.facts import labels

    path = "sectors[0].programs[0].people_moved"
    assert labels.value_label(path, "workers", "id") == (
        "pekerja atau awak kapal (termasuk pemagang kerja)"
    )
    assert labels.value_label(path, "students", "id") == (
        "pelajar atau peserta pelatihan untuk belajar"
    )
    assert "work interns" in (labels.value_label(path, "workers", "en") or "")
    # each label read whole in a list of choices (no comma inside one)
    for code in ("workers", "students", "officials", "artists"):
        for lang in ("id", "en"):
            assert "," not in (labels.value_label(path, code, lang) or ",")
