"""The areas the file records as hit by outages are named where the advice sends the officer
to them (``{areas|…}``, docs/rule-language.md).

Held-out 40 typed "Dobo", 42 "Ranai, Pulau Serasan" and 46 "Waingapu, Melolo" as hit by
outages beside a sector that needs power on a short supply, and no sentence of any of the three
memos named them: NRG-005, whose advice says "periksa apakah lokasi kegiatan sektor ini berada
di kawasan yang terdampak pemadaman", steps aside for NRG-002 there, and NRG-002's advice
spoke of "lokasi kegiatan sektor ini" alone. Before signing, NRG-002 now gives, where areas are
recorded, its sentence with them in brackets; where none are recorded or the file does not
say, the sentence as before — one sentence per sector either way. After signing its sentence
stays (NTB's memo must end on its second page), and NRG-003 names the areas for tourism.
NRG-005 names them too. The blank checklist and the rule's page keep the general words."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.rules.loader import load_pack

WORDS_ID = "kawasan yang terdampak pemadaman"


def _file(stage: str, energy: dict[str, Any], sectors: list[dict[str, Any]]) -> dict[str, Any]:
    steps = [{"step": "signing", "status": "done", "date": "2024-03-01"}]
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": "2026-11-30",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kabupaten Sumba Timur", "level": "regency"},
        "energy": energy,
        "sectors": sectors,
        "procedure": steps if stage != "proposal" else [],
    }


SHORT = {"reserve_margin_pct": -3, "rolling_blackouts": True}
PLANT = [{"name": "industry", "lead_agency": "Dinas Perindustrian Kabupaten Sumba Timur"}]


def _advice(a: paracheck.Assessment, rule: str, lang: str = "id") -> list[str]:
    check = next(c for c in a.checks if c.rule_id == rule)
    assert check.status == "risk", (rule, check.status)
    return [r.text.get(lang) for r in check.recommendations]


def test_before_signing_the_areas_recorded_are_named_in_the_power_supply_advice() -> None:
    energy = {**SHORT, "affected_areas": ["Ranai", "Pulau Serasan"]}
    a = paracheck.assess(_file("proposal", energy, PLANT))
    supply = [t for t in _advice(a, "NRG-002") if "pasokan listrik" in t]
    assert supply == [
        "Pastikan pasokan listrik di lokasi kegiatan sektor ini sebelum sektor ini ditawarkan "
        f"kepada mitra, terutama lokasi yang berada di {WORDS_ID} (Ranai dan Pulau Serasan)."
    ]
    english = [t for t in _advice(a, "NRG-002", "en") if "power supply" in t]
    assert english[0].endswith(
        ", above all sites in the areas hit by outages (Ranai and Pulau Serasan)."
    )
    memo = " ".join(paracheck.render(a, "text", "id").split())
    plan = memo.split("RENCANA TINDAK LANJUT")[1].split("SARAN")[0]
    assert "(Ranai dan Pulau Serasan)" in plan


def test_after_signing_the_supply_sentence_stays_and_the_tourism_one_names_them() -> None:
    """After signing the agency knows its sites, and NTB's memo, with three power sectors,
    must still end on its second page: NRG-002's sentence is as before; NRG-003 names the
    areas for the tourism sector."""
    energy = {**SHORT, "affected_areas": ["Waingapu", "Melolo"]}
    a = paracheck.assess(_file("active", energy, [*PLANT, {"name": "tourism"}]))
    assert all(WORDS_ID not in t for t in _advice(a, "NRG-002"))
    (said,) = _advice(a, "NRG-003")
    # asked, not asserted: the file does not say where the events are held (dprd430 F-11)
    assert said == (
        "Periksa apakah acara kerja sama pariwisata diadakan di kawasan terdampak pemadaman "
        "(Waingapu dan Melolo); bila ya, sepakati pengamanan pasokan listrik dan genset "
        "cadangan untuk acara itu sebelum dijadwalkan."
    )


@pytest.mark.parametrize("areas", [None, []], ids=["not-given", "none-recorded"])
def test_without_areas_recorded_the_sentence_is_as_before(areas: list[str] | None) -> None:
    energy = dict(SHORT) if areas is None else {**SHORT, "affected_areas": areas}
    a = paracheck.assess(_file("active", energy, PLANT))
    supply = [t for t in _advice(a, "NRG-002") if "pasokan listrik" in t]
    assert supply == [
        "Pastikan pasokan listrik di lokasi kegiatan sektor ini sebelum kegiatan berikutnya "
        "dijadwalkan."
    ]
    assert all(WORDS_ID not in t for t in _advice(a, "NRG-002"))


def test_nrg003_and_nrg005_name_the_areas_too() -> None:
    areas = {"affected_areas": ["Senggigi"], "reserve_margin_pct": 12, "rolling_blackouts": False}
    tourism = paracheck.assess(_file("active", areas, [{"name": "tourism"}]))
    assert (
        "acara kerja sama pariwisata diadakan di kawasan terdampak pemadaman (Senggigi)"
        in _advice(tourism, "NRG-003")[0]
    )
    plant = paracheck.assess(_file("active", areas, PLANT))
    assert f"berada di {WORDS_ID} (Senggigi); bila ya" in _advice(plant, "NRG-005")[0]


def test_without_a_proposal_the_general_words_stand() -> None:
    pack = load_pack("pp28-2018")
    for rule in ("NRG-002", "NRG-003", "NRG-005"):
        page = paracheck.render_rule(pack, pack.rule(rule), "id")
        assert "terdampak pemadaman" in page and "{areas" not in page, rule
        for rec in pack.rule(rule).recommend:
            assert "{" not in rec.text.id and "{" not in rec.text.en
    said = [r.areas_said for r in pack.rule("NRG-002").recommend if r.areas_said]
    assert said and all(s == (WORDS_ID, "the areas hit by outages") for s in said)
