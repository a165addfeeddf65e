"""TOC-009 counts only a named law-enforcement agency (trial 231, 10).

A city's file whose only coordinating agency was ``other`` (the officer meant the Ministry of
Religious Affairs) had TOC-009 ticked: "paling sedikit satu aparat penegak hukum terkait diajak
berkoordinasi — Tidak ada temuan". ``other`` is an agency the list does not name, so paracheck
cannot tell it is one; like BP2MI/KP2MI alone, it is not counted, and the why says how a region
whose other agency is an enforcement body records that (the list of accepted risks). The list
is a set: a repeat (``[other, other]``) is one agency.
"""

from __future__ import annotations

import pytest

import paracheck
from paracheck.facts.loader import parse_proposal_data


def _proposal(agencies: list[str]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar, magang siswa",
        "date": "2025-03-01",
        "form": "sister_city",
        "local": {"name": "Kota Padang", "level": "city"},
        "partner": {"country": "DE", "name": "Hildesheim", "level": "city"},
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan Kota Padang",
                "programs": [
                    {
                        "name": "Magang siswa ke Hildesheim",
                        "status": "planned",
                        "moves_people": True,
                        "people_moved": "students",
                    }
                ],
            }
        ],
        "security": {
            "narcotics_route": "low",
            "iuu_fishing": "none",
            "terrorism": "low",
            "human_trafficking": "medium",
            "coordinating_agencies": agencies,
        },
    }


def _toc009(agencies: list[str]):
    result = paracheck.assess(_proposal(agencies))
    return next(c for c in result.checks if c.rule_id == "TOC-009")


@pytest.mark.parametrize("agencies", [["other"], ["other", "other"], ["BP2MI", "other"]])
def test_an_unnamed_agency_alone_or_beside_bp2mi_is_no_coordination(agencies):
    check = _toc009(agencies)
    assert check.status == "risk"
    assert "“Instansi lain” pada daftar instansi yang diajak berkoordinasi tidak dihitung" in (
        check.why.id
    )
    assert "ganti “instansi lain” dengan aparat itu pada daftar instansi dalam berkas" in (
        check.why.id
    )
    assert "catat temuan ini sebagai risiko yang diterima" in check.why.id
    assert "“Other agency” in the list of agencies coordinated with is not counted" in check.why.en


@pytest.mark.parametrize("agencies", [["other", "Polri"], ["BNN"], ["Bea Cukai", "other"]])
def test_a_named_enforcement_agency_clears_it_whatever_else_is_listed(agencies):
    check = _toc009(agencies)
    assert check.status == "clear"
    assert "“Instansi lain”" not in check.why.id


def test_bp2mi_alone_says_only_its_own_reason():
    check = _toc009(["BP2MI"])
    assert check.status == "risk"
    assert "BP2MI/KP2MI tercatat diajak berkoordinasi" in check.why.id
    assert "“Instansi lain”" not in check.why.id


def test_a_repeated_agency_is_kept_once_in_the_order_written():
    proposal = parse_proposal_data(_proposal(["other", "BNN", "other", "BNN"]))
    assert proposal.security.coordinating_agencies == ["other", "BNN"]


def test_the_memo_no_longer_ticks_coordination_for_an_unnamed_agency():
    memo = paracheck.render(paracheck.assess(_proposal(["other"])), "markdown", "id")
    toc = [line for line in memo.splitlines() if "TOC-009" in line]
    assert toc, "TOC-009 is in the memo"
    assert not [line for line in toc if "Tidak ada temuan" in line]
