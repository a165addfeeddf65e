"""A proposal whose cooperation plan is being drafted without a monitoring plan (GOV-002) goes
to the DPRD after the monitoring plan is written into that plan: the advice changes the plan
the DPRD approves, so the Saran makes it a condition, as it does for a sector nobody leads
(IMP-001).

Practitioner trial 32 M12: Kendal – Tsuruoka (proposal, plan in progress). GOV-002 advised
"Susun rencana pemantauan bersama rencana kerja sama yang sedang disusun", while Saran 1 made
only BUD-007 a condition of going to the DPRD.
"""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"
KENDAL = DATA / "trial32-kendal-tsuruoka-2024.yaml"


def _codes(text: str) -> set[str]:
    return set(re.findall(r"[A-Z]{2,3}-\d{3}", text))


def _assessed(**changes):
    proposal = paracheck.load_proposal(str(KENDAL))
    if changes:
        proposal = proposal.model_copy(update=changes)
    return paracheck.assess(proposal, as_of=proposal.date)


def test_the_monitoring_plan_is_a_condition_before_the_dprd():
    a = _assessed()
    assert any(c.rule_id == "GOV-002" and c.status == "risk" for c in a.checks)
    first = advice(a, "id")[0]
    before, _, later = first.partition(";")
    assert before.startswith("Usulan dapat diteruskan ke persetujuan DPRD setelah"), first
    assert "GOV-002" in _codes(before), first
    assert "GOV-002" not in _codes(later), first
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "Muat rencana pemantauan dalam rencana kerja sama yang sedang disusun" in memo


def test_once_signed_the_monitoring_plan_is_drawn_up_apart_from_the_approved_plan():
    a = _assessed(stage="active")
    assert any(c.rule_id == "GOV-002" and c.status == "risk" for c in a.checks)
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "Muat rencana pemantauan dalam rencana kerja sama" not in memo
    assert "Susun rencana pemantauan: indikator, jadwal evaluasi, dan siapa yang melapor" in memo
