"""A real paracheck server on 127.0.0.1 for the web tests: a separate process, so the tests
talk HTTP to it exactly as a browser or another program would."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

_LAUNCH = (
    "import uvicorn; from paracheck.web.serve import app_factory; "
    "uvicorn.run(app_factory, factory=True, host='127.0.0.1', port={port}, "
    "log_level='info', access_log=False, http={http!r})"
)

#: the HTTP/1.1 connection ``paracheck serve`` gives uvicorn (paracheck.web.serve.PROTOCOL)
SERVED_PROTOCOL = "paracheck.web.protocol:ProblemProtocol"


@dataclass
class Server:
    url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text("utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(http: str = SERVED_PROTOCOL, **env: str) -> Iterator[Server]:
    """Start ``paracheck.web`` with the given PARACHECK_* settings and uvicorn ``http``
    connection (``paracheck serve``'s by default); stop it afterwards."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="paracheck-web-", suffix=".log")[1])
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PARACHECK_")}
    environment.update(env)
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH.format(port=port, http=http)],
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to ~30 s on a busy machine; no timing is asserted
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()}")
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start")
        yield Server(url, log)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def live_client() -> Iterator[httpx.Client]:
    """A client of a live server on 127.0.0.1 (the module-scoped ``http`` fixture of the
    tests that talk to the form and the API through HTTP)."""
    with running_server() as live, httpx.Client(base_url=live.url, timeout=120) as client:
        yield client


#: Debian's Chromium, which the browser tests drive through Playwright (nothing downloaded)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium launched headless through Playwright, closed afterwards: the
    module-scoped ``browser`` fixture of every browser test (callers skip when Playwright or
    :data:`CHROMIUM` is missing)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield launched
        finally:
            launched.close()


def compare_on_page(client: Any, old: bytes, new: bytes) -> Any:
    """Post two versions to the comparison page ("Bandingkan dua versi") as an officer does,
    with the page's own form token; the answer must be the page (200). ``client`` is any
    client with ``get``/``post`` (httpx against a live server, or Starlette's TestClient)."""
    import re

    page = client.get("/bandingkan").text
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page)
    assert csrf
    answer = client.post(
        "/bandingkan",
        data={"_csrf": csrf.group(1)},
        files={"old": ("lama.yaml", old), "new": ("baru.yaml", new)},
    )
    assert answer.status_code == 200, answer.text[:500]
    return answer
