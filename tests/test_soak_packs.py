"""A long-running process (a web service) may try packs for ever (issue 14, item 6).

Each refused pack used to leave its test-compiled rulesets in the rule engine (about 20 MiB a
try; after about 500 the engine's handle table was exhausted and even the shipped pack was
refused), and every edited version of a pack file was cached for ever (+4.6 MiB a version).
Here one child process tries 1,000 refused packs (half that the engine cannot take, half that
compile but fail their own examples) and 1,000 successive edits of one pack file; resident
memory may grow by less than 50 MiB after a warm-up, and the shipped pack must still assess
the NTB example exactly as before.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRIES, LIMIT_MIB = 1_000, 50

SCRIPT = r"""
import sys
import paracheck
from paracheck.engine.examples import run_examples
from paracheck.errors import PackError

ROOT, FOLDER, TRIES = sys.argv[1], sys.argv[2], int(sys.argv[3])
HEAD = '''schema: paracheck/pack/v1
name: soak
version: "0.0.1"
regime: "test regime"
description: {id: "d", en: "d"}
procedure:
  - {step: initiative}
rules:
  - id: BUD-001
    domain: budget
    severity: medium
    likelihood: 3
    impact: 3
    title: {id: "t", en: "t"}
    why: {id: "w", en: "w"}
    when: WHEN
    recommend:
      - {stage: planning, owner: Bappeda, text: {id: "x", en: "x"}}
    sources: [{kind: thesis, ref: IV.B.2.a}]
    examples:
      fires: [{budget: {realization_rate: 0.0}}]
      clears: [{budget: {realization_rate: 1.0}}]
'''
# 40 comparisons in one conjunction: more tests than one engine pattern takes (error 113)
TOO_MANY = "{all: [" + ", ".join(
    "{path: budget.realization_rate, lt: %s}" % (0.5 + i / 1000) for i in range(40)) + "]}"


def rss_mib():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024


proposal = paracheck.load_proposal(ROOT + "/examples/ntb-zhejiang-2015.yaml")
empty = {"schema": "paracheck/proposal/v1", "title": "soak"}
before = paracheck.assess(proposal).to_json()
refused_path, edited_path = FOLDER + "/refused.yaml", FOLDER + "/edited.yaml"


WRONG = HEAD.replace("WHEN", "{path: budget.realization_rate, gt: %s}")


def refuse(i):
    # a new version each time, so nothing can be reused: on even tries a condition the engine
    # cannot take, on odd tries a pack that compiles but whose own examples fail (rules test)
    with open(refused_path, "w") as fh:
        fh.write(HEAD.replace("WHEN", TOO_MANY) if i % 2 == 0 else WRONG % (0.5 + i / 1e6))
    pack = paracheck.load_pack(refused_path)
    if i % 2 == 0:
        try:
            paracheck.assess(empty, pack=pack)
        except PackError as exc:
            assert "too complex" in str(exc), exc
        else:
            raise AssertionError("the pack was not refused")
    else:
        count, failures = run_examples(pack)
        assert count == 2 and len(failures) == 2, (count, failures)


def edit(i):
    with open(edited_path, "w") as fh:
        fh.write(HEAD.replace("WHEN", "{path: budget.realization_rate, lt: %s}" % (i / TRIES)))
    checks = paracheck.assess(empty, pack=paracheck.load_pack(edited_path)).checks
    assert [c.status for c in checks] == ["unknown"], checks


for i in range(50):  # warm-up: allocator pools, caches at their bounds
    refuse(i)
    edit(i)
start = rss_mib()
for i in range(TRIES):
    refuse(i)
    edit(i)
grown = rss_mib() - start
after = paracheck.assess(proposal).to_json()
assert after == before, "the shipped pack assesses differently after the soak"
print(f"{grown:.1f}")
"""


def test_a_thousand_refused_packs_and_edits_keep_memory_flat_and_the_shipped_pack_working(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT), str(tmp_path), str(TRIES)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    grown = float(done.stdout.strip().splitlines()[-1])
    assert grown < LIMIT_MIB, f"resident memory grew by {grown:.1f} MiB"


def test_each_pack_file_is_cached_in_its_latest_version_only_and_the_caches_are_bounded(tmp_path):
    import os

    import paracheck
    from paracheck.engine import compiler
    from paracheck.rules import loader

    mini = (Path(__file__).parent / "packs" / "mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "edited.yaml"
    for version in range(5):
        path.write_text(
            mini.replace('version: "0.0.1"', f'version: "0.0.{version}"'), encoding="utf-8"
        )
        os.utime(path, ns=(version * 10**9, version * 10**9))  # a distinct, known mtime
        assert paracheck.load_pack(str(path)).version == f"0.0.{version}"
    held = [p for p in loader._user_packs if p.parent == tmp_path.resolve()]
    assert held == [path.resolve()]
    for i in range(loader.USER_PACK_CACHE + compiler.USER_COMPILED_CACHE + 3):
        other = tmp_path / f"pack{i}.yaml"
        other.write_text(mini, encoding="utf-8")
        paracheck.assess(
            {"schema": "paracheck/proposal/v1", "title": "t"}, pack=paracheck.load_pack(str(other))
        )
    assert len(loader._user_packs) <= loader.USER_PACK_CACHE
    user = [k for k in compiler._cache if not compiler._is_shipped(k[0])]
    assert len(user) <= compiler.USER_COMPILED_CACHE
