"""Held-out 160–164, written and judged on paper by a helper acting as a cooperation officer
before paracheck ran on them (expectations and reasons first, in the session's notes,
trial160/EXPECTED.md): a city with a foreign national ministry entered as an institution
(160), a border regency whose verified plan's agreement is being drafted (161), a province
created in 2022 proposing its first partnership with no money and one officer (162), a
healthy partner-funded education partnership (163), and a province evaluating an MoU that ends
in three months (164).

All five verdicts agreed. Two things the memos said did not:

- 160: the Saran counted REG-033's note (the partner's funds, severity info) among "Lima
  risiko lain" beside four risks; a note is never a "risiko lain".
- 161: with the plan verified and the agreement under drafting, the Saran and the plan's
  heading had the plan adjusted "sebelum naskah perjanjian disusun", and REG-002 asked
  Kemendagri's view "sebelum rencana kerja sama diajukan untuk diverifikasi", a step done on
  3 February 2026. The changes now come before the draft is finished, and the view is asked
  before central approval is requested.

Argued in the notes and left: 160's partner, a national ministry, can only be recorded as an
institution (no source in REGULATION.md says what a foreign national ministry is under PP
28/2018); 163's and 164's open REG-042 (the file does not say whether the sectors concern
central assets: "not known" by contract, as held-out 152).
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report.advice import _spelled
from tests.held_out import (
    assert_partner_never_acts,
    assert_verdict_and_grounds,
    assessed,
    check,
    memo,
    saran_of,
)

DATA = Path(__file__).parent / "data"
BITUNG = DATA / "holdout160-bitung-korea-mof-2026.yaml"
BELU = DATA / "holdout161-belu-bobonaro-border-2026.yaml"
PAPUA_BARAT_DAYA = DATA / "holdout162-papua-barat-daya-okinawa-2026.yaml"
MALANG = DATA / "holdout163-malang-suwon-education-2026.yaml"
JABAR = DATA / "holdout164-jabar-gyeongbuk-renewal-2026.yaml"


def test_a_ministry_partner_with_a_central_port_and_crew_placement_is_high() -> None:
    assert_verdict_and_grounds(
        BITUNG, "high_risk", {"REG-042", "BUD-007", "TOC-008", "TOC-002"}, {"REG-049"}
    )


def test_the_saran_counts_no_note_among_the_other_risks() -> None:
    a = assessed(BITUNG)
    assert check(BITUNG, "REG-033").status == "risk"
    assert check(BITUNG, "REG-033").severity == "info"
    saran = saran_of(BITUNG)
    first = saran.split(" 2. ", 1)[0]
    others = [
        c.rule_id
        for c in a.checks
        if c.status == "risk" and c.severity in ("medium", "low") and c.rule_id not in first
    ]
    said = f"{_spelled(len(others), 'id')} risiko lain "
    assert said in saran
    # the note's theme (REG-033, regulatory) is not counted: "regulasi" stands among the
    # themes only where a risk that is no note is regulatory (REG-054, the city's SMK
    # programme)
    regulatory = any(check(BITUNG, r).domain == "regulatory" for r in others)
    themes = saran.split(said, 1)[1].split(" sesuai ", 1)[0]
    assert ("regulasi" in themes) == regulatory


def test_a_border_partnership_of_unequal_level_is_high_on_the_central_port() -> None:
    assert_verdict_and_grounds(BELU, "high_risk", {"REG-042", "REG-002"}, {"REG-010", "REG-016"})


def test_changes_to_a_verified_plan_come_before_the_draft_under_way_is_finished() -> None:
    said = memo(BELU)
    assert "sebelum naskah perjanjian disusun" not in said
    assert "sebelum naskah perjanjian selesai disusun" in saran_of(BELU)
    plan = said.split("RENCANA TINDAK LANJUT PER TAHAP", 1)[1].split("LANGKAH PROSEDUR", 1)[0]
    assert "sudah diverifikasi dan naskah perjanjian sedang disusun" in plan


def test_kemendagri_is_asked_of_the_equal_level_before_central_approval_once_verified() -> None:
    texts = [r.text.id for r in check(BELU, "REG-002").recommendations]
    assert not [t for t in texts if "diajukan untuk diverifikasi" in t]
    assert [t for t in texts if "sebelum persetujuan pemerintah pusat dimohonkan" in t]


def test_before_verification_kemendagri_is_still_asked_before_the_plan_goes(
    tmp_path: Path,
) -> None:
    text = BELU.read_text("utf-8")
    text = text.replace(
        "{step: verification, status: done, date: 2026-02-03}",
        "{step: verification, status: pending}",
    ).replace("  - {step: agreement_drafting, status: in_progress}\n", "")
    path = tmp_path / "before-verification.yaml"
    path.write_text(text, "utf-8")
    texts = [r.text.id for r in check(path, "REG-002").recommendations]
    assert [t for t in texts if "sebelum rencana kerja sama diajukan untuk diverifikasi" in t]
    assert not [t for t in texts if "persetujuan pemerintah pusat dimohonkan" in t]


def test_a_drafted_agreement_is_amended_before_the_signing(tmp_path: Path) -> None:
    text = BELU.read_text("utf-8").replace(
        "{step: agreement_drafting, status: in_progress}",
        "{step: agreement_drafting, status: done, date: 2026-04-01}",
    )
    path = tmp_path / "drafted.yaml"
    path.write_text(text, "utf-8")
    saran = saran_of(path)
    assert "naskah perjanjiannya sudah disusun" in saran
    assert "dan naskahnya bila perlu, sebelum MoU ditandatangani" in saran


def test_a_new_province_with_no_money_and_one_officer_is_high() -> None:
    assert_verdict_and_grounds(
        PAPUA_BARAT_DAYA,
        "high_risk",
        {"BUD-001", "IMP-001", "HR-002", "HR-003", "HR-004", "HR-005"},
        {"REG-002", "REG-032"},
    )
    assert "special_autonomy" in [n.code for n in assessed(PAPUA_BARAT_DAYA).notices]


def test_a_healthy_partner_funded_education_partnership_is_low() -> None:
    assert_verdict_and_grounds(MALANG, "low_risk", set(), {"BUD-002", "BUD-001", "REG-026"})


def test_an_mou_ending_in_three_months_with_stalled_programmes_is_medium() -> None:
    assert_verdict_and_grounds(
        JABAR, "medium_risk", {"IMP-004", "BUD-003", "BUD-004", "REG-026"}, set()
    )
    assert "mou_expiring" in [n.code for n in assessed(JABAR).notices]


def test_the_partner_never_acts() -> None:
    for path in (BITUNG, BELU, PAPUA_BARAT_DAYA, MALANG, JABAR):
        assert_partner_never_acts(path)


def test_one_cut_last_year_reads_as_a_whole_sentence() -> None:
    """164's BUD-004 reason read "…: belum dana yang sering kali berubah …", a clause with
    no verb (the helper's reading of the whole memo)."""
    why = check(JABAR, "BUD-004").why.id
    assert "Satu kejadian belum menunjukkan dana yang sering kali berubah" in " ".join(why.split())


def test_the_joint_committee_meets_for_the_evaluation_before_the_mou_ends() -> None:
    """164's joint committee, idle for seventeen months, was told to meet "dalam tiga bulan
    ke depan" under "Bila kerja sama dilanjutkan": three months out is the MoU's last day, and
    the meeting is what the evaluation needs."""
    plan = memo(JABAR).split("RENCANA TINDAK LANJUT PER TAHAP", 1)[1].split("SARAN", 1)[0]
    evaluation, later = plan.split("Bila kerja sama dilanjutkan", 1)
    assert "sidang kelompok kerja bersama, tatap muka atau daring, sebelum evaluasi" in evaluation
    assert "sidang kelompok kerja bersama" not in later


def test_a_study_showing_equal_territory_clears_the_unequal_level(tmp_path: Path) -> None:
    """PP 28/2018 asks "kesetaraan status administrasi dan/atau kesetaraan wilayah", as
    REG-002's own statement says ("tingkat administrasi atau wilayahnya"), yet no fact could
    record the study showing it: 161's border districts (about 1,280 and 1,370 km²) kept the
    finding whatever the study said. ``basis.equal_territory: true`` now clears it; a file
    that does not say keeps it."""
    assert check(BELU, "REG-002").status == "risk"
    text = BELU.read_text("utf-8").replace(
        "  people_to_people: true\n", "  people_to_people: true\n  equal_territory: true\n", 1
    )
    path = tmp_path / "equal-territory.yaml"
    path.write_text(text, "utf-8")
    assert check(path, "REG-002").status == "clear"
    assert "REG-002" not in memo(path).split("Lampiran", 1)[0]
