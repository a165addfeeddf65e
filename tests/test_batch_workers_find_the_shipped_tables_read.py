"""A batch's workers are forked with everything an assessment reads on first use already
read (batch._warm), so each starts on its first file at once instead of reading the same
tables again: the partners' tiers, the field labels, the questions, the actor glossary's eras
and Babel's number facts were read by every worker after the fork (five disk-cache reads each,
seen with strace while timing the CSV batch, issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

AFTER_WARM = """
import sys
from paracheck import _cache, batch
batch._warm({fmt!r})
read = []
real = _cache.load
_cache.load = lambda name: read.append(name) or real(name)
style = None if {fmt!r} == "json" else ({fmt!r}, "id", False, None, False)
(item,) = batch._run_jobs([("examples/ntb-zhejiang-2015.yaml", None, None, style)])
assert item.ok, item.problems
print("READ AFTER WARM", sorted(read))
"""


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html", "text"])
def test_a_worker_reads_nothing_from_the_disk_cache_after_the_warm_up(fmt, tmp_path):
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(tmp_path))
    # the first run fills the cache (the code generated for the packs' tests among it, kept
    # after the first file); a batch is timed, and usually run, with it filled
    runs = [
        subprocess.run(
            [sys.executable, "-c", AFTER_WARM.format(fmt=fmt)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    assert runs[1].stdout.splitlines()[-1] == "READ AFTER WARM []", runs[1].stdout
