"""Held-out 47: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). The tool agreed on
all three; no defect was found.

- Aceh – Negeri Pulau Pinang (a special-autonomy province; students and nurses to Penang on
  a highly exposed narcotics route, BNN and Imigrasi coordinated): "Risiko sedang" on the
  narcotics residual (TOC-004) alone; the notice on Aceh's own rules, "DPRD" read as DPRA, and
  the Saran asking the bureau to check them first.
- Kota Batu – Taichung City (no diplomatic relations): "Terhambat" on REG-001; stop the
  exploration in the region's name and ask Kemlu which non-governmental contact remains.
- Kabupaten Banyuwangi – Mie Prefecture (a regency with a prefecture, its level written as
  "province"): the level asked in the partner country's terms (prefektur), REG-002 open;
  written as a prefecture, REG-002 is a risk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
ACEH = DATA / "holdout47-aceh-penang-2026.yaml"
BATU = DATA / "holdout47-batu-taichung-2026.yaml"
BANYUWANGI = DATA / "holdout47-banyuwangi-mie-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks", "open_"),
    [
        (
            ACEH,
            "medium_risk",
            {"TOC-004"},
            {"TOC-003", "TOC-011", "TOC-016", "TOC-017", "REG-002", "HR-002", "BUD-005"},
            set(),
        ),
        (BATU, "blocked", {"REG-001", "REG-002"}, {"TOC-011", "HR-002", "BUD-005"}, set()),
        (
            BANYUWANGI,
            "medium_risk",
            {"HR-002", "HR-004"},
            {"REG-032", "TOC-010", "TOC-001", "BUD-005"},
            {"REG-002"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str], open_: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks, open_)


def test_a_special_autonomy_province_is_told_to_check_its_own_rules_first() -> None:
    a = assessed(ACEH)
    assert "special_autonomy" in {n.code for n in a.notices}
    saran = advice(a, "id")
    assert saran[0].startswith("Biro Kerja Sama ditugaskan memeriksa lebih dulu ketentuan otonomi")
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "DPRA" in memo and "UU 11/2006" in memo


def test_a_partner_without_diplomatic_relations_stops_the_exploration_with_kemlu() -> None:
    a = assessed(BATU)
    saran = advice(a, "id")
    assert saran[0].startswith("Usulan tidak dapat dilanjutkan sebagai kerja sama pemerintah")
    assert "menghentikan penjajakan atas nama pemerintah daerah" in saran[1]
    assert "bersama Kemlu" in saran[1]


def test_a_prefecture_written_as_province_is_asked_then_judged_as_written_right() -> None:
    a = assessed(BANYUWANGI)
    asked = " ".join(q.text.id for q in a.questions)
    assert "prefektur" in asked
    data = yaml.safe_load(BANYUWANGI.read_text(encoding="utf-8"))
    data["partner"]["level"] = "prefecture"
    judged = paracheck.assess(data)
    check = next(c for c in judged.checks if c.rule_id == "REG-002")
    assert (check.status, check.severity) == ("risk", "medium")
    assert judged.verdict == "medium_risk"


@pytest.mark.parametrize("path", [ACEH, BATU, BANYUWANGI])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
