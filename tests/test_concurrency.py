"""Concurrency (issue 6): one process, many threads, gives the sequential results byte for byte;
so does a process pool, where each process builds its own durable_rules host (ENGINE-NOTES
traps 3 and 12). Proposals are varied and seeded, so a failure reproduces.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.rules.loader import pack_names

MINI = str(Path(__file__).parent / "packs" / "mini.yaml")
SHIPPED = pack_names()
PACK = SHIPPED[0] if SHIPPED else MINI
AS_OF = dt.date(2015, 6, 10)
THREADS = 8


def varied_proposal(rng: random.Random) -> dict[str, Any]:
    """A valid proposal with a random subset of sections and values around thresholds."""

    def maybe(value: Any) -> Any:
        return None if rng.random() < 0.1 else value

    def pick(*values: Any) -> Any:
        return maybe(rng.choice(values))

    sections: dict[str, Any] = {
        "date": dt.date(rng.randint(2012, 2024), rng.randint(1, 12), 1).isoformat(),
        "stage": pick("proposal", "mou_signed", "active", "evaluation"),
        "form": pick("sister_province", "sister_city", "other"),
        "local": {"level": pick("province", "regency", "city")},
        "partner": {
            "country": rng.choice(["CN", "JP", "AU", "TW", "IL", "DE", "KR"]),
            "level": pick("province", "state", "city", "county", "other"),
        },
        "basis": {
            "people_to_people": pick(True, False),
            "in_development_plan": pick(True, False),
            "similar_characteristics": maybe(["fisheries"] * rng.randint(0, 2)),
        },
        "budget": {
            "apbd_allocation_idr": pick(0, 100_000_000, 2_000_000_000),
            "other_sources": maybe(rng.sample(["apbn", "partner", "private"], rng.randint(0, 3))),
            "realization_rate": pick(0.0, 0.4, 0.95),
            "revisions_last_year": pick(0, 2, 4),
        },
        "human_resources": {
            "dedicated_staff": pick(0, 1, 4),
            "language_staff": maybe({"zh": rng.randint(0, 2)}),
            "response_days": pick(1, 14, 30),
        },
        "energy": {
            "reserve_margin_pct": pick(-10.0, 0.0, 35.0),
            "rolling_blackouts": pick(True, False),
        },
        "security": {
            "narcotics_route": pick("none", "low", "high"),
            "iuu_fishing": pick("none", "medium", "high"),
        },
        "governance": {
            "joint_working_group": pick(True, False),
            "meetings_per_year": pick(0, 2, 6),
            "monitoring_plan": pick(True, False),
        },
        "sectors": [
            {
                "name": rng.choice(["mining", "culture", "tourism", "fisheries"]),
                "programs": [
                    {
                        # named apart: a programme equal to another in every field is refused
                        "name": f"p{j}",
                        "status": pick("planned", "ongoing", "stalled"),
                        "last_activity": f"{rng.randint(2012, 2016)}-03-01",
                    }
                    for j in range(rng.randint(0, 3))
                ],
            }
            for _ in range(rng.randint(0, 5))
        ],
        "procedure": [
            {"step": "signing", "status": "done", "date": "2015-01-10"},
            {
                "step": "dprd_approval",
                "status": rng.choice(["done", "pending"]),
                "date": f"{rng.randint(2014, 2016)}-02-01",
            },
        ],
    }
    chosen = {k: v for k, v in sections.items() if rng.random() < 0.8}
    return {"schema": "paracheck/proposal/v1", "title": "concurrent", **chosen}


INPUTS = [varied_proposal(random.Random(seed)) for seed in range(40)]


def assess_json(job: tuple[dict[str, Any], str]) -> str:
    data, pack = job
    return paracheck.assess(data, pack=pack, as_of=AS_OF).to_json()


@pytest.fixture(scope="module")
def sequential() -> dict[str, list[str]]:
    return {pack: [assess_json((d, pack)) for d in INPUTS] for pack in (PACK, MINI)}


def test_inputs_are_varied(sequential):
    assert len(set(sequential[PACK])) > len(INPUTS) // 2


@pytest.mark.parametrize("pack", [PACK, MINI])
def test_eight_threads_match_the_sequential_results(pack, sequential):
    results: dict[int, dict[int, str]] = {t: {} for t in range(THREADS)}
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def work(t: int) -> None:
        order = list(range(len(INPUTS)))
        random.Random(t).shuffle(order)  # every thread in its own order
        try:
            start.wait()
            for i in order:
                results[t][i] = assess_json((INPUTS[i], pack))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    assert errors == []
    for t in range(THREADS):
        assert [results[t][i] for i in range(len(INPUTS))] == sequential[pack]


def test_threads_mixing_packs_match_the_sequential_results(sequential):
    """Threads on different packs at once: each compiled pack owns its host and lock."""
    jobs = [(i, pack) for pack in (PACK, MINI) for i in range(len(INPUTS))] * 2
    random.Random(3).shuffle(jobs)
    got: dict[tuple[int, str], list[str]] = {}
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(part: list[tuple[int, str]]) -> None:
        try:
            for i, pack in part:
                out = assess_json((INPUTS[i], pack))
                with lock:
                    got.setdefault((i, pack), []).append(out)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(jobs[t::THREADS],)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    assert errors == []
    # every job ran (each (input, pack) twice) and gave the sequential bytes
    assert sorted(got) == sorted({(i, pack) for i, pack in jobs})
    for (i, pack), outs in got.items():
        assert outs == [sequential[pack][i]] * 2, (i, pack)


def test_process_pool_matches_the_sequential_results(sequential):
    context = multiprocessing.get_context("spawn")  # each process builds its own host
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        pooled = list(pool.map(assess_json, [(d, PACK) for d in INPUTS], chunksize=5, timeout=300))
    assert pooled == sequential[PACK]
