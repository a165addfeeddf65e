"""The web load benchmark still runs: a few requests per scenario, every answer a 200."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")

ROOT = Path(__file__).parent.parent


def test_load_benchmark_smoke_run_answers_every_scenario(tmp_path: Path) -> None:
    out = tmp_path / "load.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load.py"), "--smoke", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    import json

    figures = json.loads(out.read_text())
    assert {(f["format"], f["clients"]) for f in figures} == {
        (fmt, n) for fmt in ("json", "html") for n in (1, 8, 32)
    }
    assert all(
        f["answers"] > 0 and f["not_ok"] == 0 and f["p99_ms"] >= f["p50_ms"] > 0 for f in figures
    )
    # both worker processes are accounted for, and the CPU split adds up
    assert all(
        len(f["worker_split"]) == 2 and abs(sum(f["worker_split"]) - 1) < 0.05
        for f in figures
        if sum(f["worker_split"])
    )
    assert "target (JSON, 8 clients" in done.stdout
    assert "input: varied (200 different file(s)" in done.stdout
    assert "the library alone, in this process" in done.stdout
