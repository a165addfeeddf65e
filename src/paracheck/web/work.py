"""Running assessments off the event loop, with a bound on time and on waiting work.

durable_rules holds the GIL inside its calls (ENGINE-NOTES trap 12), so threads do not add
throughput — but they do keep the event loop free: while one assessment runs, the loop still
accepts connections, serves pages and answers health checks, and a slow assessment (a
proposal with hundreds of sectors) shares the interpreter with quick ones instead of blocking
them. More throughput comes from more processes (``paracheck serve --workers 2``). The one
exception is an API assessment known to be short by its size (``service.is_quick``): it runs
on the event loop itself, where it costs less and requests finish in the order they came.

Two limits keep an overloaded server honest instead of slow: at most ``queue`` pieces of work
may wait or run at once (beyond that: 503 at once), and a piece that takes longer than
``timeout`` seconds is answered with 503 (its thread finishes in the background; the result is
dropped). The limit is kept by the clock, not only by the timer: a result that comes back after
the limit has passed is dropped too. Without that, a fast piece under a tiny limit raced the
timer (the thread ends while holding the interpreter, and its result is queued on the event loop
before the timer is), so the same request was answered 200 or 503 by chance.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from paracheck.web.problems import HTTPProblem

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """The service's limits; every one of them answers with a problem, never a hang."""

    max_body: int = 1024 * 1024
    """Largest request body accepted (bytes): 413 beyond."""
    timeout: float = 10.0
    """Longest one request may spend in assessments (seconds): 503 beyond."""
    queue: int = 64
    """Most assessments waiting or running at once: 503 beyond."""
    threads: int = 4
    """Threads that run assessments."""
    pdf_timeout: float = 60.0
    """Longest a PDF may take to print (headless Chromium): 503 beyond."""
    read_timeout: float = 30.0
    """Longest a request may take to arrive whole, head and body (seconds): 408 and the
    connection closed beyond (``PARACHECK_READ_TIMEOUT``; :mod:`paracheck.web.protocol`)."""

    @property
    def allows_quick(self) -> bool:
        """Whether work known to be short (``service.is_quick``: tens of milliseconds at
        most) may run on the event loop, outside the time limit: only when the limit is far
        above that. A server told to allow less than a second runs everything under it."""
        return self.timeout >= 1.0


def _too_long(limit: float) -> HTTPProblem:
    """The 503 for work that did not finish within ``limit`` seconds."""
    return HTTPProblem.said(
        503,
        "timeout",
        "api.timeout.title",
        "api.timeout.detail",
        None,
        {"Retry-After": "5"},
        limit=f"{limit:g}",
    )


class Worker:
    """Runs blocking library calls in a thread pool, bounded in time and in queue length."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._pool = ThreadPoolExecutor(
            max_workers=limits.threads, thread_name_prefix="paracheck-assess"
        )
        self._pending = 0

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """``fn(*args)`` in a worker thread; ``timeout`` overrides the limit for work known to
        be slow (printing a PDF runs a browser)."""
        limit = self.limits.timeout if timeout is None else timeout
        if self._pending >= self.limits.queue:
            raise HTTPProblem.said(
                503, "busy", "api.busy.title", "api.busy.detail", None, {"Retry-After": "1"}
            )
        self._pending += 1
        started = time.monotonic()
        try:
            future = asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)
            result = await asyncio.wait_for(future, limit)
        except TimeoutError:
            raise _too_long(limit) from None
        finally:
            self._pending -= 1
        if time.monotonic() - started > limit:
            raise _too_long(limit)
        return result

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
