"""Held-out 57: a proposal written by the lead and judged on paper before paracheck ran on it
(expectations and reasons written first, in the session's notes). The verdict agrees.

Provinsi Maluku – Gyeongsangbuk-do, eight and a half months after signing: crew training in
Pohang under way, a study for the Ambon ocean fishing port planned in a sector recorded as a
central asset; IUU fishing and trafficking rated high with KKP and Imigrasi in. "Risiko
tinggi" on REG-042, with the residual IUU and trafficking risks and the half-idle sectors.
The file records the stage as "MoU ditandatangani" though a programme runs: the memo says so
first and asks for the stage to be corrected.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

MALUKU = Path(__file__).parent / "data" / "holdout57-maluku-gyeongbuk-2026.yaml"


def test_the_verdict_and_its_grounds_are_those_expected_before_running() -> None:
    assert_verdict_and_grounds(
        MALUKU,
        "high_risk",
        {"REG-042", "IMP-010", "TOC-002", "TOC-008"},
        {"TOC-001", "TOC-007", "BUD-003", "BUD-004", "HR-002", "REG-043", "IMP-006"},
    )


def test_the_port_sector_is_kept_to_the_regions_authority_with_its_central_operator() -> None:
    a = assessed(MALUKU)
    reg042 = next(c for c in a.checks if c.rule_id == "REG-042")
    # the second sector, ports_maritime; the fisheries sector is asked about, not found
    assert list(reg042.items) == ["sectors[1]"]
    acts = [act for act in a.actions if "REG-042" in act.rules]
    assert acts and all(act.owner_name.id == "Biro Kerja Sama" for act in acts)
    assert any("batasi komitmen daerah" in act.text.id for act in acts)


def test_a_running_programme_under_a_signed_stage_is_said_first() -> None:
    a = assessed(MALUKU)
    saran = advice(a, "id")
    assert saran[0].startswith("Biro Kerja Sama ditugaskan memperbaiki data")
    assert "tahap tidak sesuai program" in saran[0]


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(MALUKU)
