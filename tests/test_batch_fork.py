"""Forked batch workers inherit the packs their parent compiled (issue 16, batch side).

A batch forks its workers from a process that has run no assessment; that process compiles
the shipped packs first, once, and every worker inherits them instead of compiling its own.
Each test runs in a fresh interpreter: this test process has assessed, so its own batches
use ``spawn``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from paracheck.batch import WORKER_GC_THRESHOLD

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# one proposal under each shipped pack: Permendagri 3/2008 (2015) and PP 28/2018 (2023)
FILES = ["ntb-zhejiang-2015.yaml", "well-prepared-2023.yaml"]


def run(code: str, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_forked_workers_compile_no_pack_and_answer_as_the_calling_process_would(tmp_path):
    for i in range(3):
        for name in FILES:
            shutil.copy(EXAMPLES / name, tmp_path / f"{i}-{name}")
    log = tmp_path / "rulesets"
    out = run(
        f"""
        import os, sys
        from paracheck import batch
        from paracheck.engine import adapter

        real = adapter.DurableRuleset._open
        def logged(self, *args):  # every native ruleset made, by whom
            with open({str(log)!r}, "a") as fh:
                fh.write(f"{{os.getpid()}}\\n")
            return real(self, *args)
        adapter.DurableRuleset._open = logged  # forked workers inherit it

        pooled = batch.assess_many(sys.argv[1:], workers=2)
        alone = batch.assess_many(sys.argv[1:], workers=1)
        assert all(item.ok for item in pooled), pooled
        same = [p.json_bytes() == a.json_bytes() for p, a in zip(pooled, alone, strict=True)]
        print(os.getpid(), len(pooled), all(same))
        """,
        str(tmp_path),
    )
    parent, count, same = out
    makers = set(log.read_text().split())
    assert (count, same) == ("6", "True")
    assert makers == {parent}  # the two packs compiled once, in the calling process


def test_a_process_that_compiled_packs_but_assessed_nothing_still_forks():
    out = run(
        f"""
        import multiprocessing
        import paracheck
        from paracheck import batch
        from paracheck.engine import adapter
        from paracheck.engine.compiler import compiled
        from paracheck.rules.loader import all_packs

        for pack in all_packs():
            compiled(pack)
        print(adapter.sessions_run(), batch._pool_context().get_start_method())
        paracheck.assess(paracheck.load_proposal({str(EXAMPLES / FILES[0])!r}))
        print(adapter.sessions_run(), batch._pool_context().get_start_method())
        print("fork" in multiprocessing.get_all_start_methods())
        """
    )
    *states, has_fork = out
    if has_fork == "False":  # a platform without fork: always spawn
        assert states == ["False", "spawn", "True", "spawn"]
    else:
        assert states == ["False", "fork", "True", "spawn"]


def test_a_worker_collects_its_youngest_generation_less_often_than_python_does():
    # a worker's files are freed by reference counting; at Python's 700 the collector ran
    # about once a file over objects about to be freed (batch._start_worker)
    out = run(
        """
        import gc
        from concurrent.futures import ProcessPoolExecutor
        from paracheck import batch

        python = gc.get_threshold()
        with ProcessPoolExecutor(
            max_workers=1,
            mp_context=batch._pool_context(),
            initializer=batch._start_worker,
            initargs=("csv",),
        ) as pool:
            worker = pool.submit(gc.get_threshold).result()
        print(*python, *worker)
        """
    )
    python, worker = [int(n) for n in out[:3]], [int(n) for n in out[3:]]
    assert python[0] < worker[0]
    assert worker[0] == WORKER_GC_THRESHOLD
    assert worker[1:] == python[1:]  # the older generations as Python has them
