"""CLI start-up, this tree against a git revision: fresh processes, interleaved (issue 16).

    python benchmarks/cli_ab.py                          # against main, 20 rounds
    python benchmarks/cli_ab.py --base 6c00aa4 --rounds 40

The base revision's ``src/paracheck`` is extracted into a temporary folder; each round runs
every command once with the base and once with this tree (``python -c`` calling the console
script's ``main``, ``PYTHONPATH`` pointing at the side's sources), alternating which side goes
first. Both sides have their bytecode compiled first (this project's machines set
``PYTHONDONTWRITEBYTECODE``, and an installed paracheck has its bytecode) and their own disk
cache (``PARACHECK_CACHE_DIR``), filled by a warm-up run, as ``benchmarks/run.py`` measures.
It prints, per command, the median wall time and the median CPU time of the child process
(user + system, less disturbed by other work on a shared machine) of each side, the ratios
this/base, and whether the two sides wrote the same bytes and exit code.

``--instructions`` counts instead the machine instructions of one run of each command on each
side (valgrind's callgrind, the whole process from start to exit, warm caches, one string hash
seed): a figure a shared machine's load does not move.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NTB = "examples/ntb-zhejiang-2015.yaml"
COMMANDS = {
    "assess": ["assess", NTB],
    "assess json": ["assess", NTB, "-f", "json"],
    "validate": ["validate", NTB],
    "--help": ["--help"],
    "schema": ["schema"],
}
_ENTRY = "import sys; from paracheck.cli import main; sys.argv[0] = 'paracheck'; main()"


def extract(revision: str, folder: Path) -> Path:
    """``src`` of ``revision`` in ``folder``; the folder to put on ``PYTHONPATH``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/paracheck"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def run(src: Path, argv: list[str], cache: Path) -> tuple[float, float, bytes, int]:
    """One fresh process: wall seconds, child CPU seconds, its output and exit code."""
    env = dict(os.environ, PYTHONPATH=str(src), PARACHECK_CACHE_DIR=str(cache))
    env.pop("COLUMNS", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _ENTRY, *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, out, proc.returncode


def instructions(src: Path, argv: list[str], cache: Path) -> int:
    """Machine instructions of one fresh process running ``argv`` (callgrind)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(src), PARACHECK_CACHE_DIR=str(cache))
        env["PYTHONHASHSEED"] = "0"  # dict probing moves counts by a few per cent
        env.pop("COLUMNS", None)
        done = subprocess.run(
            [
                *("valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out"),
                *(sys.executable, "-c", _ENTRY, *argv),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    return int(re.findall(r"Collected : (\d+)", done.stderr)[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--commands", default=",".join(COMMANDS), help="comma-separated keys")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    args = parser.parse_args()
    keys = args.commands.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"base": extract(args.base, Path(tmp) / "base"), "this": ROOT / "src"}
        caches = {name: Path(tmp) / f"cache-{name}" for name in sides}
        for src in sides.values():
            compileall.compile_dir(str(src / "paracheck"), quiet=1)
        outputs: dict[str, dict[str, tuple[bytes, int]]] = {k: {} for k in keys}
        for key in keys:  # warm-up: fills each side's cache, records its answer
            for name, src in sides.items():
                *_, out, code = run(src, COMMANDS[key], caches[name])
                outputs[key][name] = (out, code)
        if args.instructions:
            print(f"base {args.base} vs this tree; instructions of one run (callgrind)")
            for key in keys:
                count = {n: instructions(sides[n], COMMANDS[key], caches[n]) for n in sides}
                print(
                    f"{key:12} base {count['base'] / 1e6:8.1f} M  this "
                    f"{count['this'] / 1e6:8.1f} M  ({count['this'] / count['base']:.3f})",
                    flush=True,
                )
            return 0
        walls = {k: {n: [] for n in sides} for k in keys}
        cpus = {k: {n: [] for n in sides} for k in keys}
        for i in range(args.rounds):
            order = list(sides) if i % 2 == 0 else list(reversed(sides))
            for key in keys:
                for name in order:
                    wall, cpu, _, _ = run(sides[name], COMMANDS[key], caches[name])
                    walls[key][name].append(wall)
                    cpus[key][name].append(cpu)
        print(f"base {args.base} vs this tree, {args.rounds} rounds; medians in ms")
        for key in keys:
            w = {n: statistics.median(walls[key][n]) * 1000 for n in sides}
            c = {n: statistics.median(cpus[key][n]) * 1000 for n in sides}
            same = outputs[key]["base"] == outputs[key]["this"]
            print(
                f"{key:12} wall base {w['base']:6.1f} this {w['this']:6.1f} "
                f"({w['this'] / w['base']:4.2f})   cpu base {c['base']:6.1f} this "
                f"{c['this']:6.1f} ({c['this'] / c['base']:4.2f})  "
                f"{'same' if same else 'DIFFERENT'} exit {outputs[key]['this'][1]}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
