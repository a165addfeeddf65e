"""The Saran lists the cooperation unit once: a sector whose lead agency the file names as the
unit with its secretariat ("Bagian Kerja Sama Setda Kabupaten Sumenep") is the unit the plan
calls "Bagian Kerja Sama", and the assignment named them as two offices (trial 30 C4)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.facts.loader import load_proposal
from paracheck.report.advice import advice

#: trial 30's file: the capacity-building sector led by "Bagian Kerja Sama Setda Kabupaten
#: Sumenep"
FILE = Path(__file__).parent / "data" / "trial30-sumenep-pelajar-b.yaml"
LONG = "Bagian Kerja Sama Setda Kabupaten Sumenep"


def test_the_unit_under_its_secretariats_name_is_assigned_once() -> None:
    proposal = load_proposal(FILE)
    assert LONG in {s.lead_agency for s in proposal.sectors}
    said = advice(paracheck.assess(proposal), "id")
    # the offices in the decision itself (review 310, 13), or in an assignment after it
    assigned = next(
        s for s in said if "menindaklanjuti risiko tersebut" in s or "ditindaklanjuti oleh" in s
    )
    assert "Bagian Kerja Sama" in assigned
    assert assigned.count("Bagian Kerja Sama") == 1, assigned
    assert "Dinas Perikanan Kabupaten Sumenep" in assigned  # the other offices stay
