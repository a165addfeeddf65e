"""Held-out 36: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes; the tool agreed on both
verdicts; where it differed on a finding, the tool was found right).

- Batam – Johor Bahru (2025, proposal): the ports sector's work concerns the port BP Batam
  runs (a central asset) → "Risiko tinggi" by REG-042; the programmes' Rp450 jt against a
  Rp300 jt allocation with partner funds not recorded → BUD-007; BNN and Imigrasi coordinated,
  so narcotics and trafficking are the residual rungs (TOC-004, TOC-008), not the unwatched
  ones. The lead expected GOV-002 (no monitoring plan) too: at the proposal stage, before the
  cooperation plan that holds it, the tool rightly does not ask it yet.
- Bandung – Braunschweig (signed 2019, expired 9 October 2024, judged 30 November 2026): one
  programme done, one stalled since March 2022 → "Risiko tinggi" by decay (IMP-006); the memo
  asks for the decision on the lapsed MoU, and the deposit with Kemlu the file leaves out
  (REG-015, a step of the 2008 practice the 2026 procedure table does not show) is hinted at.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
BATAM = DATA / "holdout36-batam-johor-2025.yaml"
BANDUNG = DATA / "holdout36-bandung-braunschweig-2019.yaml"


def _assessed(path: Path) -> Any:
    return paracheck.assess(paracheck.load_proposal(str(path)))


@pytest.mark.parametrize(
    ("path", "risks", "clear"),
    [
        (BATAM, {"REG-042", "BUD-007", "TOC-004", "TOC-008"}, {"TOC-003", "TOC-007"}),
        (BANDUNG, {"IMP-006", "REG-015"}, {"TOC-003", "TOC-007"}),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, risks: set[str], clear: set[str]
) -> None:
    a = _assessed(path)
    assert a.verdict == "high_risk"
    status = {c.rule_id: c.status for c in a.checks}
    assert {r for r in risks if status[r] == "risk"} == risks
    assert {r for r in clear if status[r] != "risk"} == clear


def test_a_lapsed_mou_asks_for_the_decision_to_renew_or_end() -> None:
    saran = paracheck.render(_assessed(BANDUNG), "text", "id").split("Saran (butir 1):")[1]
    assert "Masa berlaku MoU telah berakhir pada 9 Oktober 2024" in saran
    assert "menyusun MoU baru" in saran and "mengakhiri kerja sama secara resmi" in saran


def test_a_left_out_step_a_risk_reads_is_in_the_table_and_hinted() -> None:
    a = _assessed(BANDUNG)
    # the deposit is owed by the MoU signed in October 2019, under 3/2008, as REG-015 reads
    # it: the table judges it at the signing, not at the PKS dated after 3/2008 ended, which
    # left it out of the table beside REG-015's risk (trial 360 L6)
    (row,) = [e for e in a.procedure if e.step == "deposit_with_kemlu"]
    assert row.required and row.status is None
    assert paracheck.unlisted_steps(a) == ["deposit_with_kemlu"]
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(BANDUNG), "-f", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "«penyimpanan naskah di Kemlu» (deposit_with_kemlu)" in done.stderr


def test_an_alternative_step_the_table_marks_not_required_is_not_hinted() -> None:
    # REG-050 reads central approval beside the consultation: an alternative, not a step due
    a = paracheck.assess(paracheck.load_proposal(str(DATA / "words26-mou-2019-evaluation.yaml")))
    assert "central_approval" not in paracheck.unlisted_steps(a)
    assert "deposit_with_kemlu" in paracheck.unlisted_steps(a)
