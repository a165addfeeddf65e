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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="main")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--pack", default="permendagri-3-2008")
    parser.add_argument("--zen", action="store_true", help="race zen-engine instead of BASE")
    args = parser.parse_args()
    pack = paracheck.load_pack(args.pack)
    if args.zen:
        return against_zen(pack, args.rounds)
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
        if (a.verdicts, a.counts, a.flags) != (b.verdicts, b.counts, b.flags):
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
