"""Held-out 41: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). The tool agreed on both
verdicts and on every finding expected; no defect was found.

- Morowali – Qingdao (regency, an investment cooperation still being explored): a medium
  narcotics route with a partner in the PRC and officials and interns moving (TOC-011, the
  ladder's middle rung), terrorism rated medium with no police or BNPT told (TOC-013), no
  people-to-people strand (REG-005): "Risiko sedang", the mining study's licence question
  asked first (REG-043, which could make it high). Interns in Qingdao's steel plants with
  Imigrasi coordinated: no trafficking finding. One Mandarin speaker: no language finding.
- Jayapura – Vanimo (city, a sister-city proposal across the Papua New Guinea border): the
  Papua special-autonomy notice leads the Saran; a high narcotics route on the border market
  without BNN (TOC-011: medium, since no source the rules use names Papua New Guinea as a main
  source; argued in the pack), a partner giving nothing (IMP-020), no transfer of knowledge
  (REG-041), single-year money, nobody trained, slow replies: "Risiko sedang". English is the
  partner's working language: no language finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from tests.held_out import assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
MOROWALI = DATA / "holdout41-morowali-qingdao-2026.yaml"
JAYAPURA = DATA / "holdout41-jayapura-vanimo-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "open_", "not_risks"),
    [
        (
            MOROWALI,
            "medium_risk",
            {"TOC-011", "TOC-013", "REG-005"},
            {"REG-043"},
            {"TOC-003", "TOC-014", "TOC-016", "HR-001", "HR-002", "HR-003", "HR-004"}
            | {"NRG-002", "NRG-004", "BUD-007", "BUD-005", "REG-001", "REG-030"},
        ),
        (
            JAYAPURA,
            "medium_risk",
            {"TOC-011", "IMP-020", "REG-041", "BUD-005", "HR-004", "HR-003"},
            set(),
            {"HR-002", "TOC-003", "TOC-014", "TOC-007", "BUD-007", "REG-001", "REG-002"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], open_: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks, open_)


def test_a_papuan_city_is_told_to_check_its_special_autonomy_first() -> None:
    a = assessed(JAYAPURA)
    assert any(n.code == "special_autonomy" for n in a.notices)
    memo = paracheck.render(a, "text", "id")
    saran = " ".join(memo.split("\nSARAN\n")[1].split("Lampiran")[0].split())
    assert saran.startswith(
        "1. Bagian Kerja Sama ditugaskan memeriksa lebih dulu ketentuan otonomi"
    )


def test_the_mining_licence_question_comes_before_the_proposal_goes_on() -> None:
    memo = " ".join(paracheck.render(assessed(MOROWALI), "text", "id").split())
    assert "Dapat berubah menjadi risiko tinggi setelah data dilengkapi" in memo
    assert "izin atau wilayah pertambangan" in memo.split("RISIKO UTAMA")[0]
