"""NRG-004 (an investment in a region short of electricity) told every investment to put PLN's
supply in the offer, including a solar farm that is the new supply itself (held-out 76: NTT –
Northern Territory, a 10 MW plant on Sumba). With an energy sector, the advice is to agree with
PLN how the plant's power reaches the grid and is bought, and to offer PLN's supply to any
other investment of the cooperation; without one, the advice is as before."""

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
