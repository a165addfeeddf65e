"""The oversight of the people and goods a cooperation's activities move holds whatever the
head of region decides on going on (newcomer trial 21 #1, #2). Beside an MoU ending within
months, a lapsed one, or at an evaluation, the trafficking and narcotics advice for a worker
placement running now was held "Bila kerja sama dilanjutkan" in the Saran (and, with the
expiring MoU's plan, in the plan too), while the same file without an end date got it firm.
Now the plan lists it under "Selama kegiatan kerja sama masih berjalan, apa pun
keputusannya" and the Saran assigns it now."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import render

FILE = Path(__file__).parent / "data" / "kalbar-sarawak-expiring-2026.yaml"
_HEADS = {
    "id": ("## Rencana tindak lanjut per tahap", "## Saran"),
    "en": ("## Action plan by stage", "## Recommendation"),
}
RUNNING = "Selama kegiatan kerja sama masih berjalan, apa pun keputusannya"


def _data(**changes: Any) -> dict[str, Any]:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data.update(changes)
    return data


def _memo(data: dict[str, Any], lang: str = "id") -> tuple[list[str], str, list[str]]:
    """(the plan's headings, the plan, the Saran's items) of the Markdown memo, judged on the
    file's date given as the date judged (as `--as-of` does): a lapse in 2027 is this file's
    case, not a date still to come to be checked first (that case: trial22 #11,
    tests/test_lapsed_mou_on_a_future_date.py)."""
    proposal = paracheck.Proposal.model_validate(data)
    memo = render(paracheck.assess(proposal, as_of=proposal.date), "markdown", lang=lang)
    plan_h, saran_h = _HEADS[lang]
    plan = memo.split(plan_h, 1)[1].split(saran_h, 1)[0]
    saran = memo.split(saran_h, 1)[1].split("---", 1)[0]
    headings = [line.strip("*") for line in plan.splitlines() if line.startswith("**")]
    items = [line for line in saran.splitlines() if line[:1].isdigit()]
    return headings, plan, items


def _group(plan: str, heading: str) -> str:
    return plan.split(f"**{heading}**", 1)[1].split("\n**", 1)[0]


def test_beside_an_ending_mou_the_trafficking_checks_of_a_running_placement_are_assigned_now():
    headings, plan, saran = _memo(_data())
    assert "mou_expiring" in {
        n.code for n in paracheck.assess(paracheck.Proposal.model_validate(_data())).notices
    }
    assert RUNNING in headings
    running = _group(plan, RUNNING)
    assert "(TOC-007)" in running and "(TOC-003)" in running
    # nothing about trafficking or narcotics is held for the case the cooperation goes on
    for heading in headings:
        if heading.startswith("Bila kerja sama dilanjutkan"):
            assert "TOC-" not in _group(plan, heading)
    said = " ".join(saran)
    assert "TOC-007" in said
    for item in saran:
        if "TOC-007" in item:
            assert "ila kerja sama dilanjutkan" not in item.split("TOC-007", 1)[0]
    # the decision assigns them itself, no assignment after it saying it again (trial 250 L5)
    assert any(
        item.startswith(
            "2. Tanpa menunggu keputusan itu, Biro Kerja Sama dan Dinas Tenaga Kerja dan "
            "Transmigrasi Provinsi Kalimantan Barat ditugaskan segera menindaklanjuti dua "
            "risiko tinggi"
        )
        for item in saran
    ), saran
    assert not any("menindaklanjuti risiko tersebut" in item for item in saran), saran


def test_the_same_file_without_an_end_date_gets_the_same_advice_firm():
    # the control: the end date alone must not decide whether the advice is firm
    headings, _plan, saran = _memo(_data(agreement={"signatory": "head_of_region"}))
    assert RUNNING not in headings
    # assigned, in the decision itself (review 310, 13) or after it
    assert any(
        "TOC-007" in item and ("ditugaskan" in item or "ditindaklanjuti oleh" in item)
        for item in saran
    ) or any("ditugaskan menindaklanjuti risiko tersebut" in item for item in saran)
    assert not any("ila kerja sama dilanjutkan" in item for item in saran)


def test_beside_a_lapsed_mou_the_trafficking_checks_are_not_held_for_a_new_mou():
    data = _data(date="2027-05-10", stage="evaluation")
    headings, _plan, saran = _memo(data)
    assert headings[0] == "Evaluasi dan keputusan atas MoU yang telah berakhir"
    assert headings[1] == RUNNING
    for item in saran:
        if "TOC-007" in item:
            assert "MoU baru" not in item.split("TOC-007", 1)[0]
    assert any("TOC-007" in item for item in saran)


def test_at_the_evaluation_stage_the_oversight_is_kept_and_the_rest_waits_for_the_decision():
    data = _data(date="2026-06-01", stage="evaluation")
    headings, plan, _ = _memo(data)
    assert headings[:2] == ["Evaluasi dan keputusan atas kelanjutan kerja sama", RUNNING] or (
        headings[0] == RUNNING
    )
    assert "(TOC-007)" in _group(plan, RUNNING)


def test_the_english_memo_heads_the_oversight_the_same_way():
    headings, _plan, saran = _memo(_data(), "en")
    assert "While the cooperation's activities go on, whatever is decided" in headings
    assert any(
        item.startswith("2. Without waiting for that decision, assign the Cooperation Bureau")
        for item in saran
    ), saran


def test_funding_the_programmes_up_to_the_end_is_asked_before_the_end_not_if_it_goes_on():
    # trial20 #2 / trial21 #4: BUD-005 beside an ending MoU funds the unfinished programmes to
    # the end (now) and leaves the medium-term frame to the decision
    headings, plan, _ = _memo(_data())
    first = _group(plan, headings[0])
    assert headings[0].startswith("Evaluasi dan keputusan sebelum masa berlaku MoU berakhir")
    assert "pastikan dana program yang belum selesai sampai MoU berakhir" in first
    assert "untuk seluruh masa kerja sama" not in plan


def test_the_saran_beside_a_lapsed_mou_names_the_report_owed_to_the_minister():
    # words23 A4: the plan and the procedure table asked for the report now; the Saran the
    # head signs left it out (the evaluation stage of an MoU in force already says it)
    _, _, saran = _memo(_data(date="2027-05-10", stage="evaluation"))
    # words26 A3: the programmes still running come first, their agencies assigned; the
    # evaluation, with the report, is the next item
    assert saran[0].startswith("1. Masa berlaku MoU telah berakhir pada 31 Maret 2027, tetapi")
    assert saran[1].startswith("2. Biro Kerja Sama ditugaskan menyiapkan evaluasi")
    assert "laporan hasil evaluasi disampaikan Gubernur kepada Menteri Dalam Negeri" in saran[1]
    # recorded as done, it is not asked again
    data = _data(date="2027-05-10", stage="evaluation")
    data["procedure"] = [*data["procedure"], {"step": "reporting", "status": "done"}]
    _, _, saran = _memo(data)
    assert "Menteri Dalam Negeri" not in saran[1]


def test_the_lapsed_notice_names_the_programmes_still_running_and_whose_they_are():
    # trial21 #3: a memo on a lapsed MoU never said what still ran without a basis
    data = _data(date="2027-05-10", stage="evaluation")
    data["sectors"][1]["programs"][0]["last_activity"] = "2027-04-20"
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    said = notice.text.id
    assert (
        "Program yang tercatat masih berjalan sesudah tanggal itu: "
        "“Pelatihan dan penempatan pekerja perkebunan sawit di Sarawak” (Dinas Tenaga Kerja dan "
        "Transmigrasi Provinsi Kalimantan Barat); “Temu dagang lintas batas Entikong–Tebedu” "
        "(Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Barat); Perangkat Daerah "
        "pengampunya agar memastikan dasar pelaksanaannya dan tidak membuat komitmen baru "
        "dengan mitra sampai ada keputusan atas hasil evaluasi; kegiatan yang dapat dihentikan "
        "tanpa merugikan peserta agar dihentikan sementara."
    ) in said
    # the scholarship finished before the end is not named
    assert "Beasiswa" not in said
    assert "Programmes recorded as still running since then: “Pelatihan" in notice.text.en
    # nothing running after the end: no such sentence
    for sector in data["sectors"]:
        for program in sector["programs"]:
            program.update(status="done", last_activity="2026-12-01")
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    assert "masih berjalan atau berkegiatan" not in notice.text.id


def test_beside_a_lapsed_mou_with_nothing_running_the_oversight_waits_for_a_new_mou():
    """Held-out 32 (trial 29 M6 alike): every programme stalled or finished before the MoU
    lapsed, and the memo still ordered "pengawasan kegiatan yang masih berjalan … dilakukan
    sekarang" and opened its Saran with "Kegiatan kerja sama yang masih berjalan …". With
    nothing recorded as running after the last day, there is nothing to oversee now: the
    oversight is held for a new MoU like the rest, and the Saran says nothing runs."""
    data = _data(date="2027-05-10", stage="evaluation")
    for sector in data["sectors"]:
        for program in sector["programs"]:
            program.update(status="stalled", last_activity="2026-12-01")
    proposal = paracheck.Proposal.model_validate(data)
    a = paracheck.assess(proposal, as_of=proposal.date)
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    assert not notice.running
    oversight = {
        c.rule_id for c in a.checks if c.status == "risk" and c.domain == "transnational_crime"
    }
    assert oversight, "the file must still carry a trafficking or narcotics risk"
    headings, plan, saran = _memo(data)
    assert RUNNING not in headings
    held = " ".join(
        _group(plan, h) for h in headings if h.startswith("Bila kerja sama dilanjutkan")
    )
    for rule in oversight:
        assert f"({rule})" in held
    assert saran[0].startswith(
        "1. Masa berlaku MoU telah berakhir pada 31 Maret 2027, dan tidak ada program yang "
        "tercatat masih berjalan sesudahnya. Biro Kerja Sama ditugaskan menyiapkan evaluasi"
    )
    memo = render(a, "text", lang="id")
    assert "masih berjalan (" not in memo  # the verdict note names no running oversight
    assert "dilakukan sekarang, apa pun keputusannya" not in memo
    # the control: one programme active after the last day brings the oversight back now
    data["sectors"][0]["programs"][0].update(status="ongoing", last_activity="2027-04-20")
    headings, _plan, _saran = _memo(data)
    assert RUNNING in headings
