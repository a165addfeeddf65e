"""A sector idle because its only unfinished programme stalled asks one decision, not two
(trial 420 M3: Sulawesi Tenggara – Jeollanam-do in 2019, the seaweed training stalled since
October 2017 and the fisheries sector's only programme; the Saran read "termasuk dua
keputusan: apakah program “Pelatihan budi daya rumput laut di Wando-gun” yang terhenti
dijadwalkan ulang atau dibatalkan secara resmi (IMP-004) dan apakah sektor perikanan tanpa
kegiatan selama lebih dari enam bulan dilanjutkan, diubah, atau dihentikan (IMP-005)").

A sector with another programme running or planned keeps its own decision: rescheduling or
cancelling the stalled one does not say whether the sector goes on.

And a comparison quoting the advice a persisting risk now asks says which of it the plan
holds for the cooperation going on, as the plan does, while the head of region decides
(the 2019 and 2020 snapshots: "Jadwalkan ulang program ini" quoted bare beside "Putuskan
dalam evaluasi … apakah program ini dilanjutkan", five months before the MoU ended)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render_diff
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"
THREE_YEARS = DATA / "trial420-sultra-jeonnam-2019.yaml"
ENDING = DATA / "trial420-sultra-jeonnam-2020.yaml"
STALLED = (
    "        status: stalled           # angkatan kedua 2018 batal karena APBD tidak tersedia\n"
)


def _saran(text: str, lang: str = "id") -> str:
    a = paracheck.assess(paracheck.load_proposal_text(text))
    return " ".join(" ".join(advice(a, lang)).split())


def _with_second_fisheries_programme(status: str) -> str:
    """The 2019 snapshot with a second fisheries programme of that status, its last activity
    as old as the stalled one's (so the sector stays idle)."""
    text = THREE_YEARS.read_text(encoding="utf-8")
    assert STALLED in text
    second = (
        "      - name: Kajian rantai dingin rumput laut\n"
        f"        status: {status}\n"
        "        budget_idr: 100000000\n"
        "        apbd_idr: 100000000\n"
        '        kpis: ["satu kajian"]\n'
        "        started: 2016-11-01\n"
        "        last_activity: 2017-09-01\n"
        "        moves_people: false\n"
    )
    anchor = "        people_moved: students\n  - name: agriculture\n"
    assert anchor in text
    return text.replace(
        anchor, anchor.replace("  - name: agriculture\n", second + "  - name: agriculture\n")
    )


def test_a_sector_whose_only_programme_stalled_asks_one_decision() -> None:
    said = _saran(THREE_YEARS.read_text(encoding="utf-8"))
    assert (
        "termasuk keputusan apakah program “Pelatihan budi daya rumput laut di Wando-gun” yang "
        "terhenti dijadwalkan ulang atau dibatalkan secara resmi (IMP-004), yang sekaligus "
        "menentukan kelanjutan sektor perikanan, karena sektor itu tidak mempunyai program "
        "lain yang berjalan atau direncanakan (IMP-005)." in said
    )
    assert "dua keputusan" not in said
    assert "dilanjutkan, diubah, atau dihentikan (IMP-005)" not in said


def test_the_one_decision_reads_alike_in_english() -> None:
    said = _saran(THREE_YEARS.read_text(encoding="utf-8"), "en")
    assert (
        "including the decision whether to reschedule or formally cancel the stalled programme"
        in said
    )
    assert (
        "(IMP-004), which also settles whether the fisheries sector goes on, as it has no "
        "other programme running or planned (IMP-005)." in said
    )


def test_a_finished_programme_beside_the_stalled_one_leaves_one_decision() -> None:
    said = _saran(_with_second_fisheries_programme("done"))
    assert "yang sekaligus menentukan kelanjutan sektor perikanan" in said
    assert "dua keputusan" not in said


def test_a_programme_still_running_in_the_sector_keeps_the_sectors_own_decision() -> None:
    said = _saran(_with_second_fisheries_programme("ongoing"))
    assert (
        "termasuk dua keputusan: apakah program “Pelatihan budi daya rumput laut di Wando-gun” "
        "yang terhenti" in said
    )
    assert (
        "apakah sektor perikanan tanpa kegiatan selama lebih dari enam bulan dilanjutkan, "
        "diubah, atau dihentikan (IMP-005)" in said
    )
    assert "sekaligus menentukan" not in said


def test_a_comparison_says_which_advice_waits_for_the_cooperation_going_on() -> None:
    old, new = (paracheck.assess(paracheck.load_proposal(str(p))) for p in (THREE_YEARS, ENDING))
    text = " ".join(
        render_diff(paracheck.diff(old, new), "text", lang="id", assessments=(old, new)).split()
    )
    line = text[text.index("IMP-004 Program terhenti") :]
    assert (
        "“Putuskan dalam evaluasi kerja sama apakah program ini dilanjutkan; bila tidak, "
        "batalkan secara resmi.”; bila kerja sama dilanjutkan, “Jadwalkan ulang program ini "
        "dengan penanggung jawab yang jelas.”" in line
    )
    english = " ".join(
        render_diff(paracheck.diff(old, new), "text", lang="en", assessments=(old, new)).split()
    )
    assert (
        "if the cooperation goes on, “Reschedule the programme with a named person in charge.”"
        in english
    )
