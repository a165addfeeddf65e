"""Held-out 42: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). The tool agreed on
the three verdicts and on the findings expected but two pieces of advice, mended:

- DI Yogyakarta – Prefektur Kyoto (a sister province under evaluation in its fifth year): the
  decay the thesis is about — the student exchange "ongoing" but idle since August 2024
  (IMP-005), the disaster-preparedness sector never started (IMP-011), the joint working group
  silent since February 2023 (GOV-021), no monitoring plan, no report to the Minister
  (REG-026), 35 % of last year's budget spent and two cuts: "Risiko sedang". Nobody speaks
  Japanese (HR-002): the advice was to ask the partner, with the embassy, what language it
  works in and enter it "in the proposal" — of a partner whose letters the office has answered
  for five years. Once the MoU is signed the language is recorded, not asked.
- Kota Bogor – Wageningen University & Research (a foreign institution, KSDLL): none of the
  KSDPL considerations (equal status, similar characteristics, complementarity, people to
  people) and no language finding are asked of a university; a monitoring plan and
  single-year money for two programmes: "Risiko sedang".
- Kabupaten Natuna – Provinsi Cà Mau (a regency with a province, capture fishing with a
  Vietnamese fleet in waters rated very exposed to illegal fishing, a cold store in Ranai under
  rolling blackouts): not in the RPJMD (REG-006) and the power short where the cold store
  stands (NRG-002): "Risiko tinggi"; KKP coordinated leaves the residual (TOC-002); crews
  moved without Imigrasi (TOC-014); unequal level (REG-002). Bappeda was told to "start with
  the sectors that do not depend on power" in a proposal whose only sector does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
KYOTO = DATA / "holdout42-diy-kyoto-2026.yaml"
BOGOR = DATA / "holdout42-bogor-wur-2025.yaml"
NATUNA = DATA / "holdout42-natuna-camau-2025.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            KYOTO,
            "medium_risk",
            {"IMP-005", "IMP-011", "GOV-021", "GOV-002", "REG-026", "BUD-003", "BUD-004"}
            | {"HR-002", "HR-004", "HR-003"},
            {"NRG-001", "NRG-002", "TOC-009", "TOC-015", "TOC-016", "REG-010", "REG-011"}
            | {"REG-002", "IMP-020", "IMP-006"},
        ),
        (
            BOGOR,
            "medium_risk",
            {"GOV-002", "BUD-005"},
            {"REG-002", "REG-003", "REG-004", "REG-005", "HR-002", "BUD-007", "REG-033"}
            | {"HR-001", "HR-003", "HR-004", "NRG-001"},
        ),
        (
            NATUNA,
            "high_risk",
            {"REG-006", "NRG-002", "TOC-002", "TOC-014", "REG-002", "REG-041", "IMP-020"}
            | {"BUD-007", "HR-002", "HR-004"},
            {"TOC-001", "TOC-003", "TOC-007", "REG-001", "REG-030", "REG-040"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_an_institution_is_not_held_to_a_regional_governments_considerations() -> None:
    a = assessed(BOGOR)
    reasons = {c.rule_id: c.not_applicable for c in a.checks}
    for rule in ("REG-002", "REG-003", "REG-004", "REG-005", "REG-044"):
        assert reasons[rule] is not None, rule
        assert "lembaga di luar negeri" in reasons[rule].id, (rule, reasons[rule].id)
    assert reasons["HR-002"] is not None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_partner_of_five_years_is_not_asked_its_language_through_the_embassy(lang) -> None:
    memo = " ".join(paracheck.render(assessed(KYOTO), "text", lang).split())
    if lang == "id":
        assert "Tanyakan kepada mitra bahasa kerja" not in memo
        assert "Catat dalam berkas kerja sama bahasa yang dipakai mitra" in memo
    else:
        assert "Ask the partner its working language" not in memo
        assert "Record in the partnership's file the language the partner uses" in memo


def test_the_idle_exchange_and_the_sector_never_started_name_their_agencies() -> None:
    a = assessed(KYOTO)
    by_rule = {c.rule_id: c for c in a.checks}
    # the second sector, education: the exchange idle since August 2024
    assert by_rule["IMP-005"].items == ["sectors[1]"]
    assert a.proposal.sector_names[1] == "education"
    memo = " ".join(paracheck.render(a, "text", "id").split())
    # the agency proposes, the Gubernur decides (wording review 220, 15)
    assert "BPBD DIY (bersama Biro Kerja Sama): Usulkan dalam evaluasi kerja sama" in memo
    assert "Biro Kerja Sama (bersama Dinas Pendidikan, Pemuda, dan Olahraga DIY)" in memo
    saran = memo.split(" SARAN ")[1].split("Lampiran")[0]
    assert saran.startswith("1. Biro Kerja Sama ditugaskan menyiapkan hasil evaluasi")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_single_cold_store_is_not_told_to_start_with_another_sector(lang) -> None:
    a = assessed(NATUNA)
    nrg002 = next(c for c in a.checks if c.rule_id == "NRG-002")
    assert nrg002.status == "risk" and nrg002.severity == "high"
    memo = " ".join(paracheck.render(a, "text", lang).split())
    assert "Atur urutan sektor" not in memo and "Sequence the sectors" not in memo
    secured = (
        "Dinas Perikanan Kabupaten Natuna (bersama PLN): Pastikan pasokan listrik"
        if lang == "id"
        else "Secure the power supply at this sector's sites"
    )
    assert secured in memo


@pytest.mark.parametrize("path", [KYOTO, BOGOR, NATUNA])
def test_the_partner_is_never_the_one_told_to_act(path: Path) -> None:
    assert_partner_never_acts(path)
