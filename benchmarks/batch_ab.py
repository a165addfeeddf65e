"""CLI batch throughput, this tree against a git revision, interleaved (issue 16).

    python benchmarks/batch_ab.py                                  # against main
    python benchmarks/batch_ab.py --base 6c00aa4 --formats markdown,html --rounds 7

Runs ``paracheck assess DIR --format F`` over the same generated files as
``benchmarks/run.py`` (500 files, seed 31; the text format as ``--summary``) with the base
revision's ``src/paracheck`` (``git archive`` into a temporary folder, put first on
``PYTHONPATH``) and with this tree's, alternating which side goes first in each round. Both
sides have their bytecode compiled first, as ``run.py`` does. Prints, per format, the median
wall time, the median CPU time of the whole command (the CLI process and its workers:
``RUSAGE_CHILDREN``), files/s from the wall median, the ratios this/base and whether the two
outputs are the same bytes. On a machine shared with other work the CPU ratio is the steadier
figure; compare ratios, not absolute figures.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: the same runs as benchmarks/run.py's BATCH_RUNS
RUNS = {
    "json": (),
    "csv": (),
    "markdown": (),
    "html": (),
    "text": ("--summary",),
}


def base_tree(revision: str, folder: Path) -> Path:
    """``src/paracheck`` of ``revision`` extracted under ``folder``; returns its ``src``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/paracheck"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def write_proposals(folder: Path, n: int, seed: int) -> Path:
    """``n`` generated proposals as YAML files, exactly as ``run.py`` writes them."""
    import gen
    import yaml

    folder.mkdir()
    for i, data in enumerate(gen.proposals(n, seed=seed)):
        (folder / f"p{i:05d}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
    return folder


def one_run(src: Path, folder: Path, fmt: str) -> tuple[float, float, str, int]:
    """Wall seconds, CPU seconds (the command and its workers), output digest, exit code."""
    script = Path(sys.executable).parent / "paracheck"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "paracheck"]
    env = dict(os.environ, PYTHONPATH=str(src))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "assess", str(folder), "--format", fmt, *RUNS[fmt]],
        capture_output=True,
        env=env,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1, 2):
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
    return wall, cpu, hashlib.sha256(proc.stdout).hexdigest(), proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--formats", default=",".join(RUNS))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    formats = args.formats.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"base": base_tree(args.base, Path(tmp) / "base"), "this": ROOT / "src"}
        for src in sides.values():
            compileall.compile_dir(str(src / "paracheck"), quiet=1)
        folder = write_proposals(Path(tmp) / "many", args.files, args.seed)
        wall: dict[tuple[str, str], list[float]] = {}
        cpu: dict[tuple[str, str], list[float]] = {}
        digest: dict[tuple[str, str], set[str]] = {}
        for r in range(args.rounds):
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for fmt in formats:
                for side in order:
                    w, c, d, _ = one_run(sides[side], folder, fmt)
                    wall.setdefault((fmt, side), []).append(w)
                    cpu.setdefault((fmt, side), []).append(c)
                    digest.setdefault((fmt, side), set()).add(d)
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr, flush=True)
        print(f"base {args.base} vs this tree, {args.files} files, {args.rounds} rounds (medians)")
        for fmt in formats:
            w = {s: statistics.median(wall[fmt, s]) for s in sides}
            c = {s: statistics.median(cpu[fmt, s]) for s in sides}
            same = digest[fmt, "base"] == digest[fmt, "this"] and len(digest[fmt, "this"]) == 1
            print(
                f"{fmt:9} wall base {w['base']:5.2f} s ({args.files / w['base']:4.0f}/s)  "
                f"this {w['this']:5.2f} s ({args.files / w['this']:4.0f}/s)  "
                f"ratio {w['this'] / w['base']:4.2f} | CPU base {c['base']:5.2f} s  "
                f"this {c['this']:5.2f} s  ratio {c['this'] / c['base']:4.2f} | "
                f"{'same bytes' if same else 'DIFFERENT'}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
