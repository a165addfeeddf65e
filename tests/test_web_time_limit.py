"""The service's time limit is kept by the clock: work that ends after the limit has passed is
answered with 503 every time, not only when the timer happens to fire before the result is
handed back (CI once answered 200 to a request under a one-microsecond limit)."""

from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("fastapi")

from paracheck.web.problems import HTTPProblem
from paracheck.web.work import Limits, Worker


def _outcomes(limit: float, fn: object, runs: int) -> list[str]:
    """What ``runs`` calls of ``fn`` under ``limit`` seconds were answered: the value or 503."""

    async def go() -> list[str]:
        worker = Worker(Limits(timeout=limit))
        seen: list[str] = []
        try:
            for _ in range(runs):
                try:
                    seen.append(repr(await worker.run(fn)))
                except HTTPProblem as problem:
                    seen.append(str(problem.problem.status))
        finally:
            worker.close()
        return seen

    return asyncio.run(go())


def test_quick_work_that_outlasts_a_tiny_limit_is_always_503() -> None:
    # sorted() ends before the event loop wakes; the result is queued ahead of the timer.
    assert set(_outcomes(0.000001, lambda: sorted([3, 1, 2]), runs=200)) == {"503"}


def test_work_within_the_limit_returns_its_value() -> None:
    assert set(_outcomes(10.0, lambda: sorted([3, 1, 2]), runs=20)) == {"[1, 2, 3]"}


def test_work_that_is_still_running_at_the_limit_is_503() -> None:
    assert _outcomes(0.01, lambda: time.sleep(0.5), runs=1) == ["503"]
