"""Held-out 68: Kota Semarang – Beihai two years after its 2008 MoU, built from a documented
failure (Putri 2017, Undip: the MoU was signed and nothing followed) and judged on paper before
paracheck ran on it (expectations written first, in the session's notes). The verdict agrees:
"Risiko tinggi" under Permendagri 3/2008 on the decay the thesis describes — sectors with no
programme, one with no office in charge, no money — and the planning office the file names is
one body in the plan (the defect this trial found).
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

SEMARANG = Path(__file__).parent / "data" / "holdout68-semarang-beihai-2010.yaml"


def test_semarang_is_high_on_the_decay_after_the_mou() -> None:
    assert_verdict_and_grounds(
        SEMARANG,
        "high_risk",
        {"IMP-002", "IMP-001", "BUD-001", "GOV-001", "GOV-002", "HR-002"},
        {"REG-002", "IMP-005"},
        {"REG-007", "REG-040"},
    )
    a = assessed(SEMARANG)
    assert a.pack.name == "permendagri-3-2008"
    assert next(c for c in a.checks if c.rule_id == "IMP-006").covered_by is not None


def test_the_planning_office_is_one_body_in_the_saran() -> None:
    a = assessed(SEMARANG)
    said = " ".join(advice(a, "id"))
    assert "Bappeda Kota Semarang" in said
    assert "Bappeda, dan" not in said and "Bappeda dan" not in said
    memo = paracheck.render(a, "text", "id")
    assert "→ Bappeda:" not in memo


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SEMARANG)
