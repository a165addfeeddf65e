"""Fuzzing the engine (issue 6): generated proposals and generated rule packs, in child processes.

Each fuzz run is tests/fuzz_worker.py in its own interpreter, so a segfault inside durable_rules
is a failed test (negative return code) rather than a dead test run, and an endless loop is a
timeout. Agreement is with tests/oracle.py, an independent Kleene evaluator. Seeds are fixed:
a failure reproduces with the command printed in the assertion message.

The last tests are regressions for the engine bugs the fuzzer found (fixed in d780966). While
a found bug is open, its test is ``xfail(strict=True)`` and the worker steers its packs around
it (a ``KNOWN BUG`` comment) so the fuzz keeps looking for new ones.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack, pack_names
from tests.oracle import Oracle

HERE = Path(__file__).parent
WORKER = HERE / "fuzz_worker.py"
MINI = HERE / "packs" / "mini.yaml"
TIMEOUT = 120  # seconds per child: far above a normal run, so only a hang reaches it
PROPOSAL_EXAMPLES = 120
RANDOM_PACKS, PROPOSALS_PER_PACK = 30, 25


def run_worker(*args: str, script: Path = WORKER) -> str:
    command = [sys.executable, str(script), *args]
    shown = " ".join(command)
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, cwd=HERE.parent
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"fuzz worker hung for more than {TIMEOUT} s: {shown}")
    assert done.returncode >= 0, (
        f"fuzz worker killed by signal {-done.returncode} (segfault?): {shown}\n{done.stderr}"
    )
    assert done.returncode == 0, f"{shown}\n{done.stdout[-6000:]}\n{done.stderr[-6000:]}"
    summary = [line for line in done.stdout.splitlines() if line.startswith("fuzz-summary")]
    assert summary and summary[-1].endswith("disagreements=0"), done.stdout
    print(summary[-1])
    return summary[-1]


def test_generated_proposals_agree_with_the_oracle_on_every_pack():
    packs = [str(MINI), *pack_names()]
    line = run_worker("proposals", "20260601", str(PROPOSAL_EXAMPLES), *packs)
    assert f"packs={len(packs)} " in line
    assert f"assessments={PROPOSAL_EXAMPLES * len(packs)} " in line


def test_generated_rule_packs_agree_with_the_oracle(tmp_path):
    line = run_worker("packs", "6", str(RANDOM_PACKS), str(PROPOSALS_PER_PACK), str(tmp_path))
    refused = int(line.split("refused_too_complex=")[1].split()[0])
    assert refused <= RANDOM_PACKS // 4, line  # the fuzz must mostly reach the engine
    assert f"assessments={(RANDOM_PACKS - refused) * PROPOSALS_PER_PACK} " in line
    assert len(list(tmp_path.glob("fuzz-*.yaml"))) == RANDOM_PACKS


def test_a_condition_too_large_for_the_engine_is_a_pack_error_naming_the_rule(tmp_path):
    """durable_rules refuses a pattern past a size limit (error 113); today four path
    comparisons in one conjunction reach it. The user gets a PackError, not a crash."""
    steps = [
        "initiative",
        "exploration",
        "letter_of_intent",
        "cooperation_plan",
        "dprd_approval",
        "ministry_consultation",
        "verification",
        "agreement_drafting",
    ]
    when = {
        "all": [
            {
                "path": f"procedure.{steps[2 * i]}.date",
                "lt": {"path": f"procedure.{steps[2 * i + 1]}.date"},
            }
            for i in range(4)
        ]
    }
    pack = one_rule_pack(tmp_path, when)
    with pytest.raises(PackError) as err:
        paracheck.assess({"schema": "paracheck/proposal/v1", "title": "t"}, pack=pack, as_of=AS_OF)
    assert [p.path for p in err.value.problems] == ["BUG-001.when"]
    assert err.value.problems[0].line and "too complex" in err.value.problems[0].message


def test_the_worker_reports_a_disagreement_as_a_failure(tmp_path):
    """The harness itself: a wrong oracle answer must make the worker exit non-zero."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys, runpy\n"
        f"sys.path.insert(0, {str(HERE.parent)!r})\n"
        "import tests.oracle as o\n"
        "o.Oracle.statuses = lambda self: {r.id: 'clear' for r in self.pack.rules}\n"
        f"sys.argv = [{str(WORKER)!r}, 'proposals', '1', '5', {str(MINI)!r}]\n"
        f"runpy.run_path({str(WORKER)!r}, run_name='__main__')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(probe)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=HERE.parent,
    )
    assert done.returncode == 1
    assert "fuzz-disagreement" in done.stdout


def test_a_crashing_worker_is_a_failed_test_not_a_dead_run(tmp_path):
    """The harness itself: a child killed by SIGSEGV fails the test with the signal named."""
    crash = tmp_path / "crash.py"
    crash.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="killed by signal 11"):
        run_worker(script=crash)


# --------------------------------------------------------------------------- found bugs
# (regressions; the engine reported unknown / risk / risk where the oracle said otherwise)

AS_OF = dt.date(2015, 6, 10)


def one_rule_pack(
    tmp_path: Path, when: dict[str, Any], for_each: str | None = None, name: str = "bug"
) -> Any:
    rule: dict[str, Any] = {
        "id": "BUG-001",
        "domain": "budget",
        "severity": "high",
        "likelihood": 1,
        "impact": 1,
        "title": {"id": "t", "en": "t"},
        "why": {"id": "w", "en": "w"},
        "when": when,
        "recommend": [{"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}],
        "sources": [{"kind": "thesis", "ref": "IV"}],
        "examples": {"fires": [{}], "clears": [{}]},
    }
    if for_each:
        rule["for_each"] = for_each
    pack = {
        "schema": "paracheck/pack/v1",
        "name": "bug",
        "version": "0",
        "regime": "r",
        "description": {"id": "d", "en": "d"},
        "procedure": [{"step": "initiative"}],
        "rules": [rule],
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    return load_pack(str(path))


def statuses(pack: Any, data: dict[str, Any]) -> tuple[str, str]:
    data = {"schema": "paracheck/proposal/v1", "title": "t", **data}
    engine = paracheck.assess(data, pack=pack, as_of=AS_OF).checks[0].status
    oracle = Oracle(pack, data, AS_OF).statuses()["BUG-001"]
    return engine, oracle


def test_counting_a_proposal_list_in_a_per_sector_rule(tmp_path):
    pack = one_rule_pack(tmp_path, {"count": "budget.other_sources", "eq": 0}, "sectors")
    data = {"budget": {"other_sources": []}, "sectors": [{"name": "mining"}]}
    assert statuses(pack, data) == ("risk", "risk")


def test_not_ne_on_a_null_value_is_clear(tmp_path):
    # lead_agency: null states "no agency named", a value: null ne "Bappeda" holds
    cond = {"not": {"path": "sector.lead_agency", "ne": "Bappeda"}}
    pack = one_rule_pack(tmp_path, cond, "sectors")
    data = {"sectors": [{"name": "mining", "lead_agency": None}]}
    assert statuses(pack, data) == ("clear", "clear")


def test_a_null_that_states_nothing_is_unknown_not_a_value(tmp_path):
    # a blank `diplomatic_relations:` (or `local.level:`) is read as left out: its checks ask
    pack = one_rule_pack(tmp_path, {"not": {"path": "partner.diplomatic_relations", "ne": True}})
    data = {"partner": {"country": "CN", "diplomatic_relations": None}}
    assert statuses(pack, data) == ("unknown", "unknown")
    cond = {"path": "context.partner_tier", "ge": {"path": "context.local_tier"}}
    data = {"local": {"level": None}, "partner": {"level": "city"}}
    assert statuses(one_rule_pack(tmp_path, cond, name="tiers"), data) == ("unknown", "unknown")


def test_negated_path_comparison_with_a_null_and_an_absent_side(tmp_path):
    # docs/rule-language.md: a comparison of two fields is false when either is null, even
    # when the other is absent; so the comparison clears and its negation is a risk.
    # days_since_activity is null for a programme with last_activity: null (no activity yet)
    cond = {"path": "program.days_since_activity", "ge": {"path": "program.budget_idr"}}
    data = {"sectors": [{"name": "mining", "programs": [{"name": "p", "last_activity": None}]}]}
    pack = one_rule_pack(tmp_path, cond, "programs")
    assert statuses(pack, data) == ("clear", "clear")
    negated = one_rule_pack(tmp_path, {"not": cond}, "programs", name="negated")
    assert statuses(negated, data) == ("risk", "risk")
