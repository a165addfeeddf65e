"""Two builds of durable_rules' C core, raced interleaved in one process.

    python benchmarks/engine_builds.py A.so B.so [--rounds N]

Each argument is a ``durable_rules_engine*.so`` (e.g. unpacked from a wheel built with and
without ``CPPFLAGS=-O2``; benchmarks/README.md says how). Both are loaded side by side, the
pack is compiled onto each, and ``compiled(pack).run`` is timed alternately on NTB and on
generated proposals of 10 and 150 sectors, in CPU time (the machine is shared: wall time
would count the waits). Both builds must give the same verdicts.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

import paracheck  # noqa: E402
from paracheck.engine import adapter, compiler  # noqa: E402
from paracheck.engine.assess import resolve_as_of  # noqa: E402
from paracheck.facts.decompose import decompose  # noqa: E402
from paracheck.facts.loader import parse_proposal_data  # noqa: E402


def _load(path: str):
    """A separate copy of the C module from ``path`` (its own globals and rulesets)."""
    loader = importlib.machinery.ExtensionFileLoader("durable_rules_engine", path)
    spec = importlib.util.spec_from_file_location("durable_rules_engine", path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    builds = {"A": _load(args.a), "B": _load(args.b)}
    pack = paracheck.load_pack("permendagri-3-2008")
    engines = {}
    for name, module in builds.items():
        adapter._native = module  # the adapter reads its C module at call time
        engines[name] = compiler.CompiledPack(pack)
    cases = [("NTB", paracheck.load_proposal(str(HERE.parent / "examples/ntb-zhejiang-2015.yaml")))]
    for n in (10, 150):
        data = gen.Gen(1000 + n, null_rate=0.05).proposal(sectors=n, programs=(2, 3))
        cases.append((f"{n} sectors", parse_proposal_data(data)))
    clock = time.process_time
    for label, proposal in cases:
        view = decompose(proposal, resolve_as_of(proposal, None))
        verdicts = {}
        for name, module in builds.items():
            adapter._native = module
            verdicts[name] = engines[name].run(view).verdicts
        if verdicts["A"] != verdicts["B"]:
            print(f"{label}: the two builds disagree", file=sys.stderr)
            return 1
        times: dict[str, list[float]] = {name: [] for name in builds}
        for _ in range(max(10, args.rounds // (1 + len(view.sectors or []) // 10))):
            for name, module in builds.items():
                adapter._native = module
                start = clock()
                engines[name].run(view)
                times[name].append(clock() - start)
        a, b = (statistics.median(times[name]) for name in builds)
        print(f"{label:12} A {a * 1e3:.3f} ms   B {b * 1e3:.3f} ms   B/A {b / a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
