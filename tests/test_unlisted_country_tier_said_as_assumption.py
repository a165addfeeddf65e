"""A partner's tier from the generic mapping is said as paracheck's assumption, with the
country it does not know, not as a fact about that country.

Wording review 26 (A4): an NTT proposal with a Timor-Leste município printed "Tingkat
pemerintahan mitra: munisipalitas — pemerintahan tingkat kedua" as paracheck's finding about
Timor-Leste (which tiers.yaml does not list), and REG-002 then advised finding "mitra lain yang
setingkat". The officer now reads that the tier is the generic mapping's and is told whom to
ask; a listed country's note still states its own system. (Held-out 59 put Timor-Leste in the
reference data, its municipalities first-level units; the unlisted example is now Portugal's
município, of which paracheck knows no more than the word.)
"""

from __future__ import annotations

from typing import Any

import paracheck


def _proposal(country: str, level: str) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2026-03-01",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "partner": {
            "name": "Município de Braga",
            "country": country,
            "level": level,
            "kind": "regional_government",
        },
    }


def _tier_note(a: paracheck.Assessment, lang: str) -> str:
    check = next(c for c in a.checks if c.rule_id == "REG-002")
    ev = next(e for e in check.evidence if e.path == "partner.level")
    return getattr(ev.note, lang)


def test_an_unlisted_countrys_tier_is_the_generic_mappings_assumption_to_confirm():
    a = paracheck.assess(_proposal("PT", "municipality"))
    said = _tier_note(a, "id")
    assert said.startswith("munisipalitas dianggap pemerintahan tingkat kedua")
    assert "menurut pemetaan umum paracheck" in said
    assert "susunan pemerintahan Portugal belum tercatat dalam data rujukannya" in said
    assert said.endswith("pastikan kepada Kemlu")
    assert "Portugal's system of government is not in its reference data" in _tier_note(a, "en")


def test_a_listed_countrys_tier_is_stated_as_its_own_system():
    said = _tier_note(paracheck.assess(_proposal("MY", "state")), "id")
    assert said.startswith("Di Malaysia, negara bagian adalah pemerintahan tingkat pertama")
    assert "pemetaan umum" not in said
