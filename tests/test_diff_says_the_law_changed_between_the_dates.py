"""A comparison whose two dates fall under different laws says so in one line.

Practitioner trial 28 #14: ``paracheck diff`` of a 2013 proposal and the 2016 partnership said
only "Keduanya dinilai menurut Permendagri 3/2008", though UU 32/2004 gave way to UU 23/2014
in October 2014 between the two: the DPRD approval's legal basis and the name of the regional
offices (SKPD → Perangkat Daerah) changed with it. The eras are the glossary's
(``eras:`` in actors.yaml), which the packs' dated sources follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck
from paracheck.report import formatting
from paracheck.report.messages import message
from paracheck.rules.loader import actor_eras

DATA = Path(__file__).parent / "data"
OLD = DATA / "trial28-pontianak-kuching-2013.yaml"
NEW = DATA / "trial28-pontianak-kuching-2016.yaml"


def _assess(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(path))


def _line(lang: str, old: str, new: str) -> str:
    era = actor_eras()[0]
    day = formatting.date(era.until + dt.timedelta(days=1), lang)
    return message("diff.law_changed", lang, old=old, new=new, day=day)


@pytest.fixture(scope="module")
def sides() -> tuple[paracheck.Assessment, paracheck.Assessment]:
    return _assess(OLD), _assess(NEW)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_pack_across_the_change_of_law_says_it(sides, lang):
    old, new = sides
    era = actor_eras()[0]
    assert old.pack.name == new.pack.name  # one pack judges both
    assert old.as_of <= era.until < new.as_of
    d = paracheck.diff(old, new)
    said = _line(lang, era.instrument, era.ended_by)
    assert paracheck.diff_view(d, lang).law == said
    for fmt in ("text", "markdown"):
        out = " ".join(paracheck.render_diff(d, fmt, lang).split())
        assert said in out, fmt
        assert out.count(era.ended_by) >= 1
    back = paracheck.diff_view(paracheck.diff(new, old), lang).law
    assert back == _line(lang, era.ended_by, era.instrument)


def test_two_dates_in_one_era_say_nothing(sides):
    _, new = sides
    d = paracheck.diff(new, new)
    assert paracheck.diff_view(d, "id").law is None
    assert "Undang-undang yang berlaku berganti" not in paracheck.render_diff(d, "text", "id")


def test_the_web_comparison_says_it(sides):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    era = actor_eras()[0]
    client = TestClient(create_app())
    from tests.web_support import compare_on_page

    answer = compare_on_page(client, OLD.read_bytes(), NEW.read_bytes())
    assert f"<p>{_line('id', era.instrument, era.ended_by)}</p>" in answer.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_pack_with_an_instrument_come_into_force_between_the_dates_names_each_sides(lang):
    """Practitioner trial 31 M3: a 2016 and a 2019 version, both judged with Permendagri
    3/2008's pack, were said "Keduanya dinilai menurut Permendagri 3/2008", while the 2019 memo
    itself names PP 28/2018 beside it (in force from 2018): the one check that changed for it
    (REG-049) read as a change of the proposal. Each side is named as its memo names it."""
    proposal = paracheck.load_proposal(NEW)
    later = proposal.model_copy(update={"date": dt.date(2019, 6, 3)})
    old, new = paracheck.assess(proposal), paracheck.assess(later)
    assert old.pack.name == new.pack.name == "permendagri-3-2008"
    d = paracheck.diff(old, new)
    said = " ".join(paracheck.render_diff(d, "text", lang).split())
    assert message("diff.same_rules", lang, regime="Permendagri 3/2008") not in said
    both = "Permendagri 3/2008 dan PP 28/2018" if lang == "id" else "Permendagri 3/2008 and PP"
    assert (
        message("diff.other_rules", lang, old="Permendagri 3/2008", new="PLACEHOLDER").split(
            "PLACEHOLDER"
        )[0]
        + both
        in said
    ), said
    # one version against itself: one regulation, said once
    same = paracheck.render_diff(paracheck.diff(new, new), "text", lang)
    assert "Keduanya dinilai menurut" in same or "Both are judged under" in same
