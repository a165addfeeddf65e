"""NRG-002's and TOC-008's advice fits the sector: no power plant in a tourism package, the
step ahead said as a step and not as a cause, and no tourist tracked as a traveller the
cooperation sends.

Practitioner trial 28 #6 (a 2013 Pontianak–Kuching proposal, a tourism package with a city
council that runs no power utility): "Usulkan pembangkit listrik setempat … sebagai bagian
dari paket kerja sama sektor ini"; "Karena surat pernyataan kehendak (LoI) sudah
ditandatangani, pastikan …"; "Pantau keberangkatan dan kepulangan setiap orang …" read as
every tourist.
"""

from __future__ import annotations

import pytest

import paracheck


def _assess(sector: str, programs: list[dict] | None = None) -> paracheck.Assessment:
    first: dict = {"name": sector, "lead_agency": "Dinas Contoh"}
    if programs is not None:
        first["programs"] = programs
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Usulan contoh",
            "date": "2013-03-15",
            "stage": "proposal",
            "form": "sister_city",
            "local": {"name": "Kota Contoh", "level": "city"},
            "partner": {"name": "Kuching", "country": "MY", "level": "city"},
            "sectors": [
                first,
                {"name": "education", "lead_agency": "Dinas Pendidikan"},
            ],
            "energy": {"reserve_margin_pct": -6, "rolling_blackouts": True},
            "security": {"human_trafficking": "high", "coordinating_agencies": ["Imigrasi"]},
            "procedure": [
                {"step": "exploration", "status": "done"},
                {"step": "letter_of_intent", "status": "done"},
            ],
        }
    )


def _advice(a: paracheck.Assessment, rule: str, lang: str) -> list[str]:
    return [
        r.text.get(lang)
        for c in a.checks
        if c.rule_id == rule and c.status == "risk"
        for r in c.recommendations
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_tourism_package_is_not_told_to_add_a_power_plant(lang):
    tourism = _advice(_assess("tourism"), "NRG-002", lang)
    assert tourism, "NRG-002 fires on a tourism sector short of power"
    assert not any("pembangkit" in t or "generation" in t for t in tourism), tourism
    # an industry sector keeps the generation package
    industry = _advice(_assess("industry"), "NRG-002", lang)
    assert any("pembangkit" in t or "generation" in t for t in industry), industry


def test_the_step_after_a_signed_letter_of_intent_is_said_as_a_step_not_a_cause():
    said = _advice(_assess("tourism"), "NRG-002", "id")
    assert (
        "Sebelum naskah perjanjian disusun, pastikan pasokan listrik di lokasi kegiatan sektor ini."
        in said
    )
    assert not any(t.startswith("Karena") for t in said), said
    english = _advice(_assess("tourism"), "NRG-002", "en")
    assert (
        "Before the text of the agreement is drafted, secure the power supply at this "
        "sector's sites." in english
    )


@pytest.mark.parametrize(("lang", "tourists"), [("id", "wisatawan"), ("en", "tourists")])
def test_trafficking_oversight_beside_tourism_leaves_out_the_tourists(lang, tourists):
    # the 2013 proposal's tourism package sends people (TOC-008 counts it since fix33a:
    # the education sector beside it is TOC-017's)
    package = [{"name": "Paket wisata budaya", "status": "planned", "moves_people": True}]
    with_tourism = _advice(_assess("tourism", package), "TOC-008", lang)
    assert with_tourism and all(tourists in t for t in with_tourism), with_tourism
    without = _advice(_assess("industry"), "TOC-008", lang)
    assert without and not any(tourists in t for t in without), without
