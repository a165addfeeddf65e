"""Memory stays flat over many assessments (issue 6; ENGINE-NOTES trap 4).

durable_rules keeps state per session until it is deleted, and refuses a 1,025th live session
of a ruleset with MemoryError. 20,000 assessments in one process therefore check both that
every session is deleted (no MemoryError long after 1,024) and that nothing else accumulates:
resident memory (VmRSS) after a 500-assessment warm-up may grow by less than 20 MB. The loop
runs in a child process so the rest of the test suite neither disturbs the measurement nor is
disturbed by it.

The pack is small (two rules, one of them per sector) so the 20,000 full ``paracheck.assess``
calls fit the suite's time budget; each still opens, fills and deletes one engine session.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WARM_UP, RUNS, LIMIT_MB = 500, 20_000, 20

PACK = {
    "schema": "paracheck/pack/v1",
    "name": "memory",
    "version": "0",
    "regime": "r",
    "description": {"id": "d", "en": "d"},
    "procedure": [{"step": "initiative"}],
    "rules": [
        {
            "id": "MEM-001",
            "domain": "budget",
            "severity": "high",
            "likelihood": 2,
            "impact": 2,
            "title": {"id": "t", "en": "t"},
            "why": {"id": "w", "en": "w"},
            "when": {
                "all": [
                    {"path": "budget.apbd_allocation_idr", "eq": 0},
                    {"count": "budget.other_sources", "eq": 0},
                ]
            },
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
        },
        {
            "id": "MEM-002",
            "domain": "energy",
            "severity": "medium",
            "likelihood": 2,
            "impact": 2,
            "for_each": "sectors",
            "title": {"id": "t", "en": "t"},
            "why": {"id": "w", "en": "w"},
            "when": {"path": "sector.name", "in": ["mining", "industry"]},
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
        },
    ],
}

LOOP = f"""
import datetime as dt, sys
sys.path.insert(0, {str(ROOT / "src")!r})
import paracheck
from paracheck.engine.compiler import compiled
from paracheck.facts.loader import parse_proposal_data

def rss_kib():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

pack = paracheck.load_pack(sys.argv[1])
proposal = parse_proposal_data({{
    "schema": "paracheck/proposal/v1", "title": "small",
    "budget": {{"apbd_allocation_idr": 0, "other_sources": []}},
    "sectors": [{{"name": "mining"}}, {{"name": "culture"}}]}})
day = dt.date(2015, 6, 10)

def once():
    result = paracheck.assess(proposal, pack=pack, as_of=day)
    assert [c.status for c in result.checks] == ["risk", "risk"], result.checks

for _ in range({WARM_UP}):
    once()
before = rss_kib()
for _ in range({RUNS}):
    once()
after = rss_kib()
sessions = next(compiled(pack).ruleset._sids)
print(f"memory-summary runs={RUNS} sessions={{sessions}} before_kib={{before}} "
      f"after_kib={{after}} growth_kib={{after - before}}", flush=True)
"""


def test_rss_stays_flat_over_20000_assessments(tmp_path):
    pack = tmp_path / "memory.yaml"
    pack.write_text(yaml.safe_dump(PACK), encoding="utf-8")
    script = tmp_path / "loop.py"
    script.write_text(LOOP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(pack)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert done.returncode >= 0, f"killed by signal {-done.returncode}\n{done.stderr}"
    assert done.returncode == 0, done.stderr[-4000:]
    summary = next(line for line in done.stdout.splitlines() if line.startswith("memory-summary"))
    print(summary)
    fields = dict(part.split("=") for part in summary.split()[1:])
    # every assessment opened its own session, far past durable_rules' 1,024 live-session cap
    assert int(fields["sessions"]) == WARM_UP + RUNS > 1024
    assert int(fields["growth_kib"]) < LIMIT_MB * 1024, summary
