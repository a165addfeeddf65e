"""NRG-004 (an investment in a region short of electricity) told every investment to put PLN's
supply in the offer, including a solar farm that is the new supply itself (held-out 76: NTT –
Northern Territory, a 10 MW plant on Sumba). With an energy sector, the advice is to agree with
PLN how the plant's power reaches the grid and is bought, and to offer PLN's supply to any
other investment of the cooperation; without one, the advice is as before. An investment wholly
in energy is not the investment the thesis finds held back by the crisis (IV.B.2.c: investors in
industry): NRG-004 does not apply to it, and NRG-001 gives it the grid advice (held-out 110)."""

from __future__ import annotations

import datetime as dt

import paracheck


def _proposal(sectors: list[str]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama investasi",
        "date": "2026-08-20",
        "stage": "proposal",
        "form": "investment",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "partner": {"name": "Northern Territory Government", "country": "AU", "level": "state"},
        "sectors": [{"name": name} for name in sectors],
        "energy": {"reserve_margin_pct": -6, "rolling_blackouts": True},
    }


def _advice(sectors: list[str]) -> list[str]:
    a = paracheck.assess(_proposal(sectors), as_of=dt.date(2026, 8, 20))
    (check,) = [c for c in a.checks if c.rule_id == "NRG-004"]
    assert check.status == "risk"
    return [r.text.id for r in check.recommendations]


def test_an_energy_investment_agrees_the_grid_and_the_purchase_with_pln() -> None:
    (text,) = _advice(["energy", "agriculture"])
    assert text.startswith("Bila investasinya membangun pembangkit listrik, sepakati dengan PLN")
    assert "disalurkan ke jaringan dan dibeli" in text
    assert "untuk investasi lain dalam kerja sama ini" in text


def test_another_investment_still_gets_pln_supply_in_its_offer() -> None:
    assert _advice(["industry"]) == [
        "Sertakan kepastian pasokan listrik dari PLN (kapasitas dan jadwal) dalam dokumen "
        "penawaran investasi."
    ]


def test_an_investment_wholly_in_energy_is_not_held_back_by_the_power_crisis() -> None:
    a = paracheck.assess(_proposal(["energy"]), as_of=dt.date(2026, 8, 20))
    checks = {c.rule_id: c for c in a.checks}
    assert checks["NRG-004"].status == "clear"
    assert "investasi di bidang industri" in checks["NRG-004"].not_applicable.id
    assert checks["NRG-001"].status == "risk"
    (grid,) = [r.text.id for r in checks["NRG-001"].recommendations if "PLN" in r.text.id]
    assert grid.startswith("Bila investasinya membangun pembangkit listrik, sepakati dengan PLN")


def test_the_grid_advice_is_given_once_where_nrg004_gives_it() -> None:
    a = paracheck.assess(_proposal(["energy", "agriculture"]), as_of=dt.date(2026, 8, 20))
    grid = [act for act in a.actions if "disalurkan ke jaringan" in act.text.id]
    assert [act.rules for act in grid] == [["NRG-004"]]


def test_an_investment_whose_sectors_are_not_given_is_asked_them() -> None:
    proposal = _proposal([])
    del proposal["sectors"]
    a = paracheck.assess(proposal, as_of=dt.date(2026, 8, 20))
    (check,) = [c for c in a.checks if c.rule_id == "NRG-004"]
    assert check.status == "unknown" and "sectors" in check.missing
