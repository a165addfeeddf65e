"""Held-out 230–237, written and judged on paper by two helpers acting as cooperation officers
before paracheck ran on them (expectations and reasons first: trial230/EXPECTED.md and
trial231/EXPECTED.md in the session's notes).

Trial 230, through the web form: Kabupaten Banyuwangi – Kota Rui'an (PRC), a 2026 proposal
with a Chinese firm's fish-processing plant and an SMK exchange, typed field by field (230);
Provinsi Sulawesi Selatan – State of South Australia re-assessed in 2026 (231), then with one
programme finished and a stalled one cancelled in the form, as the tool advised (232).
Trial 231, on the command line: Kota Padang – Hildesheim at its end-of-term evaluation (233),
Sulawesi Selatan – Wageningen University, a foreign university, evaluated seven months before
its end (234), Kabupaten Pamekasan – Al-Ahsa (Saudi Arabia) with a religious strand (235), and
Kota Bitung – General Santos proposed in March 2020 and signed after the regime changed
(236, 237).

Seven of eight verdicts as written; the eighth argued below (230). What was wrong, and mended:
- 232 (trial 230 #1): cancelling the stalled programme that had run in 2023 made its sector
  "wacana tanpa tindakan" (IMP-002) and the memo Risiko tinggi; deleting the sector kept it
  sedang. A programme cancelled after it ran is no talk: IMP-012's note.
- PDF (trial 231 #1): the heat map stopped after seven cells, its codes spilled out as text.
- 233 (#2): a yearly report of ten months before was to be submitted as the evaluation; (#6)
  the SMK placement running past the MoU's end was in no sentence.
- 235 (#3): the Saran named the religion blocker alone beside three high risks.
- 236 → 237 (#4): HR-005 cleared in the comparison only because a programme was cancelled.
- 236 (#5): "dapat diteruskan ke konsultasi dengan Kemendagri … sebelum DPRD memberikan
  persetujuan" read as the consultation before the DPRD's approval.
- 234 (#7): GOV-003 ticked "reported regularly" beside REG-026's report over a year old;
  (#12) the MoU's end seven months away was on no first screen.
- 230, 233 (trial 230 #6, trial 231, trial 210 #12): an SMK programme run by a regency or a
  city, unflagged: REG-054 (low).

Left (argued in the session's note): the investment component a sister-city form cannot hold
(trial 230 #2); Kemenag rather than Kemendagri beside a religious subject (trial 231 #9);
``other`` counted as a law-enforcement body (#10); TOC-012 on student exchanges with Europe
(#11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import render_diff
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BANYUWANGI = DATA / "holdout230-banyuwangi-ruian-2026.yaml"
SULSEL_SA = DATA / "holdout231-sulsel-southaustralia-2026.yaml"
SULSEL_SA_UPDATED = DATA / "holdout232-sulsel-southaustralia-2026-updated.yaml"
PADANG = DATA / "holdout233-padang-hildesheim-2026.yaml"
WAGENINGEN = DATA / "holdout234-sulsel-wur-2026.yaml"
PAMEKASAN = DATA / "holdout235-pamekasan-alahsa-2026.yaml"
BITUNG_2020 = DATA / "holdout236-bitung-gensan-2020.yaml"
BITUNG_2021 = DATA / "holdout237-bitung-gensan-2021.yaml"
ALL = (
    BANYUWANGI,
    SULSEL_SA,
    SULSEL_SA_UPDATED,
    PADANG,
    WAGENINGEN,
    PAMEKASAN,
    BITUNG_2020,
    BITUNG_2021,
)


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        # Written "Risiko tinggi" on paper, on the investment mixed into a sister-city MoU
        # and the procedure not complete. A proposal's steps still ahead are no risk (the
        # helper agreed: "the verdict logic was right, the gap is in what the form can hold");
        # the investment has no fact to read (left, the session's note). Risiko sedang on the
        # narcotics route to the PRC, the language, the replies, the one-year budget and the
        # monitoring plan; the SMK exchange is REG-054's low risk
        (BANYUWANGI, "medium_risk", {"TOC-011", "HR-002", "GOV-002", "REG-054"}, {"IMP-002"}),
        (SULSEL_SA, "medium_risk", {"IMP-004", "GOV-021", "BUD-003"}, {"IMP-002"}),
        # the stalled seaweed programme cancelled after it ran (2023): no talk without action
        (SULSEL_SA_UPDATED, "medium_risk", {"IMP-004", "IMP-012"}, {"IMP-002"}),
        (PADANG, "medium_risk", {"IMP-004", "IMP-005", "REG-054"}, {"REG-026", "IMP-002"}),
        (WAGENINGEN, "medium_risk", {"IMP-004", "BUD-003", "REG-026"}, {"GOV-003", "HR-002"}),
        # the madrasah programmes are Kemenag's schools, not the province's: no REG-054
        (PAMEKASAN, "blocked", {"REG-030", "HR-001", "IMP-001", "IMP-002"}, {"REG-054"}),
        (BITUNG_2020, "high_risk", {"REG-042", "TOC-007"}, {"REG-001", "REG-030"}),
        (BITUNG_2021, "high_risk", {"REG-042", "IMP-002"}, {"TOC-007", "HR-005"}),
    ],
)
def test_each_file_gets_the_verdict_judged_on_paper(path, verdict, risks, not_risks):
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_the_partner_never_acts(path):
    assert_partner_never_acts(path)


def test_closing_the_stalled_programme_as_advised_raises_nothing():
    old, new = assessed(SULSEL_SA), assessed(SULSEL_SA_UPDATED)
    comparison = paracheck.diff(old, new)
    assert not comparison.new_risks
    assert new.score <= old.score


def test_the_ending_evaluation_names_what_runs_past_the_end_and_updates_the_old_report():
    first = advice(assessed(PADANG), "id")[0]
    flat = " ".join(first.split())
    updated = "disampaikan pada 20 Januari 2026 dan perkembangan sesudahnya"
    assert updated in flat
    assert (
        "Sampai perpanjangan atau MoU baru ditandatangani, Perangkat Daerah pengampu program"
        in flat
    )
    assert "Magang vokasi siswa SMK" in flat


def test_the_university_evaluation_is_told_its_end_and_gov_003_is_recorded_under_reg_026():
    a = assessed(WAGENINGEN)
    assert "mou_ending_within_year" in {n.code for n in a.notices}
    gov = next(c for c in a.checks if c.rule_id == "GOV-003")
    assert gov.status == "clear" and gov.covered_by == "REG-026"


def test_the_blocked_memo_counts_the_high_risks_the_cure_leaves():
    said = advice(assessed(PAMEKASAN), "id")
    (beside,) = [s for s in said if s.startswith("Selain penghambat itu")]
    for rule in ("HR-001", "IMP-001", "IMP-002"):
        assert rule in beside


def test_the_march_2020_proposal_goes_on_after_the_dprd_approves_the_adjusted_plan():
    first = " ".join(advice(assessed(BITUNG_2020), "id")[0].split())
    assert "dan (c) DPRD menyetujui rencana yang telah disesuaikan. Penerusan usulan juga" in first
    assert "sebelum DPRD memberikan persetujuan" not in first


def test_the_comparison_says_hr_005_cleared_only_by_the_cancelled_programme():
    pair = tuple(paracheck.load_proposal(str(p)) for p in (BITUNG_2020, BITUNG_2021))
    old, new = (paracheck.assess(p) for p in pair)
    comparison = paracheck.diff(old, new, pair)
    text = " ".join(render_diff(comparison, "text", "id", assessments=(old, new)).split())
    assert "HR-005" in text
    assert "sehingga sektornya tidak dihitung lagi; fakta lain yang dinilai" in text
