"""Seeded, dependency-free generator of valid proposal data for the benchmarks.

Mirrors the value pools of tests/strategies.py (values around the thresholds rules use) but
uses ``random.Random(seed)`` so a run is reproducible and cheap. Every field may be absent,
null or a value; ``complete=True`` makes every field present (possibly null).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

SECTORS = [
    "infrastructure",
    "agriculture",
    "mining",
    "fisheries",
    "culture",
    "tourism",
    "capacity_building",
    "education",
    "industry",
    "investment",
    "trade",
    "other",
]
STEPS = None  # filled lazily from paracheck.facts.model.STEP_IDS
EXPOSURE = ["none", "low", "medium", "high"]
_ABSENT = object()


def _steps() -> list[str]:
    global STEPS
    if STEPS is None:
        from paracheck.facts.model import STEP_IDS

        STEPS = list(STEP_IDS)
    return STEPS


class Gen:
    def __init__(
        self, seed: int, complete: bool = False, null_rate: float = 0.1, absent_rate: float = 0.25
    ) -> None:
        self.r = random.Random(seed)
        self.complete = complete
        self.null_rate = null_rate
        self.absent_rate = 0.0 if complete else absent_rate

    def date(self) -> str:
        start = dt.date(2012, 1, 1).toordinal()
        return dt.date.fromordinal(start + self.r.randrange(365 * 13)).isoformat()

    def pick(self, pool: list[Any]) -> Any:
        return self.r.choice(pool)

    def some(self, pool: list[Any], most: int, unique: bool = False) -> list[Any]:
        n = self.r.randint(0, most)
        return (
            self.r.sample(pool, min(n, len(pool)))
            if unique
            else [self.r.choice(pool) for _ in range(n)]
        )

    def section(self, fields: dict[str, Any], null: bool = True) -> dict[str, Any]:
        """Each field absent, null or a value (a field's value is a zero-arg callable)."""
        out = {}
        for name, make in fields.items():
            roll = self.r.random()
            if roll < self.absent_rate:
                continue
            if null and roll < self.absent_rate + self.null_rate:
                out[name] = None
            else:
                out[name] = make()
        return out

    def program(self) -> dict[str, Any]:
        return self.section(
            {
                "name": lambda: self.pick(["pelatihan", "pameran", "studi banding"]),
                "status": lambda: self.pick(["planned", "ongoing", "done", "stalled", "cancelled"]),
                "budget_idr": lambda: self.pick([0, 50_000_000, 600_000_000]),
                "kpis": lambda: self.some(["+30% income", "10 visits"], 2),
                "last_activity": self.date,
            }
        )

    def sector(self, programs: tuple[int, int]) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.pick(SECTORS)}
        out.update(
            self.section(
                {
                    "lead_agency": lambda: self.pick(["Dinas Pariwisata", "Dinas KP"]),
                    "programs": lambda: [self.program() for _ in range(self.r.randint(*programs))],
                }
            )
        )
        if programs[0] >= 1:  # a minimum was asked for: the programmes are always given
            out["programs"] = [self.program() for _ in range(self.r.randint(*programs))]
        if out.get("programs"):
            out["programs"] = _distinct(out["programs"])
        return out

    def proposal(
        self, sectors: int | None = None, programs: tuple[int, int] = (0, 3)
    ) -> dict[str, Any]:
        r = self.r
        n_sectors = sectors if sectors is not None else r.randint(0, 6)
        body = self.section(
            {
                "date": self.date,
                "stage": lambda: self.pick(["proposal", "mou_signed", "active", "evaluation"]),
                "form": lambda: self.pick(["sister_province", "sister_city", "other"]),
                "local": lambda: self.section(
                    {"level": lambda: self.pick(["province", "regency", "city"])}
                ),
                "partner": lambda: self.section(
                    {
                        "country": lambda: self.pick(["CN", "JP", "AU", "TW", "IL", "DE", "KR"]),
                        "level": lambda: self.pick(
                            ["province", "state", "city", "county", "other"]
                        ),
                        "diplomatic_relations": lambda: r.random() < 0.5,
                    }
                ),
                "basis": lambda: self.section(
                    {
                        "similar_characteristics": lambda: self.some(["fisheries", "farming"], 2),
                        "similar_problems": lambda: self.some(["poverty"], 1),
                        "complementarity": lambda: self.pick(["", "markets for seaweed"]),
                        "people_to_people": lambda: r.random() < 0.5,
                        "in_development_plan": lambda: r.random() < 0.5,
                        "representative_office_abroad": lambda: r.random() < 0.5,
                    }
                ),
                "sectors": lambda: _distinct(
                    [self.sector(programs) for _ in range(n_sectors)], first=True
                ),
                "budget": lambda: self.section(
                    {
                        "apbd_allocation_idr": lambda: self.pick([0, 100_000_000, 2_000_000_000]),
                        "multi_year": lambda: r.random() < 0.5,
                        "other_sources": lambda: self.some(
                            ["apbn", "partner", "private", "grant"], 2
                        ),
                        "realization_rate": lambda: self.pick([0.0, 0.4, 0.6, 0.95]),
                        "revisions_last_year": lambda: r.randint(0, 4),
                    }
                ),
                "human_resources": lambda: self.section(
                    {
                        "dedicated_staff": lambda: r.randint(0, 6),
                        "language_staff": lambda: {
                            k: r.randint(0, 2)
                            for k in self.some(["en", "zh", "ja"], 3, unique=True)
                        },
                        "trained_staff": lambda: r.randint(0, 3),
                        "response_days": lambda: self.pick([1, 7, 14, 30]),
                    }
                ),
                "energy": lambda: self.section(
                    {
                        "reserve_margin_pct": lambda: self.pick([-10.0, -4.0, 0.0, 15.0, 35.0]),
                        "rolling_blackouts": lambda: r.random() < 0.5,
                        "outage_hours_per_month": lambda: self.pick([0.0, 5.0, 20.0, 60.0]),
                        "affected_areas": lambda: self.some(["Senggigi"], 1),
                    }
                ),
                "security": lambda: self.section(
                    {
                        "narcotics_route": lambda: self.pick(EXPOSURE),
                        "iuu_fishing": lambda: self.pick(EXPOSURE),
                        "terrorism": lambda: self.pick(EXPOSURE),
                        "human_trafficking": lambda: self.pick(EXPOSURE),
                        "coordinating_agencies": lambda: self.some(
                            ["BNN", "KKP", "Bakamla", "Polri", "BNPT", "Imigrasi"], 3, unique=True
                        ),
                    }
                ),
                "procedure": lambda: [self._step(s) for s in self.some(_steps(), 6, unique=True)],
                "governance": lambda: self.section(
                    {
                        "joint_working_group": lambda: r.random() < 0.5,
                        "meetings_per_year": lambda: r.randint(0, 6),
                        "monitoring_plan": lambda: r.random() < 0.5,
                        "reports_to_ministry": lambda: r.random() < 0.5,
                        "stakeholders": lambda: self.some(
                            ["university", "private_sector", "civil_society", "media"],
                            3,
                            unique=True,
                        ),
                    }
                ),
            }
        )
        if sectors is not None:  # a fixed sector count was asked for: always give them
            body["sectors"] = _distinct(
                [self.sector(programs) for _ in range(n_sectors)], first=True
            )
        return {"schema": "paracheck/proposal/v1", "title": "generated", **body}

    def _step(self, step: str) -> dict[str, Any]:
        out = {
            "step": step,
            "status": self.pick(["done", "in_progress", "pending", "not_applicable"]),
        }
        if self.complete or self.r.random() < 0.7:
            out["date"] = self.date()
        return out


def _key(item: Any) -> str:
    """An item as the loader compares items: every field, a null the same as an absent one."""
    if isinstance(item, dict):
        return repr(sorted((k, _key(v)) for k, v in item.items() if v is not None))
    if isinstance(item, list):
        return repr([_key(v) for v in item])
    return repr(item)


def _distinct(items: list[dict[str, Any]], first: bool = False) -> list[dict[str, Any]]:
    """The items with each repeat of an earlier one, equal in every field, told apart by a
    number after its name (a sector's: its first programme's): the loader refuses a
    programme or a sector written twice. Renamed after the draw and never dropped, so the
    random stream, every other proposal of a seed, and the number of items are unchanged."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        if first and not item.get("programs"):  # a sector without programmes may repeat
            out.append(item)
            continue
        key = _key(item)
        if key in seen:
            seen[key] += 1
            item = dict(item)
            if first:  # a sector: its first programme renamed
                item["programs"] = [dict(item["programs"][0]), *item["programs"][1:]]
                named = item["programs"][0]
            else:
                named = item
            named["name"] = f"{named.get('name') or 'program'} ({seen[key]})"
        else:
            seen[key] = 1
        out.append(item)
    return out


def proposals(n: int, seed: int = 7, **kw: Any) -> list[dict[str, Any]]:
    gen = Gen(seed, **{k: v for k, v in kw.items() if k in ("complete", "null_rate")})
    extra = {k: v for k, v in kw.items() if k in ("sectors", "programs")}
    return [gen.proposal(**extra) for _ in range(n)]
