"""What every held-out trial's tests check of a proposal judged on paper before paracheck ran
on it (tests/test_held_out_*): the verdict and the grounds expected, and that the partner is
never the one told to act. One place for both, so each trial's file holds only its own
expectations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import paracheck


def assessed(path: Path) -> Any:
    """The assessment of a held-out file, judged at its own date."""
    return paracheck.assess(paracheck.load_proposal(str(path)))


def memo(path: Path) -> str:
    """The Indonesian text memo of a held-out file with its line breaks undone, so that a
    test can read a sentence the report wraps across lines."""
    return " ".join(paracheck.render(assessed(path), "text", "id").split())


def saran_of(path: Path) -> str:
    """The Saran of a held-out file's Indonesian text memo, its line breaks undone."""
    return memo(path).split("SARAN", 1)[1].split("Lampiran", 1)[0]


def check(path: Path, rule: str) -> Any:
    """The check of ``rule`` in the assessment of a held-out file (exactly one)."""
    (found,) = [c for c in assessed(path).checks if c.rule_id == rule]
    return found


def not_applicable(path: Path, rule: str) -> bool:
    """The check of ``rule`` says it does not apply to this file (and why), rather than
    ticking it."""
    found = check(path, rule)
    return found.status == "clear" and bool(found.not_applicable)


def assert_verdict_and_grounds(
    path: Path,
    verdict: str,
    risks: set[str],
    not_risks: set[str],
    open_: set[str] | frozenset[str] = frozenset(),
) -> None:
    """The verdict is ``verdict``; every rule of ``risks`` is a risk, every one of ``open_``
    still open (unknown), and none of ``not_risks`` a risk."""
    a = assessed(path)
    assert a.verdict == verdict
    status = {c.rule_id: c.status for c in a.checks}
    assert {r for r in risks if status[r] == "risk"} == risks
    assert {r for r in open_ if status[r] == "unknown"} == open_
    assert {r for r in not_risks if status[r] != "risk"} == not_risks


def assert_partner_never_acts(path: Path) -> None:
    """No action of the plan is the partner's, by its owner or in its words: the Indonesian
    body acts, the partner is at most the counterpart."""
    a = assessed(path)
    partner = a.proposal.partner_name
    assert partner
    for action in a.actions:
        assert partner not in action.owner_name.id
        assert partner not in action.text.id
