"""Held-out 58: a proposal written by the lead and judged on paper before paracheck ran on it
(expectations and reasons written first, in the session's notes). The verdict agrees.

Kabupaten Berau – Negeri Sabah, a technical cooperation (not a sister form) of a regency with
a Malaysian state: a marine-park ranger exchange and a cross-border dive package, on a
narcotics route rated highly exposed with no BNN. "Risiko tinggi" on TOC-003; the unequal
levels asked to be argued (REG-002), the sister-form checks not applicable.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BERAU = Path(__file__).parent / "data" / "holdout58-berau-sabah-2026.yaml"


def test_the_verdict_and_its_grounds_are_those_expected_before_running() -> None:
    assert_verdict_and_grounds(
        BERAU,
        "high_risk",
        {"TOC-003", "REG-002", "BUD-005", "TOC-018", "TOC-013"},
        {"TOC-001", "TOC-002", "TOC-010", "REG-032", "REG-049", "HR-002", "BUD-007"},
    )


def test_the_sister_form_checks_do_not_apply_to_a_technical_cooperation() -> None:
    checks = {c.rule_id: c for c in assessed(BERAU).checks}
    for rule in ("REG-032", "REG-049"):
        assert checks[rule].not_applicable is not None, rule


def test_the_proposal_goes_to_the_dprd_once_bnn_is_brought_in() -> None:
    a = assessed(BERAU)
    first = advice(a, "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke persetujuan DPRD")
    assert "TOC-003" in first and "pada tahap perencanaan dan pelaksanaan" in first
    assert "Akan diajukan untuk persetujuan DPRD" in dict(view.brief(a, "id"))


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BERAU)
