"""A sister province decaying after its MoU is told what is owed now, and what it lost is not
called "not yet" (trial 420: Sulawesi Tenggara – Jeollanam-do, MoU 14 March 2016 to 13 March
2021, re-assessed in 2019, 2020 and 2022).

- M2: five months before the MoU's end, with no report to the Home Affairs Minister since
  2017, the report was held "Bila kerja sama dilanjutkan": the report on the time not yet
  reported is owed whatever is decided, while the MoU is in force.
- H2: a budget withdrawn read "tahun lalu belum ada anggaran … itu bukan tanda serapan yang
  rendah": not yet funded, and a reassurance. It says "tidak ada" now, and nothing more.

(H1, IMP-006 counting a sector whose programmes all ended years ago as moving, is left. Two
other readings were measured over the corpus: a completed programme counting only within the
year turned eighteen verdicts, among them a two-sector partnership with one sector delivered
fourteen months before and one running, low to high; half of the sectors not yet finished
turned eleven, most of them three sectors with one finished, one idle and one running, where
the one idle sector is IMP-011's. The decay the trial saw is said now by the comparison: how
long each persisting risk has stood, and "risikonya bertambah". Closing note 58.)
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
ENDING = DATA / "trial420-sultra-jeonnam-2020.yaml"
LAPSED = DATA / "trial420-sultra-jeonnam-2022.yaml"


def _assess_text(text: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal_text(text))


def _check(a: paracheck.Assessment, rule: str) -> paracheck.Check:
    return next(c for c in a.checks if c.rule_id == rule)


def test_the_report_not_yet_sent_is_owed_now_beside_an_ending_mou() -> None:
    a = _assess_text(ENDING.read_text(encoding="utf-8"))
    assert "mou_expiring" in {n.code for n in a.notices}
    assert _check(a, "GOV-003").status == "risk"
    # GOV-003's one action, under a heading that does not wait for the decision
    ((heading, text),) = [
        (heading, str(item["text"]))
        for heading, items in view.action_plan(a, "id")
        for item in items
        if "GOV-003" in (item.get("rules") or [])
    ]
    assert not heading.startswith("Bila kerja sama dilanjutkan"), heading
    assert text.startswith("Siapkan laporan pelaksanaan yang mencakup kurun waktu sejak laporan")


def test_a_budget_withdrawn_is_not_said_to_be_not_yet_given() -> None:
    a = _assess_text(LAPSED.read_text(encoding="utf-8"))
    spent = _check(a, "BUD-003")
    assert spent.not_applicable is not None
    said = spent.not_applicable.id
    assert said.startswith("tahun lalu tidak ada anggaran untuk kerja sama ini")
    assert "belum ada" not in said and "bukan tanda serapan" not in said


def test_a_comparison_whose_verdict_stayed_says_the_risks_grew() -> None:
    # trial 420 M4: "Kesimpulan tetap: Risiko sedang" led a comparison whose risks went from
    # two to twelve; the line says which way they moved, and says nothing where both moved
    year_one = paracheck.assess(
        paracheck.load_proposal(str(DATA / "trial420-sultra-jeonnam-2017.yaml"))
    )
    year_three = paracheck.assess(
        paracheck.load_proposal(str(DATA / "trial420-sultra-jeonnam-2019.yaml"))
    )
    assert year_one.verdict == year_three.verdict == "medium_risk"
    worse = paracheck.diff_view(paracheck.diff(year_one, year_three), "id")
    assert worse.verdict == (
        "Kesimpulan tetap: Risiko sedang, tetapi jumlah risikonya bertambah: sepuluh risiko "
        "baru, dan tidak ada risiko lama yang kini tanpa temuan"
    )
    back = paracheck.diff_view(paracheck.diff(year_three, year_one), "en")
    assert back.verdict == (
        "Verdict unchanged: Medium risk, and there are fewer risks: 10 cleared, none new"
    )


def test_a_memo_says_how_long_ago_the_committee_met_and_the_last_report_went() -> None:
    # trial 420 M1: "Pertemuan terakhir … 7 November 2017" beside the date judged, and a
    # reader of one memo could not tell a one-year silence from a four-year one
    a = _assess_text(LAPSED.read_text(encoding="utf-8"))
    notes = {
        e.path: e.note
        for c in a.checks
        for e in c.evidence
        if e.path
        in ("governance.joint_committee_last_met", "procedure.reporting.date", "agreement.expires")
    }
    assert (
        notes["governance.joint_committee_last_met"].id
        == "4 tahun 7 bulan sebelum tanggal penilaian"
    )
    assert notes["procedure.reporting.date"].en == "4 years 6 months before the date judged"
    assert notes["agreement.expires"].id == "1 tahun 3 bulan sebelum tanggal penilaian"


def test_a_date_after_the_date_judged_carries_no_such_note() -> None:
    # the MoU still in force: its end lies ahead, which the expiring notice says
    a = _assess_text(ENDING.read_text(encoding="utf-8"))
    ends = [e for c in a.checks for e in c.evidence if e.path == "agreement.expires"]
    assert ends and all(e.note is None for e in ends)


def test_no_dedicated_officer_beside_a_lapsed_mou_is_someone_for_the_evaluation_now() -> None:
    """Trial 420 M2's other half: the verdict's one high risk, HR-001, held only "Bila kerja
    sama dilanjutkan dengan MoU baru" while the evaluation and the scholars abroad needed an
    officer now."""
    a = _assess_text(LAPSED.read_text(encoding="utf-8"))
    assert _check(a, "HR-001").status == "risk"
    (now, held) = [
        (heading, str(item["text"]))
        for heading, items in view.action_plan(a, "id")
        for item in items
        if "HR-001" in (item.get("rules") or [])
    ]
    assert not now[0].startswith("Bila kerja sama dilanjutkan"), now
    assert now[1].startswith("Tugaskan staf yang menyiapkan evaluasi kerja sama"), now
    # the dedicated officer waits for a new MoU, with the rest of its follow-up
    assert held[0].startswith("Bila kerja sama dilanjutkan dengan MoU baru"), held
    assert held[1] == "Tunjuk paling sedikit satu staf yang khusus menangani kerja sama ini."
