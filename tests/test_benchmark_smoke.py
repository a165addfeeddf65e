"""The benchmark script runs end to end (tiny counts; no timing is asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = [
    "assess NTB, median / p95",
    "assess 150 sectors",
    "CompiledPack(",
    "floor: Oracle.statuses",
    "paracheck engine: compiled(pack).run",
    "paracheck whole assess",
    "zen-engine",
    "zen agrees with paracheck (checks)",  # printed only when zen-engine really ran
    "of which inside durable_rules (C calls)",
    "checks, evidence, questions, actions (rest)",
    "rules=",
    "sectors=150",
    "process pool, 2 workers",
    "paracheck assess DIR --format json",
    "paracheck assess NTB --format json",
    "paracheck assess NTB --format json, empty cache",
    'python -c "import paracheck"',
    "python -c pass",
    "VmRSS over",
    "after gc.freeze()",
    "targets",
]


def test_benchmark_smoke(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--smoke",
            "--output",
            str(tmp_path / "smoke.json"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for label in LABELS:
        assert label in proc.stdout, label
    assert "DISAGREEMENT" not in proc.stdout
    assert (tmp_path / "smoke.json").exists()
