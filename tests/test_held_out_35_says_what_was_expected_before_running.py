"""Held-out 35: two proposals written by the lead and judged on paper before paracheck ran on
them (the expectations and their reasons were written first, in the session's notes; the
tool agreed on both verdicts, and where it differed on a finding the tool was found right).

- Dumai – Melaka (2024, proposal): a Malaysian partner across the Strait of Malacca, on a
  narcotics route rated high without BNN → "Risiko tinggi" by TOC-003. The partner works in
  Malay, which Indonesian-speaking staff understand: no interpreter finding (HR-002 does not
  apply). Imigrasi oversees the people moved, so trafficking is the residual rung (TOC-008),
  not the unwatched one (TOC-007) the lead first expected.
- Surakarta – Ningbo (2018, active, Permendagri 3/2008): two years after the MoU, one
  programme done, one stalled, one never started and not in the RPJMD → "Risiko tinggi" by
  decay (IMP-006) and REG-006; not blocked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck

DATA = Path(__file__).parent / "data"


def _checks(name: str) -> tuple[str, dict[str, Any]]:
    a = paracheck.assess(paracheck.load_proposal(str(DATA / name)))
    return a.verdict, {c.rule_id: c for c in a.checks}


@pytest.mark.parametrize(
    ("name", "verdict", "risks"),
    [
        ("holdout35-dumai-melaka-2024.yaml", "high_risk", {"TOC-003", "TOC-008"}),
        ("holdout35-surakarta-ningbo-2018.yaml", "high_risk", {"IMP-006", "REG-006"}),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    name: str, verdict: str, risks: set[str]
) -> None:
    said, checks = _checks(name)
    assert said == verdict
    assert {r for r in risks if checks[r].status == "risk"} == risks


def test_a_malay_speaking_partner_needs_no_interpreter() -> None:
    _, checks = _checks("holdout35-dumai-melaka-2024.yaml")
    hr002 = checks["HR-002"]
    assert hr002.not_applicable is not None
    assert "Melayu" in hr002.not_applicable.id


def test_trafficking_overseen_by_imigrasi_is_the_residual_rung_not_the_unwatched_one() -> None:
    _, checks = _checks("holdout35-dumai-melaka-2024.yaml")
    assert checks["TOC-007"].status != "risk"
    assert checks["TOC-008"].status == "risk"
