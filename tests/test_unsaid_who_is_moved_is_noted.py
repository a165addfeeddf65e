"""A programme that moves people without saying whom is counted by its sector (as workers or
crews outside education, as learners in it), and its evidence says so (held-out 35: a UMKM
fair and a ferry tourism package stood under a "pekerja atau awak kapal" title with no word
of why)."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

import paracheck

DUMAI = Path(__file__).parent / "data" / "holdout35-dumai-melaka-2024.yaml"


def _raw() -> dict:
    return yaml.safe_load(DUMAI.read_text(encoding="utf-8"))


def _moves_people_notes(raw: dict, rule_id: str, lang: str = "id") -> dict[str, str | None]:
    """The note on each programme's ``moves_people`` evidence of ``rule_id``, by path."""
    a = paracheck.assess(raw)
    check = next(c for c in a.checks if c.rule_id == rule_id)
    return {
        e.path: (getattr(e.note, lang) if e.note is not None else None)
        for e in check.evidence
        if e.path.endswith(".moves_people")
    }


def test_workers_assumed_outside_education_are_said_in_the_evidence() -> None:
    notes = _moves_people_notes(_raw(), "TOC-008")
    assert notes, "TOC-008 shows the programmes that move people"
    for path, note in notes.items():
        assert not path.startswith("sectors[2]")  # education is TOC-017's
        assert note is not None and "tidak dicatat" in note
        assert "pekerja atau awak kapal" in note


def test_learners_assumed_in_education_are_said_in_the_evidence() -> None:
    notes = _moves_people_notes(_raw(), "TOC-017", "en")
    assert notes
    assert all(n is not None and "students or trainees" in n for n in notes.values())


def test_no_note_where_the_programme_says_whom_it_moves() -> None:
    raw = _raw()
    for sector in raw["sectors"]:
        for program in sector["programs"]:
            program["people_moved"] = "officials" if sector["name"] != "education" else "students"
    a = paracheck.assess(raw)
    noted = [
        (c.rule_id, e.path)
        for c in a.checks
        for e in c.evidence
        if e.path.endswith(".moves_people") and e.note is not None
    ]
    assert noted == []


def test_no_note_on_a_finished_programme() -> None:
    raw = copy.deepcopy(_raw())
    raw["sectors"][0]["programs"][0]["status"] = "done"
    a = paracheck.assess(raw)
    noted = [
        e.path
        for c in a.checks
        for e in c.evidence
        if e.path == "sectors[0].programs[0].moves_people" and e.note is not None
    ]
    assert noted == []
