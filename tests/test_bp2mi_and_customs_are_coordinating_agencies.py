"""BP2MI and Bea Cukai can be named as coordinating agencies (trial20 #8).

``security.coordinating_agencies`` refused them ("harus salah satu dari: 'BNN' … tertulis
'Bea Cukai'"), and written as ``other`` they were shown as "instansi lain". They are now
part of the proposal contract (additive) with labels in both languages. No check counts
them: the project's regulation notes name no instrument tying BP2MI to the trafficking
checks, so a programme placing workers abroad with BP2MI alone still lacks Imigrasi or
Polri (TOC-007).
"""

from __future__ import annotations

import pytest

import paracheck
from paracheck.facts.loader import parse_proposal_data


def _proposal(agencies: list[str]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar perawat",
        "date": "2026-11-10",
        "stage": "active",
        "local": {"name": "Provinsi Jawa Timur", "level": "province"},
        "sectors": [
            {
                "name": "health",
                "lead_agency": "Dinas Kesehatan Provinsi Jawa Timur",
                "programs": [
                    {"name": "Pelatihan perawat lansia", "status": "ongoing", "moves_people": True}
                ],
            }
        ],
        "security": {"human_trafficking": "high", "coordinating_agencies": agencies},
    }


def test_bp2mi_and_bea_cukai_are_accepted_as_coordinating_agencies():
    proposal = parse_proposal_data(_proposal(["BP2MI", "Bea Cukai"]))
    assert proposal.security.coordinating_agencies == ["BP2MI", "Bea Cukai"]


def test_the_reports_name_them_in_each_language():
    result = paracheck.assess(_proposal(["BP2MI", "Bea Cukai"]))
    toc = next(c for c in result.checks if c.rule_id == "TOC-007")
    shown = next(e for e in toc.evidence if e.path == "security.coordinating_agencies")
    assert shown.value == ["BP2MI", "Bea Cukai"]
    memo_id = paracheck.render(result, "markdown", "id")
    memo_en = paracheck.render(result, "markdown", "en")
    # KP2MI since October 2024, the code unchanged (practitioner trial 32 U4)
    assert "BP2MI/KP2MI, Bea Cukai" in memo_id
    assert "BP2MI/KP2MI (migrant workers' protection agency), Bea Cukai (customs)" in memo_en


def test_bp2mi_alone_does_not_clear_the_trafficking_check():
    result = paracheck.assess(_proposal(["BP2MI"]))
    assert next(c for c in result.checks if c.rule_id == "TOC-007").status == "risk"


def _section(memo: str, rule_id: str) -> list[str]:
    """The lines of a memo's detail section for one rule."""
    lines = memo.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### {rule_id} "))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    return lines[start:end]


@pytest.mark.parametrize(("rule_id", "level"), [("TOC-007", "high"), ("TOC-014", "medium")])
def test_a_trafficking_risk_listing_bp2mi_says_it_is_recorded_but_not_counted(rule_id, level):
    """Trial21 #6: the memo listed "Instansi yang diajak berkoordinasi: BP2MI" as evidence of a
    high risk with no word that this check does not count it; an officer read it as a bug."""
    data = _proposal(["BP2MI", "Bea Cukai"])
    data["security"]["human_trafficking"] = level
    result = paracheck.assess(data)
    assert next(c for c in result.checks if c.rule_id == rule_id).status == "risk"
    for lang, evidence, said in (
        ("id", "Instansi yang diajak berkoordinasi:", ("tidak dihitung", "Imigrasi atau Polri")),
        ("en", "Agencies coordinated with:", ("does not count", "Imigrasi or Polri")),
    ):
        section = _section(paracheck.render(result, "markdown", lang), rule_id)
        assert any(evidence in line and "BP2MI" in line for line in section)
        told = [
            line
            for line in section
            if evidence not in line and "BP2MI" in line and "Bea Cukai" in line
        ]
        assert told and all(words in told[0] for words in said), (lang, section)
