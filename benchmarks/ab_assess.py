"""Interleaved A/B of the report-building side of ``assess`` against a git revision.

    python benchmarks/ab_assess.py                 # working tree against main
    python benchmarks/ab_assess.py --base HEAD~1 --rounds 40 --n 20

The base revision's ``engine/assess.py`` and ``facts/decompose.py`` are loaded from git as
separate modules beside the working tree's; the engine (``compiled(pack)``) and the models are
shared. Each round times ``n`` assessments with the base, then ``n`` with the working tree
(CPU time, ``time.process_time``), on the NTB example, 20 generated proposals and the
150-sector proposal, and the median of the per-round ratios (new / base) is printed: a shared,
noisy machine shifts both sides of one round alike. Each round also times the engine run
alone (``compiled(pack).run(view)``, shared by both sides), so the rest of the assessment
(decomposition, checks, evidence, questions, summary) is shown apart. Before timing, every
proposal's JSON from both sides is compared byte for byte.

``--zen`` also times zen-engine computing the statuses alone in every round
(``zen_pack.ZenPack.statuses`` on the decomposed view, as ``run.py`` races it; the pack each
proposal's date chooses) and prints whole assess / zen for both sides: issue 16's
"assess/zen < 1.0", from one process, interleaved, with the engine of the working tree.

``--instructions`` counts instead the machine instructions one assessment takes on each side
(valgrind's callgrind, counting only between two marker calls around N assessments made after
a warm-up, with the cyclic collector off, divided by N) on NTB, the 20 generated proposals and
the 150-sector proposal. A count
does not move with the load of a shared machine, so it tells a 2% change apart where CPU times
on 2 busy cores cannot; it does not see cache misses or the collector's pauses in a larger
program. Needs ``valgrind`` on the PATH; a few minutes. With ``--package`` each counted
process runs its side's whole package (the base's ``src`` from ``git archive`` first on
``PYTHONPATH``; the working tree's ``src`` copied when the command starts), so a change
outside ``assess.py`` and ``decompose.py`` (labels, reference data, the engine) shows too.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
# no disk cache of compiled packs: an entry would carry the base's report plan, kept in the
# compiled pack's memo, into a later comparison with another base
os.environ["PARACHECK_CACHE_DIR"] = ""

import gen  # noqa: E402

import paracheck  # noqa: E402
from paracheck.engine import assess as new_assess  # noqa: E402
from paracheck.engine import model as m  # noqa: E402
from paracheck.engine.compiler import compiled  # noqa: E402
from paracheck.facts.decompose import decompose  # noqa: E402
from paracheck.facts.loader import parse_proposal_data  # noqa: E402
from paracheck.rules.loader import choose_pack  # noqa: E402

NTB_FILE = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _module(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = f"<{name}>"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def base_assess(rev: str) -> types.ModuleType:
    """The base revision's assess module, using the base revision's decompose."""

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{path}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    source = show("src/paracheck/engine/assess.py")
    # the base keeps its report plan under its own name in the shared compiled pack's memo:
    # the two sides' plans may differ in shape (each reads only its own)
    for memo in ('engine.memo.get("plan")', 'engine.memo.setdefault("plan",'):
        source = source.replace(memo, memo.replace('"plan"', '"_ab_base_plan"'))
    decompose_source = show("src/paracheck/facts/decompose.py")
    here = (ROOT / "src" / "paracheck" / "facts" / "decompose.py").read_text()
    if decompose_source != here:  # a copy only when it differs: the engine sees its classes
        _module("_ab_base_decompose", decompose_source)
        source = source.replace("paracheck.facts.decompose", "_ab_base_decompose")
    return _module("_ab_base_assess", source)


def replay(assessment: m.Assessment) -> Callable[[], m.Assessment]:
    """A function building ``assessment`` again from plain data with the constructors
    assess uses (``model.trusted``: each check from its rule's prototype, every evidence
    entry, note, question and the assessment built anew; the few once-per-assessment parts
    are reused): the cost of the contract's objects alone, the floor under the rest of
    ``assess``."""
    plan = new_assess.pack_plan(compiled(choose_pack(None, assessment.as_of)))
    prototypes = {p.rule.id: p.check.__dict__ for p in plan.rules}
    check, evidence, localized = m.trusted(m.Check), m.trusted(m.Evidence), m.trusted(m.Localized)
    question, whole = m.trusted(m.Question), m.trusted(m.Assessment)
    # what a check sets over its prototype: every field that is not the prototype's own
    # value (the evidence is rebuilt below); new per-check fields are followed this way
    checks = [
        (
            prototypes[ch.rule_id],
            {
                k: v
                for k, v in ch.__dict__.items()
                if k != "evidence" and v is not prototypes[ch.rule_id].get(k)
            },
            [(e.path, e.value, e.line, e.note and e.note.model_dump()) for e in ch.evidence],
        )
        for ch in assessment.checks
    ]
    questions = [(q.path, q.text, q.checks) for q in assessment.questions]
    rest = dict(assessment.__dict__)

    def build() -> m.Assessment:
        built = []
        for prototype, update, entries in checks:
            values = prototype.copy()
            for k, v in update.items():
                values[k] = list(v) if isinstance(v, list) else v
            values["evidence"] = [
                evidence(
                    {
                        "path": p,
                        "value": v,
                        "line": li,
                        "note": note and localized({"id": note["id"], "en": note["en"]}),
                    }
                )
                for p, v, li, note in entries
            ]
            built.append(check(values))
        asked = [question({"path": p, "text": t, "checks": list(c)}) for p, t, c in questions]
        values = rest.copy()
        values["checks"], values["questions"] = built, asked
        return whole(values)

    if build().to_json() != assessment.to_json():
        raise AssertionError("the replay does not rebuild the assessment")
    return build


def _zen_runs(proposals: list, runs: list) -> list:
    """(zen's statuses function, the decomposed view) per proposal, warmed up (zen's first
    evaluation of a decision is about twice its later ones)."""
    from zen_pack import ZenPack

    packs: dict[str, ZenPack] = {}
    out = []
    for engine, view in runs:
        zen = packs.get(engine.pack.name)
        if zen is None:
            zen = packs[engine.pack.name] = ZenPack(engine.pack)
        zen.statuses(view)
        out.append((zen.statuses, view))
    return out


def _sets() -> dict[str, list]:
    ntb = paracheck.load_proposal(str(NTB_FILE))
    generated = [parse_proposal_data(d) for d in gen.proposals(20, seed=11)]
    big = parse_proposal_data(gen.Gen(150, null_rate=0.05).proposal(sectors=150, programs=(2, 3)))
    return {"NTB": [ntb], "20 generated": generated, "150 sectors": [big]}


def child(rev: str, label: str, n: int) -> int:
    """``--instructions``' counted process: one side's ``assess`` (``rev``; ``-`` = the
    working tree) warmed up on the set, then run ``n`` times over it between two calls the
    count starts and ends at (``os.getppid``, ``os.getpgrp``: nothing else here calls them),
    with the cyclic collector emptied and off (whether a full collection, whose cost grows
    with the heap, falls inside the counted runs hangs on a few allocations more or less)."""
    fn = (new_assess if rev == "-" else base_assess(rev)).assess
    proposals = _sets()[label]
    for p in proposals:
        fn(p)
        fn(p)
    gc.collect()
    gc.disable()
    os.getppid()  # callgrind starts counting
    for _ in range(n):
        for p in proposals:
            fn(p)
    os.getpgrp()  # callgrind writes what it counted
    return 0


def instructions(base: str, runs: int, package: bool = False) -> int:
    """Instructions per assessment on each side, by callgrind (see the module's doc).

    ``package``: the whole package of each side, not only its ``assess.py`` and
    ``decompose.py`` (the base's ``src`` from ``git archive`` first on ``PYTHONPATH``), so a
    change anywhere in paracheck shows."""
    with tempfile.TemporaryDirectory() as archive:
        paths = {"A": "", "B": ""}
        if package:
            tar = subprocess.run(
                ["git", "-C", str(ROOT), "archive", base, "src"], capture_output=True, check=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", archive], input=tar, check=True)
            # the working tree's as it is now: a landing on a shared checkout, or an edit,
            # during the minutes of counting would otherwise change one side between processes
            shutil.copytree(
                ROOT / "src", f"{archive}/tree", ignore=shutil.ignore_patterns("__pycache__")
            )
            paths = {"A": f"{archive}/src", "B": f"{archive}/tree"}
        sides = (("A", "-" if package else base), ("B", "-"))

        def collected(side: str, rev: str, label: str, n: int) -> int:
            with tempfile.TemporaryDirectory() as tmp:
                command = [
                    *("valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out"),
                    *("--zero-before=os_getppid", "--dump-before=os_getpgrp"),
                    *(sys.executable, __file__, "--child", rev, "--set", label, "--n", str(n)),
                ]
                # no disk cache (each counted process compiles the pack alike, whatever ran
                # before) and one string hash seed (dict probing moves counts by a few per cent)
                quiet = {**os.environ, "PARACHECK_CACHE_DIR": "", "PYTHONHASHSEED": "0"}
                if paths[side]:
                    quiet["PYTHONPATH"] = paths[side]
                subprocess.run(command, capture_output=True, check=True, env=quiet)
                counted = Path(f"{tmp}/out.1").read_text()  # the dump before os.getpgrp
            return int(re.findall(r"^summary: (\d+)", counted, re.MULTILINE)[0])

        what = "whole package" if package else "assess.py and decompose.py"
        print(f"A = {base}, B = working tree ({what}); instructions per assessment (callgrind)")
        for label, size in (("NTB", 1), ("20 generated", 20), ("150 sectors", 1)):
            n = max(1, runs // size) if label != "150 sectors" else max(1, runs // 10)
            per = {side: collected(side, rev, label, n) / (n * size) for side, rev in sides}
            print(
                f"{label:>14}: A {per['A'] / 1e6:8.2f} M   B {per['B'] / 1e6:8.2f} M"
                f"   B/A {per['B'] / per['A']:.3f}",
                flush=True,
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--n", type=int, default=10, help="assessments per side per round")
    parser.add_argument(
        "--no-gc", action="store_true", help="time with the cyclic collector off (its share)"
    )
    parser.add_argument(
        "--zen", action="store_true", help="also time zen-engine's statuses (assess/zen per side)"
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time rebuilding each result from plain data (the contract's objects alone)",
    )
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    parser.add_argument("--runs", type=int, default=20, help="assessments counted per side")
    parser.add_argument(
        "--package",
        action="store_true",
        help="with --instructions: each side's whole package, not only assess.py and decompose.py",
    )
    parser.add_argument("--child", metavar="REV", help=argparse.SUPPRESS)
    parser.add_argument("--set", default="NTB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.set, args.n)
    if args.instructions:
        return instructions(args.base, args.runs, args.package)

    old = base_assess(args.base)
    sets = _sets()

    for label, proposals in sets.items():
        for p in proposals:
            a, b = old.assess(p).to_json(), new_assess.assess(p).to_json()
            if a != b:
                print(f"{label}: OUTPUT DIFFERS for {p.title!r}")
                return 1
    print(f"outputs identical to {args.base} on every proposal")

    gc.collect()
    if args.no_gc:
        gc.disable()
    clock = time.process_time
    for label, proposals in sets.items():
        n = max(1, args.n // len(proposals)) if len(proposals) > 1 else args.n
        n = max(1, n // 10) if label == "150 sectors" else n
        runs = []
        for p in proposals:
            day = new_assess.resolve_as_of(p, None)
            runs.append((compiled(choose_pack(None, day)), decompose(p, day)))
        replays = [replay(new_assess.assess(p)) for p in proposals] if args.floor else []
        zens = _zen_runs(proposals, runs) if args.zen else []
        ratios, rest_ratios, olds, news, engines, floors = [], [], [], [], [], []
        zen_times: list[float] = []
        for round_ in range(args.rounds):
            timings = [0.0, 0.0]
            # which side goes first alternates: the second of a pair ran measurably faster
            for side in (0, 1) if round_ % 2 == 0 else (1, 0):
                fn = (old.assess, new_assess.assess)[side]
                start = clock()
                for _ in range(n):
                    for p in proposals:
                        fn(p)
                timings[side] = (clock() - start) / (n * len(proposals))
            start = clock()
            for _ in range(n):
                for engine, view in runs:
                    engine.run(view)
            engine_time = (clock() - start) / (n * len(proposals))
            if replays:
                start = clock()
                for _ in range(n):
                    for build in replays:
                        build()
                floors.append((clock() - start) / (n * len(proposals)))
            if zens:
                start = clock()
                for _ in range(n):
                    for statuses, view in zens:
                        statuses(view)
                zen_times.append((clock() - start) / (n * len(proposals)))
            olds.append(timings[0])
            news.append(timings[1])
            engines.append(engine_time)
            ratios.append(timings[1] / timings[0])
            rest_ratios.append((timings[1] - engine_time) / (timings[0] - engine_time))
        engine_ms = statistics.median(engines) * 1e3
        old_ms, new_ms = statistics.median(olds) * 1e3, statistics.median(news) * 1e3
        print(
            f"{label:>14}: assess base {old_ms:7.3f} ms  new {new_ms:7.3f} ms  "
            f"new/base {statistics.median(ratios):.3f} "
            f"(q1 {statistics.quantiles(ratios, n=4)[0]:.3f}, "
            f"q3 {statistics.quantiles(ratios, n=4)[2]:.3f})\n"
            f"{'':>14}  engine run {engine_ms:7.3f} ms; the rest: base {old_ms - engine_ms:7.3f} ms"
            f"  new {new_ms - engine_ms:7.3f} ms  new/base {statistics.median(rest_ratios):.3f}"
        )
        if zen_times:
            zen_ms = statistics.median(zen_times) * 1e3
            zen_old = statistics.median(o / z for o, z in zip(olds, zen_times, strict=True))
            zen_new = statistics.median(w / z for w, z in zip(news, zen_times, strict=True))
            print(
                f"{'':>14}  zen-engine statuses {zen_ms:7.3f} ms; assess/zen: base {zen_old:.2f}"
                f"  new {zen_new:.2f}"
            )
        if floors:
            print(
                f"{'':>14}  the contract's objects alone: {statistics.median(floors) * 1e3:7.3f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
