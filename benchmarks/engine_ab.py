"""The engine part of two revisions, raced interleaved in one process.

    python benchmarks/engine_ab.py [BASE] [--rounds N]

``BASE`` is a git revision (default ``main``): its ``engine/adapter.py`` and
``engine/compiler.py`` are loaded beside the working tree's, the shipped pack is compiled
onto each, and ``compiled(pack).run(view)`` is timed alternately (A = BASE, B = the working
tree) on NTB and on generated proposals of 10, 50 and 150 sectors, in CPU time (the machine
is shared: wall time would count the waits of other processes). Both must decide the same
verdicts, counts and flags on every proposal, or nothing is reported.

The rest of the package (decompose, rules, conditions) is the working tree's for both: the
race isolates the two engine modules.

    python benchmarks/engine_ab.py --zen [--rounds N]

races the working tree's engine part against zen-engine (``zen_pack.ZenPack.statuses``: its
input built from the same decomposed view, then evaluated; both warmed up) at every size of
``run.py``'s scaling table — NTB with the first 10, 20, 40 and all rules, and 1, 10, 50 and
150 generated sectors — interleaved, in CPU time, and prints engine/zen per size.

    python benchmarks/engine_ab.py --cold [BASE] [--rounds N]

races BASE's engine, the working tree's and zen-engine as ``run.py``'s side-by-side loop
meets them: a freshly decomposed view each round and the floor's oracle run (~26 ms of
Python at 150 sectors) before every timed call, the three in alternating order; medians of
CPU time, engine/zen per side and the median of per-round new/base ratios, on NTB and at
150 sectors. A tight loop keeps durable_rules' state in the caches; after the oracle it is
not, and the engine then pays ~50% more where zen pays ~25% (measured 2026-11-30): this is
the figure ``run.py`` reports.

    python benchmarks/engine_ab.py --instructions [BASE] [--runs N]

counts instead the machine instructions one run takes on each side (valgrind's callgrind,
counting only between two marker calls around N runs made after two warm-up runs, divided
by N), on NTB and on the 150-sector proposal. A count does not move with the load of a
shared machine, so it tells a 2% change apart where CPU times on 2 busy cores cannot; it
does not see cache misses or the collector's pauses in a larger program (time those with
``run.py``). Needs
``valgrind`` on the PATH; ~1 minute of CPU per side and proposal.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

import paracheck  # noqa: E402
from paracheck.engine import compiler  # noqa: E402
from paracheck.engine.assess import resolve_as_of  # noqa: E402
from paracheck.facts.decompose import decompose  # noqa: E402
from paracheck.facts.loader import parse_proposal_data  # noqa: E402

ENGINE = "src/paracheck/engine"


def _module(name: str, source: str) -> types.ModuleType:
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


def load_revision(rev: str) -> types.ModuleType:
    """The compiler module of ``rev``, bound to the adapter module of ``rev``."""
    text = {
        name: subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{ENGINE}/{name}.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in ("adapter", "compiler")
    }
    adapter = _module("_ab_base_adapter", text["adapter"])
    current = sys.modules["paracheck.engine.adapter"]
    sys.modules["paracheck.engine.adapter"] = adapter  # the old compiler imports the old one
    try:
        return _module("_ab_base_compiler", text["compiler"])
    finally:
        sys.modules["paracheck.engine.adapter"] = current


def cases() -> list[tuple[str, object]]:
    out = [("NTB", paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml")))]
    for n in (10, 50, 150):
        data = gen.Gen(1000 + n, null_rate=0.05).proposal(sectors=n, programs=(2, 3))
        out.append((f"{n} sectors", parse_proposal_data(data)))
    return out


def against_zen(pack, rounds: int) -> int:
    """Engine part (working tree) against zen-engine at every size of the scaling table."""
    from run import subset
    from zen_pack import ZenPack

    ntb = paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml"))
    sizes = [
        (f"rules={n} (NTB)", subset(pack, n), ntb) for n in (10, 20, 40) if n < len(pack.rules)
    ]
    sizes.append((f"rules={len(pack.rules)} (NTB)", pack, ntb))
    for n in (1, 10, 50, 150):
        data = gen.Gen(1000 + n, null_rate=0.05).proposal(sectors=n, programs=(2, 3))
        sizes.append((f"sectors={n}", pack, parse_proposal_data(data)))
    clock = time.process_time
    print("engine part (working tree) against zen-engine; median CPU ms per assessment")
    for label, part, proposal in sizes:
        engine, zen = compiler.CompiledPack(part), ZenPack(part)
        view = decompose(proposal, resolve_as_of(proposal, None))
        engine.run(view)
        zen.statuses(view)
        times: dict[str, list[float]] = {"engine": [], "zen": []}
        for _ in range(max(20, rounds // (1 + len(view.sectors or []) // 10))):
            start = clock()
            engine.run(view)
            times["engine"].append(clock() - start)
            start = clock()
            zen.statuses(view)
            times["zen"].append(clock() - start)
        e, z = (statistics.median(times[name]) for name in ("engine", "zen"))
        print(f"{label:16} engine {e * 1e3:7.3f}   zen {z * 1e3:7.3f}   engine/zen {e / z:.2f}")
    return 0


def cold(base: str, pack, rounds: int) -> int:
    """BASE's engine, the working tree's and zen-engine after the floor's oracle run."""
    from run import _raw
    from zen_pack import ZenPack

    sys.path.insert(0, str(ROOT))
    from tests.oracle import Oracle

    sides = {
        "base": load_revision(base).CompiledPack(pack).run,
        "new": compiler.CompiledPack(pack).run,
        "zen": ZenPack(pack).statuses,
    }
    clock = time.process_time
    print(f"base = {base}; CPU ms per call, each after the floor's oracle run (--cold)")
    for label, sectors in (("NTB", 0), ("150 sectors", 150)):
        proposal = _proposal(sectors)
        day = resolve_as_of(proposal, None)
        raw = _raw(proposal)
        first = decompose(proposal, day)
        for run in sides.values():
            run(first)
        times: dict[str, list[float]] = {name: [] for name in sides}
        for i in range(max(20, rounds // (1 + sectors // 10))):
            view = decompose(proposal, day)
            order = list(sides.items())
            for name, run in order if i % 2 else order[::-1]:
                Oracle(pack, raw, day).statuses()
                start = clock()
                run(view)
                times[name].append(clock() - start)
        m = {name: statistics.median(t) for name, t in times.items()}
        per = statistics.median(n / b for n, b in zip(times["new"], times["base"], strict=True))
        print(
            f"{label:12} base {m['base'] * 1e3:7.3f}   new {m['new'] * 1e3:7.3f}   zen "
            f"{m['zen'] * 1e3:7.3f}   base/zen {m['base'] / m['zen']:.2f}   new/zen "
            f"{m['new'] / m['zen']:.2f}   new/base (per round) {per:.2f}"
        )
    return 0


def _proposal(sectors: int):
    if not sectors:
        return paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml"))
    data = gen.Gen(1000 + sectors, null_rate=0.05).proposal(sectors=sectors, programs=(2, 3))
    return parse_proposal_data(data)


def child(rev: str, pack_name: str, sectors: int, runs: int) -> int:
    """What ``--instructions`` counts: ``runs`` engine runs of ``rev`` ("-": the working
    tree) on one proposal, after two warm-up runs, between two calls the count starts and
    ends at (``os.getppid``, ``os.getpgrp``: nothing else here calls them)."""
    import os

    pack = paracheck.load_pack(pack_name)
    proposal = _proposal(sectors)
    view = decompose(proposal, resolve_as_of(proposal, None))
    engine = (compiler if rev == "-" else load_revision(rev)).CompiledPack(pack)
    engine.run(view)
    engine.run(view)
    os.getppid()  # callgrind starts counting
    for _ in range(runs):
        engine.run(view)
    os.getpgrp()  # callgrind writes what it counted
    return 0


def instructions(base: str, pack_name: str, runs: int) -> int:
    """Machine instructions per engine run of BASE (A) and of the working tree (B)."""
    import os
    import re
    import shutil
    import tempfile

    if shutil.which("valgrind") is None:
        print("--instructions needs valgrind on the PATH", file=sys.stderr)
        return 2

    def per_run(rev: str, sectors: int) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            command = [
                *("valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out"),
                *("--zero-before=os_getppid", "--dump-before=os_getpgrp"),
                *(sys.executable, __file__, "--child", rev, "--pack", pack_name),
                *("--sectors", str(sectors), "--runs", str(runs)),
            ]
            # one hash seed for every child: dict layouts do not differ between the sides
            seeded = {**os.environ, "PYTHONHASHSEED": "0"}
            subprocess.run(command, capture_output=True, check=True, env=seeded)
            counted = Path(f"{tmp}/out.1").read_text()  # the dump before os.getpgrp
        return int(re.findall(r"^summary: (\d+)", counted, re.MULTILINE)[0]) / runs

    print(f"A = {base}, B = working tree; instructions per engine run (callgrind, {runs} runs)")
    for label, sectors in (("NTB", 0), ("150 sectors", 150)):
        per = {side: per_run(rev, sectors) for side, rev in (("A", base), ("B", "-"))}
        print(
            f"{label:12} A {per['A'] / 1e6:8.2f} M   B {per['B'] / 1e6:8.2f} M"
            f"   B/A {per['B'] / per['A']:.3f}"
        )
    return 0


def _counts(counts: dict) -> dict:
    """An outcome's counts by (node, owner key), whichever shape its revision keeps them in:
    by that tuple before 2026-12-02, per node then per owner since (a node no fact carried
    left out)."""
    if all(type(key) is tuple for key in counts):
        return counts
    return {(node, key): n for node, owners in counts.items() for key, n in owners.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="main")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--pack", default="permendagri-3-2008")
    parser.add_argument("--zen", action="store_true", help="race zen-engine instead of BASE")
    parser.add_argument(
        "--cold", action="store_true", help="BASE, working tree and zen after the floor's run"
    )
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    parser.add_argument("--runs", type=int, default=20, help="runs counted per side")
    parser.add_argument("--child", metavar="REV", help=argparse.SUPPRESS)
    parser.add_argument("--sectors", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.pack, args.sectors, args.runs)
    if args.instructions:
        return instructions(args.base, args.pack, args.runs)
    pack = paracheck.load_pack(args.pack)
    if args.zen:
        return against_zen(pack, args.rounds)
    if args.cold:
        return cold(args.base, pack, args.rounds)
    engines = {
        "A": load_revision(args.base).CompiledPack(pack),
        "B": compiler.CompiledPack(pack),
    }
    clock = time.process_time
    print(f"A = {args.base}, B = working tree; median CPU ms per run")
    for label, proposal in cases():
        view = decompose(proposal, resolve_as_of(proposal, None))
        outcomes = {name: engine.run(view) for name, engine in engines.items()}
        a, b = outcomes["A"], outcomes["B"]
        counts_a, counts_b = _counts(a.counts), _counts(b.counts)
        # a revision since 2026-12-02 keeps only the counts with a criterion: those compared
        shared = {key: counts_a.get(key) for key in counts_b}
        if (a.verdicts, shared, a.flags) != (b.verdicts, counts_b, b.flags):
            print(f"{label}: the two revisions disagree", file=sys.stderr)
            return 1
        times: dict[str, list[float]] = {name: [] for name in engines}
        size = len(view.sectors or [])
        for _ in range(max(20, args.rounds // (1 + size // 10))):
            for name, engine in engines.items():
                start = clock()
                engine.run(view)
                times[name].append(clock() - start)
        ta, tb = (statistics.median(times[name]) for name in engines)
        print(
            f"{label:12} A {ta * 1e3:7.3f}   B {tb * 1e3:7.3f}   B/A {tb / ta:.2f}"
            f"   (n={len(times['A'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
