"""A user's pack beyond the documented limits is refused quickly, naming file, rule and line
(issue 14, item 5); literals the engine could not hold are refused for what they are, and
small floats (``lt: 0.00001``) are accepted and work.

Every case runs the real command in a child process with a timeout and an address-space cap,
so a hang, a memory blow-up or a crash is a failed test.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.rules import loader

MINI = Path(__file__).parent / "packs" / "mini.yaml"
PROPOSAL = "schema: paracheck/proposal/v1\ntitle: A proposal\ndate: 2015-06-10\n"
HEADER = MINI.read_text(encoding="utf-8").split("rules:\n")[0] + "rules:\n"
RULE = """  - id: BUD-{i:03d}
    domain: budget
    severity: medium
    likelihood: 3
    impact: 3
    title: {{id: "t", en: "t"}}
    why: {{id: "w", en: "w"}}
    when: {when}
    recommend:
      - {{stage: planning, owner: Bappeda, text: {{id: "x", en: "x"}}}}
    sources: [{{kind: thesis, ref: IV.B.2.a}}]
    examples:
      fires: [{fires}]
      clears: [{clears}]
"""
ONE_GIB = 1024**3


def rule(
    i: int,
    when: str = "{path: budget.realization_rate, lt: 0.5}",
    fires: str = "{budget: {realization_rate: 0.1}}",
    clears: str = "{budget: {realization_rate: 0.9}}",
) -> str:
    return RULE.format(i=i, when=when, fires=fires, clears=clears)


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ONE_GIB, ONE_GIB))


EN = ("--lang", "en")


def assess_with(tmp_path: Path, pack: str | Path) -> subprocess.CompletedProcess[str]:
    proposal = tmp_path / "p.yaml"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    return subprocess.run(
        # English: the sentences checked here (tests/test_pack_problem_words.py: Indonesian)
        [sys.executable, "-m", "paracheck", "assess", str(proposal), "--pack", str(pack), *EN],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_cap_memory,
    )


def assert_refused(
    done: subprocess.CompletedProcess[str], pack: Path, *words: str, rule_id: str | None = None
) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr[-1500:])
    assert "Traceback" not in done.stderr
    first = done.stderr.strip().splitlines()[0]
    match = re.match(rf"^{re.escape(str(pack))}:(\d+):(\d+): ", first)
    assert match, first
    assert int(match.group(1)) > 0, f"no line: {first}"
    if rule_id:
        assert rule_id in first, first
    for word in words:
        assert word in first, first
    return first


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_bomb_in_a_pack_is_refused_quickly(tmp_path):
    # ten levels of ten aliases each, inside a rule's examples: 10**10 values once expanded
    levels = ['{basis: {similar_problems: &a0 ["lol"]}}']
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        levels.append(f"{{basis: {{similar_problems: &a{i} [{refs}]}}}}")
    pack = write(tmp_path, HEADER + rule(1, fires=", ".join(levels)))
    assert_refused(assess_with(tmp_path, pack), pack, "expands to more than")


def test_an_endless_pack_file_is_refused_without_reading_it_all(tmp_path):
    # a device is no pack file: refused before a byte is read (attack 440 H2)
    done = assess_with(tmp_path, "/dev/zero")
    assert done.returncode == 2, done.stderr[-500:]
    assert "must be a regular file" in done.stderr and "Traceback" not in done.stderr


def test_a_deeply_nested_condition_is_refused_naming_the_rule(tmp_path):
    when = "{not: " * 30 + "{path: budget.realization_rate, lt: 0.5}" + "}" * 30
    pack = write(tmp_path, HEADER + rule(1) + rule(2, when=when))
    assert_refused(assess_with(tmp_path, pack), pack, "nested", rule_id="BUD-002")


def test_too_many_rules_are_refused_naming_the_first_rule_past_the_limit(tmp_path):
    n = loader.MAX_RULES + 1
    pack = write(tmp_path, HEADER + "".join(rule(i) for i in range(1, n + 1)))
    first = assert_refused(
        assess_with(tmp_path, pack), pack, str(loader.MAX_RULES), rule_id=f"BUD-{n:03d}"
    )
    assert "rules" in first


def test_many_rules_on_one_field_within_the_limit_assess(tmp_path):
    # 100 thresholds on one field gave "rule engine failed (code 303)", exit 3
    rules = "".join(
        rule(
            i,
            when=f"{{path: budget.realization_rate, lt: {0.005 * i}}}",
            fires="{budget: {realization_rate: 0.0}}",
            clears="{budget: {realization_rate: 0.9}}",
        )
        for i in range(1, 101)
    )
    pack = write(tmp_path, HEADER + rules)
    proposal = tmp_path / "low.yaml"
    proposal.write_text(PROPOSAL + "budget: {realization_rate: 0.0}\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "paracheck",
            "assess",
            str(proposal),
            "--pack",
            str(pack),
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.count('"status":"risk"') + done.stdout.count('"status": "risk"') == 100


@pytest.mark.parametrize(
    "literal, word", [(".nan", "not a number"), (".inf", "infinite"), ("-.inf", "infinite")]
)
def test_nan_and_infinite_literals_are_refused_for_what_they_are(tmp_path, literal, word):
    pack = write(
        tmp_path,
        HEADER + rule(1) + rule(2, when=f"{{path: budget.realization_rate, lt: {literal}}}"),
    )
    first = assert_refused(assess_with(tmp_path, pack), pack, word, rule_id="BUD-002")
    assert "too complex" not in first


def test_a_small_float_literal_is_accepted_and_compared_right(tmp_path):
    pack = write(
        tmp_path,
        HEADER
        + rule(
            1,
            when="{path: budget.realization_rate, lt: 0.00001}",
            fires="{budget: {realization_rate: 0.000001}}",
            clears="{budget: {realization_rate: 0.00002}}",
        ),
    )
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "rules", "test", "--pack", str(pack), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
