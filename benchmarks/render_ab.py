"""Renderer speed, this tree against a git revision, interleaved in one process (issue 16).

    python benchmarks/render_ab.py                 # against main
    python benchmarks/render_ab.py --base 0e0a772 --formats markdown,html --rounds 30

The base revision's ``src/paracheck`` is copied into a temporary folder as the package
``paracheck_base`` (its own imports renamed), so both versions live in one process: each
round renders NTB and the generated 150-sector proposal with the base, then with this tree,
in every format and language, timing CPU (``time.process_time``). It prints the medians, the
ratio this/base and whether the two outputs are the same bytes. Both sides assess the same
proposal with their own engine; an answer that differs because the assessment itself
changed between the revisions shows as ``different``.

``--instructions`` counts instead the machine instructions one report takes on each side, as a
batch worker renders it (``batch.render_piece``, default language): valgrind's callgrind over a
process that assesses and renders the first ``--runs`` of the generated proposals ``run.py``'s
CLI batch reads (seed 31) once (warm-up), then renders them again inside one
``functools.reduce`` call, the only part collected (``--collect-atstart=no
--toggle-collect=functools_reduce``), divided by ``--runs``. The base's ``src`` from ``git
archive`` goes first on ``PYTHONPATH``, so the whole package of each side is counted. A count
does not move with the load of a shared machine; each side's output digest is compared too
(computed outside the collected call). Counting two whole processes and subtracting, as a
first version did, put the digest's hashing and the collector's differing pauses into the
figure (+6 % where the collected renders alone were 0.91).

    python benchmarks/render_ab.py --instructions --base main --formats markdown,html
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
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
sys.path.insert(0, str(ROOT / "benchmarks"))
if "--child" not in sys.argv:  # a counted process imports the side on its PYTHONPATH
    sys.path.insert(0, str(ROOT / "src"))

import gen  # noqa: E402

_OWN_IMPORT = re.compile(r"\bparacheck\.(?=[a-z_]+\b)")


def base_package(revision: str, folder: Path) -> None:
    """``src/paracheck`` of ``revision`` as the package ``paracheck_base`` in ``folder``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/paracheck"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "paracheck_base"
    (folder / "src" / "paracheck").rename(package)
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = _OWN_IMPORT.sub("paracheck_base.", text)
        text = re.sub(
            r"^(\s*)import paracheck$", r"\1import paracheck_base as paracheck", text, flags=re.M
        )
        text = text.replace("from paracheck import", "from paracheck_base import")
        path.write_text(text, encoding="utf-8")


def child(fmt: str, runs: int) -> int:
    """The counted process: assess and render ``runs`` proposals once, then render them again
    inside one ``functools.reduce`` call (what callgrind collects); prints the digest of what
    the collected renders wrote."""
    import functools
    import gc

    from paracheck import assess, batch
    from paracheck.facts.loader import parse_proposal_data

    data = gen.proposals(runs, seed=31)
    results = [assess(parse_proposal_data(d)) for d in data]
    batch._prepare(fmt, "id", False)
    for a in results:
        batch.render_piece(a, fmt, "id", False, None)
    gc.freeze()
    pieces: list[bytes] = []

    def render(count: int, a: object) -> int:
        pieces.append(batch.render_piece(a, fmt, "id", False, None))  # type: ignore[arg-type]
        return count + 1

    functools.reduce(render, results, 0)
    print(hashlib.sha256(b"".join(pieces)).hexdigest())
    return 0


def instructions(base: str, formats: list[str], runs: int) -> int:
    """Instructions per report on each side, by callgrind (see the module's doc)."""
    with tempfile.TemporaryDirectory() as archive:
        tar = subprocess.run(
            ["git", "-C", str(ROOT), "archive", base, "src"], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", archive], input=tar, check=True)
        paths = {"base": f"{archive}/src", "this": str(ROOT / "src")}

        def counted(side: str, fmt: str) -> tuple[int, str]:
            with tempfile.TemporaryDirectory() as tmp:
                command = [
                    *("valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out"),
                    *("--collect-atstart=no", "--toggle-collect=functools_reduce"),
                    *(sys.executable, __file__, "--child", fmt, "--runs", str(runs)),
                ]
                env = {
                    **os.environ,
                    "PARACHECK_CACHE_DIR": "",
                    "PYTHONHASHSEED": "0",
                    "PYTHONPATH": paths[side],
                }
                done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
            found = re.findall(r"Collected : (\d+)", done.stderr)[-1]
            return int(found), done.stdout.strip()

        print(f"base {base} vs this tree; instructions per report (callgrind), {runs} reports")
        for fmt in formats:
            per, digests = {}, {}
            for side in paths:
                collected, digests[side] = counted(side, fmt)
                per[side] = collected / runs
            same = "same" if digests["base"] == digests["this"] else "different"
            print(
                f"{fmt:9} base {per['base'] / 1e6:7.3f} M  this {per['this'] / 1e6:7.3f} M  "
                f"this/base {per['this'] / per['base']:.3f}  {same}",
                flush=True,
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--formats", default="json,csv,markdown,html,text")
    parser.add_argument("--rounds", type=int, default=20, help="rounds on NTB (fewer on 150)")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (valgrind) instead"
    )
    parser.add_argument("--runs", type=int, default=20, help="reports counted per side")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.runs)
    if args.instructions:
        return instructions(args.base, args.formats.split(","), args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        base_package(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        sides = [importlib.import_module("paracheck_base"), importlib.import_module("paracheck")]
        big = gen.Gen(150, null_rate=0.05).proposal(sectors=150, programs=(2, 3))
        ntb = str(ROOT / "examples" / "ntb-zhejiang-2015.yaml")
        cases = {"NTB": [], "150 sectors": []}
        for side in sides:
            loader = importlib.import_module(side.__name__ + ".facts.loader")
            cases["NTB"].append(side.assess(side.load_proposal(ntb)))
            cases["150 sectors"].append(side.assess(loader.parse_proposal_data(big)))
        print(f"base {args.base} vs this tree; CPU ms, medians; ratio this/base")
        for case, (a, b) in cases.items():
            for fmt in args.formats.split(","):
                for lang in ("id", "en"):
                    same = sides[0].render(a, fmt, lang) == sides[1].render(b, fmt, lang)
                    n = args.rounds // (4 if fmt == "text" else 1) // (4 if case != "NTB" else 1)
                    times: tuple[list[float], list[float]] = ([], [])
                    for _ in range(max(3, n)):
                        for side, result, spent in zip(sides, (a, b), times, strict=True):
                            start = time.process_time()
                            side.render(result, fmt, lang)
                            spent.append(time.process_time() - start)
                    old, new = (statistics.median(t) * 1000 for t in times)
                    print(
                        f"{case:12} {fmt:9} {lang}  base {old:8.2f}  this {new:8.2f}  "
                        f"ratio {new / old:5.2f}  {'same' if same else 'different'}",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
