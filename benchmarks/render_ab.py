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
"""

from __future__ import annotations

import argparse
import importlib
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--formats", default="json,csv,markdown,html,text")
    parser.add_argument("--rounds", type=int, default=20, help="rounds on NTB (fewer on 150)")
    args = parser.parse_args()
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
