"""Maluku Utara–Guangxi (newcomer trial 24 M2): the proposal the energy tests share, an HPAL
smelter and a cold store on a 3 % reserve, built with the sectors and energy facts each test
states."""

from __future__ import annotations

import datetime as dt
from typing import Any

import paracheck

DAY = dt.date(2026, 11, 27)
AREAS = ["Sofifi", "Pulau Obi"]


def malut_guangxi(sectors: list[str], **energy: Any) -> dict[str, Any]:
    """The proposal with these sectors; ``energy`` overrides the 3 % reserve, no blackouts."""
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Maluku Utara – Guangxi",
        "date": DAY.isoformat(),
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Maluku Utara", "level": "province"},
        "energy": {"reserve_margin_pct": 3, "rolling_blackouts": False, **energy},
        "sectors": [{"name": name} for name in sectors],
    }


def checks_of(data: dict[str, Any], pack: str = "pp28-2018") -> dict[str, Any]:
    """Each check of the assessment of ``data`` by its rule id."""
    return {c.rule_id: c for c in paracheck.assess(data, pack=pack, as_of=DAY).checks}
