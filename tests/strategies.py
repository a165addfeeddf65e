"""Hypothesis strategies for valid proposals: every field may be absent, null or a value.

Values are drawn from small pools around the thresholds rules use, so generated proposals
exercise both sides of most conditions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from paracheck.facts.model import STEP_IDS

SECTORS = ["infrastructure", "agriculture", "mining", "fisheries", "culture", "tourism",
           "capacity_building", "education", "industry", "investment", "trade", "other"]
DATES = st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2024, 12, 31))
EXPOSURE = st.sampled_from(["none", "low", "medium", "high"])


def _maybe(strategy: st.SearchStrategy[Any], null: bool = True) -> st.SearchStrategy[Any]:
    """A value, or None (explicit null); absence is decided by the section builder."""
    return st.one_of(strategy, st.none()) if null else strategy


def section(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping with any subset of ``fields`` present."""
    return st.fixed_dictionaries({}, optional=fields)


programs = st.lists(section({
    "name": st.sampled_from(["pelatihan", "pameran", "studi banding"]),
    "status": _maybe(st.sampled_from(["planned", "ongoing", "done", "stalled", "cancelled"])),
    "budget_idr": _maybe(st.sampled_from([0, 50_000_000, 600_000_000])),
    "kpis": _maybe(st.lists(st.sampled_from(["+30% income", "10 visits"]), max_size=2)),
    "last_activity": _maybe(DATES),
}), max_size=3)

sectors = st.lists(st.fixed_dictionaries(
    {"name": st.sampled_from(SECTORS)},
    optional={"lead_agency": _maybe(st.sampled_from(["Dinas Pariwisata", "Dinas KP"])),
              "programs": _maybe(programs)},
), max_size=4)

procedure = st.lists(st.fixed_dictionaries(
    {"step": st.sampled_from(STEP_IDS),
     "status": st.sampled_from(["done", "in_progress", "pending", "not_applicable",
                                "unknown"])},
    optional={"date": DATES},
), max_size=6, unique_by=lambda s: s["step"])

proposals = st.fixed_dictionaries(
    {"schema": st.just("paracheck/proposal/v1"), "title": st.just("generated")},
    optional={
        "date": DATES,
        "stage": _maybe(st.sampled_from(["proposal", "mou_signed", "active", "evaluation"])),
        "form": _maybe(st.sampled_from(["sister_province", "sister_city", "other"])),
        "local": section({"level": _maybe(st.sampled_from(["province", "regency", "city"]))}),
        "partner": section({
            "country": st.sampled_from(["CN", "JP", "AU", "TW", "IL", "DE", "KR"]),
            "level": _maybe(st.sampled_from(["province", "state", "city", "county", "other"])),
            "diplomatic_relations": _maybe(st.booleans()),
        }),
        "basis": section({
            "similar_characteristics": _maybe(st.lists(st.sampled_from(["fisheries", "farming"]),
                                                       max_size=2)),
            "similar_problems": _maybe(st.lists(st.just("poverty"), max_size=1)),
            "complementarity": _maybe(st.sampled_from(["", "markets for seaweed"])),
            "people_to_people": _maybe(st.booleans()),
            "in_development_plan": _maybe(st.booleans()),
            "representative_office_abroad": _maybe(st.booleans()),
            "central_affairs": _maybe(st.lists(st.sampled_from(["defence", "religion"]),
                                               max_size=2)),
        }),
        "sectors": _maybe(sectors),
        "budget": section({
            "apbd_allocation_idr": _maybe(st.sampled_from([0, 100_000_000, 2_000_000_000])),
            "multi_year": _maybe(st.booleans()),
            "other_sources": _maybe(st.lists(st.sampled_from(["apbn", "partner", "private",
                                                              "grant"]), max_size=2)),
            "realization_rate": _maybe(st.sampled_from([0.0, 0.4, 0.6, 0.95])),
            "revisions_last_year": _maybe(st.integers(0, 4)),
        }),
        "human_resources": section({
            "dedicated_staff": _maybe(st.integers(0, 6)),
            "language_staff": _maybe(st.dictionaries(st.sampled_from(["en", "zh", "ja"]),
                                                     st.integers(0, 2), max_size=3)),
            "trained_staff": _maybe(st.integers(0, 3)),
            "response_days": _maybe(st.sampled_from([1, 7, 14, 30])),
        }),
        "energy": section({
            "reserve_margin_pct": _maybe(st.sampled_from([-10.0, -4.0, 0.0, 15.0, 35.0])),
            "rolling_blackouts": _maybe(st.booleans()),
            "outage_hours_per_month": _maybe(st.sampled_from([0.0, 5.0, 20.0, 60.0])),
            "affected_areas": _maybe(st.lists(st.just("Senggigi"), max_size=1)),
        }),
        "security": section({
            "narcotics_route": _maybe(EXPOSURE),
            "iuu_fishing": _maybe(EXPOSURE),
            "terrorism": _maybe(EXPOSURE),
            "human_trafficking": _maybe(EXPOSURE),
            "coordinating_agencies": _maybe(st.lists(st.sampled_from(
                ["BNN", "KKP", "Bakamla", "Polri", "BNPT", "Imigrasi"]), max_size=3,
                unique=True)),
        }),
        "procedure": _maybe(procedure),
        "governance": section({
            "joint_working_group": _maybe(st.booleans()),
            "meetings_per_year": _maybe(st.integers(0, 6)),
            "monitoring_plan": _maybe(st.booleans()),
            "reports_to_ministry": _maybe(st.booleans()),
            "stakeholders": _maybe(st.lists(st.sampled_from(
                ["university", "private_sector", "civil_society", "media"]), max_size=3,
                unique=True)),
        }),
    },
)
