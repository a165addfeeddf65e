"""Held-out 46: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Verdicts agreed on
all three; one defect of wording was found and mended.

- Kabupaten Badung – The University of Kitakyushu (a technical cooperation with a foreign
  institution, a proposal writing its plan): "Risiko rendah"; the sister-form and Full Powers
  checks not applicable to an institution, with their reasons; the next step the DPRD's
  approval once the plan is written.
- Kalimantan Barat – Sarawak (signed by the Sekda in August 2025, the DPRD approving two
  months later; workers to Sarawak's plantations on a highly exposed route, BNN, Imigrasi and
  BP2MI coordinated): "Risiko tinggi" on REG-020, REG-044 and IMP-006 (nothing started 15
  months after signing), the narcotics and trafficking residuals. Its Saran read "Dengan syarat
  itu, kerja sama dapat dilanjutkan …, dengan syarat dua risiko tinggi …": the second
  condition now reads "juga dengan syarat".
- Kabupaten Sumba Timur – Shire of Broome (its MoU ending in three months, a seaweed plant
  stalled for want of power, a deficit with rolling blackouts): "Risiko tinggi" on NRG-002 and
  IMP-006; the evaluation prepared (no report recorded, stage active). The areas typed as hit
  by outages, Waingapu and Melolo, were named nowhere (held-out 40's and 42's gap, a third
  time); the tourism power advice (NRG-003) now names them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BADUNG = DATA / "holdout46-badung-kitakyushu-2026.yaml"
KALBAR = DATA / "holdout46-kalbar-sarawak-2026.yaml"
SUMBA = DATA / "holdout46-sumbatimur-broome-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            BADUNG,
            "low_risk",
            set(),
            {"REG-002", "REG-012", "REG-021", "REG-032", "REG-049", "GOV-007", "HR-002"}
            | {"BUD-005", "TOC-011", "TOC-012"},
        ),
        (
            KALBAR,
            "high_risk",
            {"REG-020", "REG-044", "REG-047", "IMP-006", "TOC-004", "TOC-008", "BUD-005"}
            | {"GOV-001", "GOV-002"},
            {"TOC-003", "TOC-007", "REG-011", "REG-023", "REG-010"},
        ),
        (
            SUMBA,
            "high_risk",
            {"NRG-002", "NRG-003", "IMP-006", "IMP-004", "BUD-003", "GOV-003"},
            {"REG-026", "REG-051", "GOV-021", "TOC-011", "TOC-012"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_an_institution_partner_is_spared_the_sister_form_checks_with_reasons() -> None:
    a = assessed(BADUNG)
    by_rule = {c.rule_id: c for c in a.checks}
    for rule in ("REG-002", "REG-003", "REG-004", "REG-005", "REG-044"):
        reason = by_rule[rule].not_applicable
        assert reason is not None and "lembaga di luar negeri" in reason.id, rule
    saran = advice(a, "id")
    assert saran[0].startswith(
        "Usulan dapat diteruskan ke persetujuan DPRD, setelah penyusunan rencana kerja sama"
    )


def test_a_decision_after_the_first_items_condition_names_its_own_as_one_more() -> None:
    a = assessed(KALBAR)
    saran = advice(a, "id")
    assert "(REG-044)" in saran[0]
    then = saran[1]
    assert then.startswith("Dengan syarat itu, kerja sama dapat dilanjutkan ke ")
    assert ", juga dengan syarat dua risiko tinggi, yaitu " in then
    # "Dengan syarat itu" and the one more condition, no third
    assert then.count("dengan syarat") == 1 and then.count("Dengan syarat") == 1
    assert ", dengan syarat " not in then
    english = advice(a, "en")[1]
    assert english.startswith("On that condition, ") and ", also on condition that " in english


def test_an_mou_ending_in_three_months_without_a_report_has_its_evaluation_prepared() -> None:
    a = assessed(SUMBA)
    saran = advice(a, "id")
    assert saran[0].startswith("Masa berlaku MoU berakhir pada 28 Februari 2027")
    assert "Bagian Kerja Sama ditugaskan segera menyiapkan evaluasi kerja sama" in saran[0]
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "NRG-002: sektor pertanian" in memo and "NRG-002: sektor pariwisata" in memo
    # the areas typed as hit by outages are named where the plan sends the agencies
    # (tests/test_areas_hit_by_outages_are_named.py)
    plan = memo.split("RENCANA TINDAK LANJUT")[1].split("SARAN")[0]
    assert plan.count("kawasan terdampak pemadaman (Waingapu dan Melolo)") == 1


@pytest.mark.parametrize("path", [BADUNG, KALBAR, SUMBA])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
