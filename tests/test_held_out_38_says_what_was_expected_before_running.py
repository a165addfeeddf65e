"""Held-out 38: three proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). The tool agreed on
both verdicts and on every finding expected; where it differed, it was found right or the
difference is the pack's argued choice.

- Banyuwangi – a Dutch agricultural-education foundation (regency, technical cooperation
  with an institution, KSDLL, June 2024, letter of intent under way): last year's low
  absorption and mid-year cut (BUD-003, BUD-004), programme costs above the APBD line with
  the partner's money named but not recorded (BUD-007, REG-033), no trained staff (HR-004),
  an internship without a target (IMP-003): "Risiko sedang". The sister-city requirements
  (equal level, complementarity, similar characteristics, people-to-people) do not apply to
  an institution and say so; the internship's budget, left out, is asked, not judged. The
  lead expected HR-003 clear at ten days: paracheck's stated benchmark is seven. The lead
  expected a Dutch-language question (HR-002); the pack does not ask it of an institution,
  which often works in English (its comment: newcomer trial 9, a province told to find a
  Dutch interpreter for a university).
- Palembang – Jeddah (city, sister-city proposal of September 2019, between PP 28/2018 and
  Permendagri 25/2020): the officer ticked religion among the absolute central affairs
  (REG-030, a blocker), with no money (BUD-001), not in the RPJMD (REG-006), nobody assigned
  (HR-001), a trade sector with neither lead agency nor programme (IMP-001, IMP-002), and
  teachers and officials moved in an area rated highly exposed to trafficking with no agency
  coordinated (TOC-015, TOC-018): "Terhambat", judged under Permendagri 3/2008 with PP
  28/2018 named beside it. The lead expected TOC-007 for the officials' umrah promotion; since
  `people_moved` an officials' delegation is TOC-018's, and TOC-007's statement, which still
  read "program di luar sektor pendidikan yang mengirim atau menerima orang", now says whom it
  leaves to other checks (learners, officials' delegations, cultural troupes). The Saran no
  longer calls the letter of intent "tidak tercantum dalam berkas" because of the initiative,
  which Permendagri 3/2008's procedure does not have.
- Sulawesi Tengah – Jeollanam-do (province, investment, MoU signed in November 2024 while the
  central approval was still under way, assessed February 2025): signed before the approval
  (REG-023, with REG-011 recorded on it), a mining sector on licences the centre grants
  (REG-043, with REG-042 recorded on it), a power deficit with rolling blackouts in the
  industrial area for an investment in mining and smelting (NRG-002, NRG-004; NRG-005
  recorded on NRG-002): "Risiko tinggi", the Saran first reporting the MoU to Kemendagri and
  holding what has not started. Everything as expected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
BANYUWANGI = DATA / "holdout38-banyuwangi-gelderland-2024.yaml"
PALEMBANG = DATA / "holdout38-palembang-jeddah-2019.yaml"
SULTENG = DATA / "holdout38-sulteng-jeonnam-2025.yaml"


def _assessed(path: Path) -> Any:
    return paracheck.assess(paracheck.load_proposal(str(path)))


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            BANYUWANGI,
            "medium_risk",
            {"BUD-003", "BUD-004", "BUD-005", "BUD-007", "REG-033", "HR-004", "IMP-003"},
            {"REG-049", "REG-002", "REG-003", "REG-004", "REG-005", "REG-001", "BUD-001"}
            | {"HR-001", "TOC-007", "TOC-016", "NRG-001", "GOV-001", "GOV-002", "GOV-020"},
        ),
        (
            PALEMBANG,
            "blocked",
            {"REG-030", "BUD-001", "REG-006", "HR-001", "IMP-001", "IMP-002", "BUD-006"}
            | {"IMP-003", "TOC-015", "TOC-018", "HR-004", "GOV-004", "GOV-005"},
            {"HR-002", "REG-002", "REG-032", "REG-049", "BUD-003", "BUD-004", "TOC-003"},
        ),
        (
            SULTENG,
            "high_risk",
            {"REG-023", "REG-043", "NRG-002", "NRG-004", "NRG-001"},
            {"REG-011", "REG-042", "NRG-005", "TOC-014", "TOC-008", "BUD-007", "HR-002"}
            | {"GOV-003", "IMP-006", "IMP-007", "REG-020", "REG-044"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    a = _assessed(path)
    assert a.verdict == verdict
    status = {c.rule_id: c.status for c in a.checks}
    assert {r for r in risks if status[r] == "risk"} == risks
    assert {r for r in not_risks if status[r] != "risk"} == not_risks


def test_a_finding_another_check_records_points_to_it() -> None:
    a = _assessed(SULTENG)
    covered = {c.rule_id: c.covered_by for c in a.checks if c.covered_by}
    assert covered == {"REG-011": "REG-023", "REG-042": "REG-043", "NRG-005": "NRG-002"}


def test_the_mou_signed_before_approval_is_reported_before_anything_else() -> None:
    memo = paracheck.render(_assessed(SULTENG), "text", "id")
    first = " ".join(memo.split("Saran (butir 1 dan 2):")[1].split("RISIKO UTAMA")[0].split())
    assert first.index("Menteri Dalam Negeri") < first.index("REG-023") < first.index("REG-043")
    assert "ditunda" in first


def test_the_sister_city_requirements_say_they_do_not_apply_to_an_institution() -> None:
    a = _assessed(BANYUWANGI)
    reasons = {
        c.rule_id: c.not_applicable.get("id")
        for c in a.checks
        if c.rule_id in ("REG-002", "REG-003", "REG-004", "REG-005") and c.not_applicable
    }
    assert set(reasons) == {"REG-002", "REG-003", "REG-004", "REG-005"}
    assert all("lembaga di luar negeri" in r for r in reasons.values())


def test_a_programme_without_a_budget_is_asked_not_judged() -> None:
    a = _assessed(BANYUWANGI)
    bud006 = next(c for c in a.checks if c.rule_id == "BUD-006")
    assert bud006.status == "unknown"
    assert bud006.missing == ["sectors[1].programs[0].budget_idr"]


def test_the_2019_proposal_is_judged_under_both_instruments_then_in_force() -> None:
    memo = paracheck.render(_assessed(PALEMBANG), "text", "id")
    basis = " ".join(memo.split("Dasar penilaian:")[1].split("Sektor kerja sama")[0].split())
    assert "Permendagri 3/2008 dan PP 28/2018" in basis


def test_an_officials_delegation_is_not_read_under_the_workers_check() -> None:
    a = _assessed(PALEMBANG)
    toc007 = next(c for c in a.checks if c.rule_id == "TOC-007")
    assert toc007.status == "clear" and toc007.not_applicable is not None
    assert "selain pelajar, delegasi pejabat atau rombongan budaya" in toc007.statement.get("id")
    assert "di luar sektor pendidikan" not in toc007.statement.get("id")


@pytest.mark.parametrize(
    ("path", "unit", "not_unit"),
    [
        (BANYUWANGI, "Bagian Kerja Sama", "Biro"),
        (PALEMBANG, "Bagian Kerja Sama", "Biro"),
        (SULTENG, "Biro Kerja Sama", "Bagian"),
    ],
)
def test_the_memo_names_the_regions_own_office_and_never_the_partner_as_actor(
    path: Path, unit: str, not_unit: str
) -> None:
    """A regency's or city's cooperation unit is a Bagian, a province's a Biro."""
    memo = paracheck.render(_assessed(path), "text", "id")
    plan = memo.split("RENCANA TINDAK LANJUT PER TAHAP")[1].split("SARAN")[0]
    actors = [line.split(":")[0] for line in plan.splitlines() if line.strip().startswith("→")]
    assert any(unit in a for a in actors)
    assert not [a for a in actors if not_unit in a]
    assert not [a for a in actors if any(p in a for p in ("Gelderland", "Jeddah", "Jeollanam"))]
