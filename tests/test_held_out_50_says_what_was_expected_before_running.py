"""Held-out 50: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). One defect found
and mended (IMP-013; tests/test_a_quiet_partnership_is_a_high_risk.py).

- Kabupaten Gorontalo – JICA (technical cooperation with a foreign institution, LoI under
  way): "Risiko rendah"; the sister-form, language and Full Powers checks do not apply to an
  institution.
- Kota Palu – Zamboanga City (terrorism rated high, no law-enforcement agency at all, pupils
  moving in a moderately exposed area): "Risiko sedang" — TOC-005 is medium by the pack's
  written argument (the thesis ties terrorism to no sector), which the expectation's "high"
  did not have; BNPT and Imigrasi named.
- Provinsi Jawa Timur – Western Australia (signed in 2019 under Permendagri 3/2008; every
  programme finished by June 2023, nothing planned, the MoU to 2029): "Risiko tinggi" on the
  quiet partnership (it read "Risiko sedang … dapat dilanjutkan": the defect); the 2008 steps
  judged by the signing's law, the 2020 ones not asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
GORONTALO = DATA / "holdout50-gorontalo-jica-2026.yaml"
PALU = DATA / "holdout50-palu-zamboanga-2026.yaml"
JATIM = DATA / "holdout50-jatim-wa-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (GORONTALO, "low_risk", set(), {"HR-002", "REG-002", "REG-003", "REG-012", "REG-032"}),
        (
            PALU,
            "medium_risk",
            {"TOC-005", "TOC-009", "TOC-016", "BUD-007", "BUD-005", "HR-005"},
            {"TOC-003", "TOC-011", "NRG-001", "GOV-002"},
        ),
        (
            JATIM,
            "high_risk",
            {"IMP-013", "GOV-003", "BUD-003", "GOV-006", "GOV-001"},
            {"REG-011", "REG-016", "REG-018", "REG-012", "REG-015", "REG-050", "IMP-006"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_the_quiet_partnership_leads_the_saran_and_goes_to_the_governor() -> None:
    a = assessed(JATIM)
    first = advice(a, "id")[0]
    assert first.startswith(
        "Kerja sama tidak berkegiatan lebih dari setahun dan tidak ada program berikutnya "
        "yang didanai: "
        "Biro Kerja Sama ditugaskan segera melaporkannya kepada Gubernur"
    )
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "Laporkan kepada Gubernur bahwa kerja sama tidak berkegiatan" in memo


def test_terrorism_names_bnpt_and_the_pupils_name_imigrasi() -> None:
    a = assessed(PALU)
    counterparts = {x.counterpart for x in a.actions}
    assert {"BNPT", "Kantor Imigrasi"} <= counterparts


@pytest.mark.parametrize("path", [GORONTALO, PALU, JATIM])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
