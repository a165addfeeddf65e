"""Held-out 61: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). Both verdicts agree.

Provinsi Jawa Barat – GIZ, a technical cooperation with a foreign institution (KSDLL) signed by
the Sekretaris Daerah: every check written for a foreign regional government says it does
not apply, and with the MoU ending in three and a half months the Saran opens with the
evaluation for the Gubernur's decision.

Provinsi Nusa Tenggara Barat – Shizuoka, a sister province sending TITP interns (recorded as
trainees) from an area rated highly exposed to trafficking with BP2MI alone: the interns need
Imigrasi or Polri (TOC-015), the officials' study visit less so (TOC-018).
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
JABAR = DATA / "holdout61-jabar-giz-2026.yaml"
NTB = DATA / "holdout61-ntb-shizuoka-2026.yaml"


def test_jabar_giz_is_a_low_risk_with_nothing_asked_of_a_foreign_government() -> None:
    assert_verdict_and_grounds(JABAR, "low_risk", set(), {"REG-033", "IMP-013"}, {"REG-042"})
    checks = {c.rule_id: c for c in assessed(JABAR).checks}
    for rule in ("REG-002", "REG-044", "REG-046", "HR-002", "REG-032", "REG-049"):
        assert checks[rule].not_applicable is not None, rule


def test_the_mou_ending_soon_puts_the_evaluation_first() -> None:
    first = advice(assessed(JABAR), "id")[0]
    assert first.startswith("Masa berlaku MoU berakhir pada 17 Maret 2027")
    assert "evaluasi kerja sama sebagai bahan bagi Gubernur untuk memutuskan" in first


def test_ntb_shizuoka_asks_immigration_or_police_for_the_interns() -> None:
    assert_verdict_and_grounds(
        NTB,
        "medium_risk",
        {"TOC-015", "TOC-018", "BUD-007", "IMP-010"},
        {"REG-002", "TOC-007", "HR-002", "REG-044"},
        {"REG-042"},
    )
    check = next(c for c in assessed(NTB).checks if c.rule_id == "TOC-015")
    assert check.severity == "medium"
    evidence = {e.path: e.value for e in check.evidence}
    assert evidence["security.coordinating_agencies"] == ["BP2MI"]  # BP2MI alone does not clear it
    assert evidence["sectors[0].programs[0].people_moved"] == "students"


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(JABAR)
    assert_partner_never_acts(NTB)
