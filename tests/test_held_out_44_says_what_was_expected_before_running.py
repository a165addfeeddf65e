"""Held-out 44: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). The tool agreed on
all three; no defect was found.

- Kota Semarang – Brisbane (a healthy sister city under evaluation, its MoU ending in four
  months): no risk at all; the Saran opens on the decision due before the MoU ends and says
  nothing needs mending.
- Kota Kupang – City of Darwin (signed three months ago): no decay finding yet; no joint
  working group (GOV-001); an officials' study and a weaving troupe in a region rated very
  exposed to trafficking without Imigrasi (TOC-018, low); no narcotics finding for them.
- Kalimantan Timur – Shandong (its steps taken under Permendagri 3/2008, signed two months
  after Permendagri 25/2020 took effect): judged by the signing's regulation — central
  approval, the drafting with Kemlu and Kemendagri and the verification not recorded
  (REG-011, REG-019 high; REG-016), the 2008 Full Powers not asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
SEMARANG = DATA / "holdout44-semarang-brisbane-2026.yaml"
KUPANG = DATA / "holdout44-kupang-darwin-2026.yaml"
KALTIM = DATA / "holdout44-kaltim-shandong-2020.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            SEMARANG,
            "low_risk",
            set(),
            {"REG-026", "GOV-002", "GOV-003", "GOV-021", "IMP-005", "IMP-006", "IMP-011"}
            | {"TOC-011", "TOC-012", "BUD-003", "BUD-004", "BUD-005", "HR-002", "REG-051"},
        ),
        (
            KUPANG,
            "medium_risk",
            {"GOV-001", "TOC-018"},
            {"IMP-010", "IMP-006", "IMP-011", "TOC-011", "TOC-012", "TOC-009", "TOC-010"}
            | {"TOC-007", "GOV-006", "REG-011", "REG-026"},
        ),
        (
            KALTIM,
            "high_risk",
            {"REG-011", "REG-019", "REG-016", "GOV-001", "GOV-002", "BUD-004"},
            {"REG-012", "REG-015", "REG-021", "REG-010", "REG-020", "TOC-003", "TOC-011"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_a_healthy_partnership_is_told_only_of_the_decision_before_its_mou_ends() -> None:
    a = assessed(SEMARANG)
    assert not [c.rule_id for c in a.checks if c.status == "risk"]
    memo = " ".join(paracheck.render(a, "text", "id").split())
    saran = memo.split(" SARAN ")[1].split("Lampiran")[0]
    assert saran.startswith("1. Masa berlaku MoU berakhir pada 13 Februari 2027")
    assert "tidak ada pembenahan dari pemeriksaan itu" in saran
    # the evaluation report recorded in July 2026 is submitted, not prepared again (the
    # quibble this trial left, mended: tests/test_recorded_evaluation_is_submitted_not_prepared)
    assert (
        "segera mengajukan hasil evaluasi kerja sama berdasarkan laporan yang "
        "disampaikan pada 1 Juli 2026" in saran
    )
    assert "menyiapkan evaluasi" not in memo


def test_a_signing_after_the_2020_regulation_is_judged_by_it() -> None:
    a = assessed(KALTIM)
    assert a.pack.name == "pp28-2018" and not a.pack.superseded
    by_rule = {c.rule_id: c for c in a.checks}
    assert by_rule["REG-011"].severity == "high"
    assert "Permendagri 3/2008" in by_rule["REG-012"].not_applicable.id


@pytest.mark.parametrize("path", [SEMARANG, KUPANG, KALTIM])
def test_the_partner_is_never_the_one_told_to_act(path: Path) -> None:
    assert_partner_never_acts(path)
