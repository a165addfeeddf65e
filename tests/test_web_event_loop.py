"""Which work the server does on its event loop and which it hands to worker threads.

An API assessment of a proposal that is small by its size runs on the event loop (cheaper, and
concurrent requests finish in order); anything else runs in a worker thread, so that it
cannot hold up other requests. These tests drive the application in-process and hold a
thread-pool assessment at a gate: had it run on the event loop, nothing else could be
answered until the gate gave up.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

import paracheck  # noqa: E402
from paracheck.web import Limits, create_app  # noqa: E402

ROOT = Path(__file__).parent.parent
NTB = (ROOT / "examples" / "ntb-zhejiang-2015.yaml").read_bytes()
NTB_TITLE = paracheck.load_proposal_text(NTB).title
YAML = {"content-type": "application/yaml"}
GATE_SECONDS = 20.0  # only reached when the behaviour is broken


def _many_items(title: str, sectors: int = 60) -> bytes:
    """A body of a few KiB (small) whose proposal has many sectors (not small)."""
    rows = "".join(f"  - {{name: tourism, lead_agency: D{i}}}\n" for i in range(sectors))
    head = f"schema: paracheck/proposal/v1\ntitle: {title}\ndate: 2015-06-10\nsectors:\n"
    return (head + rows).encode()


class _Gate:
    """``paracheck.assess`` that stops at a gate for the proposal titled ``Gated`` and notes
    which thread every assessment ran in."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: dict[str, str] = {}
        self._assess = paracheck.assess

    def __call__(self, proposal: Any, **options: Any) -> Any:
        self.threads[proposal.title] = threading.current_thread().name
        if proposal.title == "Gated":
            self.entered.set()
            self.release.wait(GATE_SECONDS)
        return self._assess(proposal, **options)


def _scenario(limits: Limits | None = None) -> tuple[list[str], _Gate]:
    gate = _Gate()
    app = create_app(limits=limits)
    order: list[str] = []

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            gated = asyncio.create_task(
                client.post("/api/v1/assess", content=_many_items("Gated"), headers=YAML)
            )
            assert await asyncio.to_thread(gate.entered.wait, GATE_SECONDS)
            health = await client.get("/api/v1/health")
            order.append(f"health {health.status_code}")
            small = await client.post("/api/v1/assess", content=NTB, headers=YAML)
            order.append(f"small {small.status_code}")
            order.append("gated still running" if not gated.done() else "gated finished")
            gate.release.set()
            order.append(f"gated {(await gated).status_code}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paracheck, "assess", gate)
        asyncio.run(run())
    return order, gate


def test_a_small_body_with_many_sectors_is_assessed_off_the_event_loop() -> None:
    """A few KiB can still hold a long assessment (its cost grows with sectors): it goes to
    a worker thread, and the health check and a small assessment are answered meanwhile."""
    order, gate = _scenario()
    assert order == ["health 200", "small 200", "gated still running", "gated 200"]
    assert gate.threads["Gated"].startswith("paracheck-assess")


def test_a_small_proposal_is_assessed_on_the_event_loop() -> None:
    """The NTB example (14 sectors and programmes) is assessed where the request is handled,
    without a hand-over to a thread; it is still answered while a long one runs."""
    order, gate = _scenario()
    assert order[1] == "small 200"
    assert gate.threads[NTB_TITLE] == threading.current_thread().name  # the loop's thread


def test_under_a_time_limit_below_a_second_everything_runs_in_threads() -> None:
    """Work on the event loop cannot be stopped by the time limit, so a server told to allow
    less than a second (``PARACHECK_TIMEOUT``) runs small assessments in threads too."""
    order, gate = _scenario(Limits(timeout=0.9))
    assert gate.threads[NTB_TITLE].startswith("paracheck-assess")
    assert order[:3] == ["health 200", "small 200", "gated still running"]
