"""An agency the file says does not exist yet is named as one to be appointed, and the Saran
does not assign it (words20 B2): "Perangkat Daerah yang ditunjuk mengampu sektor pendidikan"
read as the agency already appointed, and the head's disposition "ditugaskan" it, while
IMP-001 asked for the decree that appoints it."""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from paracheck.facts.loader import parse_proposal_data
from paracheck.report import render
from paracheck.report.advice import advice

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "well-prepared-2023.yaml"


def _education_without_agency() -> paracheck.Assessment:
    """The well-prepared example whose education sector has no agency and, turned into an
    industry sector, moves workers in a region highly exposed to trafficking, with no agency
    coordinating (TOC-007's action falls to the sector's agency; an education sector's
    teachers are TOC-015's, medium, since trial 27 M1, and a medium action is not assigned
    beside a high risk)."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    education = next(s for s in data["sectors"] if s["name"] == "education")
    education["name"] = "industry"
    education["lead_agency"] = None
    for program in education["programs"]:
        program["moves_people"] = True
    data["security"].update(human_trafficking="high", coordinating_agencies=[])
    proposal = parse_proposal_data(data)
    return paracheck.assess(proposal, as_of=proposal.date)


def test_the_plan_names_the_agency_as_one_still_to_be_appointed():
    memo = render(_education_without_agency(), "markdown", "id")
    assert "Perangkat Daerah yang akan ditetapkan mengampu sektor perindustrian" in memo
    assert "yang ditunjuk mengampu" not in memo


def test_the_saran_does_not_assign_an_agency_still_to_be_appointed():
    a = _education_without_agency()
    said = advice(a, "id")
    assigning = [s for s in said if "ditugaskan" in s]
    assert assigning
    for sentence in assigning:
        before = sentence.split(" ditugaskan")[0]
        assert "Perangkat Daerah" not in before, sentence
    assert any(
        "tugas sektor perindustrian menunggu keputusan Wali Kota yang menetapkan Perangkat "
        "Daerah pengampunya (IMP-001)" in s
        for s in said
    ), said
    english = " ".join(advice(a, "en"))
    assert "the tasks for the industry sector go to its lead agency once the mayor" in english


def test_the_head_of_regions_own_steps_stay_when_only_an_agency_to_be_appointed_acts():
    # the Saran's assignment with no office to assign, only a sector whose agency waits for
    # the decree: the head's own steps for the same risks were dropped with the offices
    from types import SimpleNamespace

    from paracheck.report import advice as saran
    from paracheck.report import view

    a = _education_without_agency()
    risk = next(c for c in a.checks if c.rule_id == "IMP-001")
    acts = [
        SimpleNamespace(rules=["IMP-001"], owner=view.SECTOR_AGENCY, counterpart=None),
        SimpleNamespace(rules=["IMP-001"], owner="Wali Kota", counterpart=None),
    ]
    said = saran._assigned(a, "id", {"IMP-001": risk}, acts, "advice.assign", named=False)
    assert len(said) == 1, said
    assert said[0].startswith("Tugas sektor perindustrian menunggu keputusan Wali Kota"), said
    assert "langkah untuk IMP-001 diambil Wali Kota sendiri" in said[0], said
