"""While the head of region decides whether to go on, the memo's first lines say who prepares
the evaluation, what is owed now, and do not make a finding conditional (practitioner trial
22: #1 the verdict line of a lapsed MoU put the oversight of crews travelling now off to a
new MoU; #4 the report to the Minister fell out of the Saran when the evaluation stage met an
ending MoU; #8 "Bila kerja sama dilanjutkan, pemeriksaan tidak menemukan risiko"; #9 the
ending MoU's Saran named no office)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"


def _assess(name: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(DATA / f"trial22-{name}.yaml")))


def test_the_lapsed_verdict_line_says_the_oversight_of_activities_under_way_is_done_now():
    a = _assess("f-lapsed-toc")
    said = view.verdict_note(a, "id")
    assert said.startswith("Masa berlaku MoU telah berakhir (15 Juni 2026)")
    # the code with its title beside it, on the first screen (trial26 U1)
    toc = next(c for c in a.checks if c.rule_id == "TOC-007")
    assert said.endswith(
        f"pengawasan kegiatan yang masih berjalan (TOC-007: {toc.title.get('id')}) dilakukan "
        "sekarang, apa pun keputusannya."
    )
    english = view.verdict_note(a, "en")
    assert f"(TOC-007: {toc.title.get('en')}) is carried out now, whatever is decided" in english


def test_the_ending_mous_saran_assigns_the_unit_and_keeps_the_report_owed_at_an_evaluation():
    a = _assess("d-eval-ending-4m")
    assert a.proposal.stage == "evaluation"
    first = advice(a, "id")[0]
    assert first.startswith("Masa berlaku MoU berakhir pada 15 Februari 2027 (4 bulan lagi). ")
    assert "Bagian Kerja Sama ditugaskan segera menyiapkan evaluasi kerja sama" in first
    # the decision's sentence ends on the report owed; the programmes still running follow
    # in a sentence of their own (trial 231 #6)
    decision, running = first.split(" Sampai perpanjangan atau MoU baru ditandatangani, ", 1)
    assert "; laporan hasil evaluasi disampaikan Bupati kepada Menteri Dalam Negeri. " in decision
    # what a procedure not complete by the day means (trial 250 H1)
    assert decision.endswith(
        "Bila perpanjangan atau MoU baru belum ditandatangani ketika masa berlaku MoU "
        "berakhir, kegiatan bersama mitra sesudah tanggal itu tidak lagi mempunyai dasar MoU."
    ), decision
    assert running.endswith(
        "agar tidak memulai kegiatan baru bersama mitra yang berlangsung melewati tanggal "
        "berakhirnya MoU; kegiatan yang dijalankan daerah sendiri, tanpa mitra, tidak "
        "bergantung pada MoU."
    ), running
    assert "Assign the Cooperation Section to prepare an evaluation now" in advice(a, "en")[0]


def test_a_low_risk_ending_mou_states_the_finding_without_a_condition():
    # the finished culture festival with its next edition planned: no finding at all
    text = (DATA / "trial22-e-province-5m.yaml").read_text(encoding="utf-8")
    planned = (
        "      - {name: Festival budaya bersama 2027, status: planned, budget_idr: 100000000,"
        " moves_people: false, kpis: ['10,000 visitors']}\n"
    )
    text = text.replace(
        "        last_activity: 2026-06-20\n", f"        last_activity: 2026-06-20\n{planned}"
    )
    a = paracheck.assess(paracheck.load_proposal_text(text))
    assert a.verdict == "low_risk" and not view.risks(a)
    saran = advice(a, "id")
    assert saran[0].startswith("Masa berlaku MoU berakhir pada")
    assert "Biro Kerja Sama ditugaskan segera menyiapkan" in saran[0]
    assert saran[1].startswith("Pemeriksaan tidak menemukan risiko yang perlu ditindaklanjuti; ")
    assert not any(s.startswith("Bila kerja sama dilanjutkan, pemeriksaan") for s in saran)


def test_a_low_risk_ending_mous_note_is_followed_up_in_the_evaluation_without_a_condition():
    # as filed: the festival finished with none after it, a note (IMP-012, fix33c)
    a = _assess("e-province-5m")
    assert a.verdict == "low_risk"
    assert [c.rule_id for c in view.risks(a)] == ["IMP-012"]
    saran = advice(a, "id")
    assert saran[1].startswith("Dalam evaluasi itu, satu catatan, yaitu "), saran
    assert not any(s.startswith("Bila kerja sama dilanjutkan") for s in saran), saran
