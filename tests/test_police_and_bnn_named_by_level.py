"""The police command and BNN's office are named by the proposal's level, as offices are.

Words19 B3: every level read "(bersama Polda/Polres)" on TOC-007, leaving the reader to pick
the command the level settles, and TOC-003 (the serious case, high routes) said "… lalu
sampaikan kepada BNN" while TOC-012 (the light case) named "BNN Kabupaten (atau BNN Provinsi
bila belum ada BNN Kabupaten)". Words19 B9: TOC-003's advice gathered only "kunjungan
delegasi dan wisatawan", though it counts programmes that send or receive people (nurses
placed in Miri), and its reason opened on the PRC for a Malaysian partner.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import paracheck

POLICE = {"province": "Polda", "regency": "Polres", "city": "Polres/Polresta", None: "Polda/Polres"}
BNN_OFFICE = {
    "province": "BNN Provinsi",
    "regency": "BNN Kabupaten (atau BNN Provinsi bila belum ada BNN Kabupaten)",
    "city": "BNN Kota (atau BNN Provinsi bila belum ada BNN Kota)",
    None: "BNN Provinsi/Kabupaten/Kota",
}
NAMES = {
    "province": "Provinsi Kalimantan Barat",
    "regency": "Kabupaten Sambas",
    "city": "Kota Pontianak",
    None: "Pemerintah Daerah Pontianak",
}


def _assessed(level: str | None, partner: dict[str, str] | None = None, **security: Any) -> Any:
    local: dict[str, Any] = {"name": NAMES[level]}
    if level is not None:
        local["level"] = level
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama perawat",
        "date": "2025-09-10",
        "stage": "proposal",
        "local": local,
        "partner": partner or {"name": "Miri", "country": "MY"},
        "sectors": [
            {
                "name": "health",
                "lead_agency": "Dinas Kesehatan",
                "programs": [
                    {
                        "name": "Penempatan perawat di Miri",
                        "status": "planned",
                        "moves_people": True,
                    }
                ],
            }
        ],
        "security": {
            "narcotics_route": "high",
            "human_trafficking": "high",
            "coordinating_agencies": [],
            **security,
        },
    }
    return paracheck.assess(data)


def _plan(a: Any, rule: str) -> list[str]:
    """The plan lines of ``rule`` as the Indonesian memo writes them."""
    memo = paracheck.render(a, "markdown", "id")
    return [line for line in memo.splitlines() if line.startswith("- **") and f"({rule})" in line]


@pytest.mark.parametrize("level", POLICE)
def test_the_police_command_is_the_one_the_level_works_with(level):
    lines = _plan(_assessed(level), "TOC-007")
    police = [line for line in lines if "kepolisian" in line]
    assert police, lines
    assert f"(bersama {POLICE[level]})**" in police[0], police


@pytest.mark.parametrize("level", BNN_OFFICE)
def test_toc_003_hands_its_data_to_bnn_office_of_the_level(level):
    lines = _plan(_assessed(level), "TOC-003")
    gathered = [line for line in lines if "Himpun data" in line]
    assert gathered, lines
    assert f"sampaikan kepada {BNN_OFFICE[level]}." in gathered[0], gathered


@pytest.mark.parametrize("level", ["province", "regency", "city"])
def test_no_transnational_crime_advice_names_bnn_without_its_office(level):
    """In the texts of every TOC recommendation (not the "(bersama BNN)" counterpart, the
    agency itself): "BNN" is always followed by the office a region of the level turns to."""
    for security in ({}, {"coordinating_agencies": ["BNN"]}):
        a = _assessed(level, **security)
        for check in a.checks:
            if not check.rule_id.startswith("TOC-"):
                continue
            for rec in check.recommendations:
                text = rec.text.id
                assert not re.search(r"\bBNN\b(?! (Provinsi|Kabupaten|Kota))", text), (
                    check.rule_id,
                    text,
                )


def test_toc_003_gathers_the_data_of_participants_who_travel_not_only_tourists():
    line = next(x for x in _plan(_assessed("regency"), "TOC-003") if "Himpun data" in x)
    assert "peserta program" in line, line


def test_toc_003_reason_opens_on_neither_country():
    """A Malaysian partner's memo does not open its reason on the PRC: the first sentence
    says what both share, then the partner's country with its own source; the thesis's
    figures on the PRC are given for a Chinese partner only (trial 250 M7: three lines on
    China before the Malaysian source, for a Tarakan–Tawau finding)."""
    check = next(c for c in _assessed("regency").checks if c.rule_id == "TOC-003")
    assert check.status == "risk"
    first, *rest = check.why.id.split(". ")
    assert "RRT" not in first and "Malaysia" not in first, first
    said = ". ".join(rest)
    # BNN's statement a sentence of its own (trial29 M1)
    assert "Malaysia" in said and "menurut sumber sekunder" in said.lower()
    assert "RRT" not in said and "82 miliar" not in said, said
    assert "PRC" not in check.why.en


def test_toc_003_gives_the_theses_prc_figures_for_a_chinese_partner():
    a = _assessed("regency", partner={"name": "Ningbo", "country": "CN"})
    check = next(c for c in a.checks if c.rule_id == "TOC-003")
    assert check.status == "risk"
    assert "sebagian besar pasokan narkotika Indonesia berasal dari RRT" in check.why.id
    assert "USD 82 billion" in check.why.en
