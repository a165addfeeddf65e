"""A proposal far larger than any real one (issue 6): 150 sectors of 2–3 programmes each and
long lists is assessed correctly (statuses equal the oracle's) by every shipped pack, through
the library and the command line, and no engine fact nears durable_rules' ~253-property limit
(ENGINE-NOTES trap 11).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.engine import adapter
from paracheck.rules.loader import load_pack, pack_names
from tests.oracle import Oracle, disagreements

HERE = Path(__file__).parent
MINI = str(HERE / "packs" / "mini.yaml")
PACKS = [MINI, *pack_names()]
AS_OF = dt.date(2016, 3, 1)
SECTORS = [
    "infrastructure",
    "agriculture",
    "mining",
    "fisheries",
    "culture",
    "tourism",
    "capacity_building",
    "education",
    "health",
    "trade",
    "industry",
    "investment",
]
FACT_PROPERTY_LIMIT = 250


def large_proposal(seed: int = 150) -> dict[str, Any]:
    rng = random.Random(seed)
    day = dt.date(2014, 1, 1)

    def when() -> str:
        return (day + dt.timedelta(days=rng.randint(0, 900))).isoformat()

    sectors = []
    for i in range(150):
        programs = [
            {
                "name": f"program {i}.{j}",
                "status": rng.choice(["planned", "ongoing", "done", "stalled", "cancelled"]),
                "budget_idr": rng.choice([0, 50_000_000, 600_000_000]),
                "kpis": [f"kpi {k}" for k in range(rng.randint(0, 40))],
                "last_activity": when(),
            }
            for j in range(rng.randint(2, 3))
        ]
        sector: dict[str, Any] = {"name": rng.choice(SECTORS), "programs": programs}
        if rng.random() < 0.8:
            sector["lead_agency"] = rng.choice(["Dinas Pariwisata", "Dinas KP", None])
        sectors.append(sector)
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama besar",
        "date": "2016-02-01",
        "stage": "active",
        "form": "sister_province",
        "local": {"name": "Nusa Tenggara Barat", "level": "province"},
        "partner": {"name": "Zhejiang", "country": "CN", "level": "province"},
        "basis": {
            "similar_characteristics": [f"characteristic {k}" for k in range(1000)],
            "similar_problems": [f"problem {k}" for k in range(1000)],
            "complementarity": "x" * 10_000,
            "people_to_people": True,
            "in_development_plan": False,
        },
        "sectors": sectors,
        "budget": {
            "apbd_allocation_idr": 100_000_000,
            "multi_year": True,
            "other_sources": ["apbn", "partner", "private", "grant"],
            "realization_rate": 0.4,
            "revisions_last_year": 3,
        },
        "human_resources": {
            "dedicated_staff": 2,
            "language_staff": {"zh": 1, "en": 3},
            "trained_staff": 1,
            "response_days": 14,
        },
        "energy": {
            "reserve_margin_pct": -4.0,
            "rolling_blackouts": True,
            "outage_hours_per_month": 20.0,
            "affected_areas": [f"area {k}" for k in range(1000)],
        },
        "security": {
            "narcotics_route": "high",
            "iuu_fishing": "medium",
            "terrorism": "low",
            "human_trafficking": "none",
            "coordinating_agencies": ["BNN", "KKP", "Bakamla", "Polri", "BNPT"],
        },
        "procedure": [
            {"step": "initiative", "status": "done", "date": "2014-02-01"},
            {"step": "letter_of_intent", "status": "done", "date": "2014-05-01"},
            {"step": "signing", "status": "done", "date": "2015-01-10"},
            {"step": "dprd_approval", "status": "done", "date": "2015-03-01"},
        ],
        "governance": {
            "joint_working_group": True,
            "meetings_per_year": 1,
            "monitoring_plan": False,
            "reports_to_ministry": False,
            "stakeholders": ["university", "private_sector", "civil_society", "media"],
        },
    }


@pytest.fixture(scope="module")
def proposal() -> dict[str, Any]:
    return large_proposal()


def oracle_statuses(pack: Any, data: dict[str, Any]) -> dict[str, str]:
    return Oracle(pack, data, AS_OF).statuses()


@pytest.mark.parametrize("pack_name", PACKS)
def test_large_proposal_matches_the_oracle_and_facts_stay_small(pack_name, proposal, monkeypatch):
    pack = load_pack(pack_name)
    sizes: list[int] = []
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        sizes.extend(len(f) + 1 for f in facts)  # + the sid (the adapter or the engine adds it)
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    result = paracheck.assess(proposal, pack=pack, as_of=AS_OF)
    assert disagreements(pack, proposal, AS_OF, result.checks) == {}
    assert sizes, "the engine was never given a fact"
    assert max(sizes) < FACT_PROPERTY_LIMIT
    risky = [ch for ch in result.checks if ch.status == "risk" and ch.items]
    for check in risky:  # per-item rules name items that exist
        assert all(item.startswith("sectors[") for item in check.items)


@pytest.mark.parametrize("pack_name", PACKS)
def test_large_proposal_through_the_command_line(pack_name, proposal, tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text(yaml.safe_dump(proposal, allow_unicode=True), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "paracheck",
            "assess",
            str(path),
            "--format",
            "json",
            "--pack",
            pack_name,
            "--as-of",
            AS_OF.isoformat(),
        ],
        capture_output=True,
        timeout=120,
        cwd=HERE.parent,
    )
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
    report = json.loads(done.stdout)
    got = {ch["rule_id"]: ch["status"] for ch in report["checks"]}
    want = oracle_statuses(load_pack(pack_name), proposal)
    # a rule not in force on the date has a clear check, which the oracle's statuses leave out
    assert got == {**dict.fromkeys(got.keys() - want.keys(), "clear"), **want}
    assert want.keys() <= got.keys()
