"""What a memo says around an MoU whose term has lapsed or ends within months (Indonesian
wording review words18: A5, A11, B1, B7): the Saran does not read as a decision to end the
partnership, names the day the MoU ended, puts the decision first when the term is about to
end, and the notices name the plan's actions, not the memo's Saran, and the same ways on
(an extension, a new MoU, an end) as the Saran and the actions."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import paracheck
from paracheck.report import render
from paracheck.report.advice import advice

#: words18's lapsed MoU, in short: Sumatera Barat – Gyeongsangbuk-do, signed 12 May 2016 for
#: five years, evaluated on 15 March 2024
SUMBAR: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Evaluasi Sister Province Sumatera Barat – Gyeongsangbuk-do (MoU 2016)",
    "date": "2024-03-15",
    "stage": "evaluation",
    "form": "sister_province",
    "local": {"name": "Provinsi Sumatera Barat", "level": "province"},
    "partner": {
        "name": "Gyeongsangbuk-do",
        "country": "KR",
        "level": "province",
        "kind": "regional_government",
    },
    "sectors": [
        {"name": "education", "lead_agency": None, "programs": []},
        {
            "name": "agriculture",
            "lead_agency": "Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
            "programs": [
                {
                    "name": "Magang petani muda",
                    "status": "stalled",
                    "started": "2017-04-03",
                    "last_activity": "2019-11-30",
                }
            ],
        },
    ],
    "procedure": [
        {"step": "letter_of_intent", "status": "done", "date": "2015-09-10"},
        {"step": "dprd_approval", "status": "done", "date": "2016-01-28"},
        {"step": "full_powers", "status": "done", "date": "2016-05-02"},
        {"step": "signing", "status": "done", "date": "2016-05-12"},
        {"step": "reporting", "status": "in_progress"},
    ],
    "agreement": {"signatory": "full_powers_holder", "expires": "2021-05-11"},
}


def _assess(date: str = "2024-03-15", **changes: Any) -> paracheck.Assessment:
    data = copy.deepcopy(SUMBAR)
    data.update(changes, date=date)
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def _notice(a: paracheck.Assessment, code: str) -> Any:
    (notice,) = [n for n in a.notices if n.code == code]
    return notice


def test_the_lapsed_notice_names_the_plans_actions_not_the_saran():
    # words18 B1: "Saran dalam telaahan ini yang mengandaikan …" beside a Saran section that
    # says nothing of programmes or joint monitoring
    said = _notice(_assess(), "mou_expired").text
    assert "Saran" not in said.id
    assert "Tindak lanjut dalam rencana ini yang mengandaikan kerja sama masih berjalan" in said.id
    assert "baru dilaksanakan bila kerja sama dilanjutkan dengan MoU baru" in said.id
    assert "Advice in this memo" not in said.en


def test_the_expiring_notice_offers_the_extension_the_memo_speaks_of():
    # words18 B7: the notice offered only "MoU baru" while the Saran spoke of "perpanjangan"
    a = _assess(date="2021-05-01")
    said = _notice(a, "mou_expiring").text
    assert "apakah kerja sama diperpanjang atau dilanjutkan dengan MoU baru, atau diakhiri" in (
        said.id
    )
    assert "is extended or goes on under a new MoU, or ends" in said.en
    first = advice(a, "id")[0]
    assert "apakah kerja sama dilanjutkan, melalui perpanjangan MoU atau MoU baru, atau" in first
    # the procedure said of both ways: a new MoU's, and an extension's confirmed with
    # Kemendagri (trial 250 H1: the procedure attached to "MoU baru" alone)
    assert "MoU baru disusun melalui tahapan kerja sama menurut PP 28/2018 dan Permendagri" in (
        first
    )
    assert "tahapan untuk perpanjangan MoU dikonsultasikan lebih dulu dengan Kemendagri" in (first)


def test_the_lapsed_saran_does_not_read_as_ending_the_partnership_and_names_the_day():
    # words18 A5: "Kerja sama tidak dilanjutkan atas dasar MoU …" is first read as "the
    # cooperation is not continued", the very choice the sentence leaves to the Gubernur
    first = advice(_assess(), "id")[0]
    assert not first.startswith("Kerja sama tidak dilanjutkan")
    # words20 B1: "tidak lagi dijalankan atas dasar MoU" read as the activities having
    # stopped; the file lists them running: they no longer have the MoU as their basis
    assert "tidak lagi dijalankan" not in first
    assert first.startswith(
        "Masa berlaku MoU telah berakhir pada 11 Mei 2021, dan tidak ada program yang tercatat "
        "masih berjalan sesudahnya. Biro Kerja Sama ditugaskan menyiapkan evaluasi kerja sama"
    )
    assert "menyusun MoU baru" in first and "mengakhiri kerja sama secara resmi" in first
    english = advice(_assess(), "en")[0]
    assert "ended on May 11, 2021" in english and "Cooperation Bureau" in english


def test_an_mou_ending_within_days_puts_the_decision_first():
    # words18 A11: "Kerja sama dapat dilanjutkan dengan pembenahan" came before "… berakhir
    # (10 hari lagi)": the first sentence decided what the second left open
    said = advice(_assess(date="2021-05-01"), "id")
    assert said[0].startswith("Masa berlaku MoU berakhir pada 11 Mei 2021 (10 hari lagi). ")
    assert not any("dapat dilanjutkan" in s for s in said)
    assert said[1].startswith("Bila kerja sama dilanjutkan, ")
    assert "risiko tinggi" in said[1]


def test_a_notice_about_the_mous_term_carries_its_day():
    for date, code in (("2024-03-15", "mou_expired"), ("2021-05-01", "mou_expiring")):
        a = _assess(date=date)
        assert _notice(a, code).date == dt.date(2021, 5, 11)
        doc = json.loads(render(a, "json", "id"))
        (notice,) = [n for n in doc["notices"] if n["code"] == code]
        assert notice["date"] == "2021-05-11"
        # a report rebuilt from the JSON says the same Saran
        again = paracheck.Assessment.model_validate(doc)
        assert advice(again, "id") == advice(a, "id")


def test_the_blank_checklist_calls_its_advice_rekomendasi_as_its_items_do():
    # words18 B1: "Saran" is the memo's closing section; the checklist's items label their
    # advice "Rekomendasi"
    from paracheck.report.messages import message

    intro = message("checklist.intro", "id")
    assert "saran" not in intro.lower()
    assert "rekomendasi yang bertanda tahap lebih lanjut" in intro


def _csv_recommendations(a: paracheck.Assessment, lang: str = "id") -> dict[str, str]:
    import csv
    import io

    rows = csv.DictReader(io.StringIO(render(a, "csv", lang)))
    return {r["rule_id"]: r["recommendations"] for r in rows if r["recommendations"]}


HELD = "Bila kerja sama dilanjutkan dengan MoU baru — "


def test_the_csv_keeps_the_condition_on_advice_held_for_a_new_mou():
    # words18 A8: in a Biro's tracking sheet, "Perencanaan / Biro Kerja Sama: Siapkan
    # keputusan …" read as an order for today on an MoU that ended three years before
    recs = _csv_recommendations(_assess())
    assert recs["IMP-001"].startswith(f"{HELD}Perencanaan / Biro Kerja Sama: Siapkan keputusan")
    # the stalled programme: its decision and formal cancellation kept with the evaluation,
    # its rescheduling held (trial22 #5)
    lapsed = "Evaluasi dan keputusan atas MoU yang telah berakhir / "
    assert recs["IMP-004"].startswith(lapsed)
    assert f"{HELD}Pelaksanaan / " in recs["IMP-004"]
    assert recs["IMP-004"].split(HELD)[1].split(": ", 1)[1].startswith("Jadwalkan ulang")
    # what the plan keeps under the evaluation reads under the evaluation's heading, as the
    # memo's plan and risk details head it (trial 26 M2: the CSV said "Pemantauan")
    assert recs["REG-026"].startswith(f"{lapsed}Biro Kerja Sama: Siapkan laporan")
    assert recs["IMP-005"].startswith(lapsed)
    english = _csv_recommendations(_assess(), "en")
    assert english["IMP-001"].startswith("If the cooperation goes on under a new MoU — Planning / ")
    # the same MoU judged while in force, running, more than six months before the end: no
    # condition anywhere (beside mou_expiring the plan and the CSV hold advice "Bila kerja
    # sama dilanjutkan — …": test_expiring_mou_plan)
    in_force = _csv_recommendations(_assess(date="2020-10-01", stage="active"))
    assert in_force["IMP-001"].startswith("Perencanaan / Biro Kerja Sama: Siapkan keputusan")
    assert not any("dilanjutkan — " in text for text in in_force.values())
    # judged in force at the evaluation stage, the decision on going on is pending: the CSV
    # holds the advice as the plan does, "Bila kerja sama dilanjutkan — …", not for a new MoU
    deciding = _csv_recommendations(_assess(date="2020-10-01"))
    assert deciding["IMP-001"].startswith(
        "Bila kerja sama dilanjutkan — Perencanaan / Biro Kerja Sama: Siapkan keputusan"
    )
    assert deciding["REG-026"].startswith("Evaluasi dan keputusan atas kelanjutan kerja sama / ")
    assert not any(HELD in text for text in deciding.values())


def test_the_risk_details_say_which_advice_waits_for_a_new_mou_in_every_format():
    a = _assess()
    for fmt in ("markdown", "text", "html"):
        out = render(a, fmt, "id")
        details = out[out.lower().index("rincian risiko") :]
        assert f"{HELD}Perencanaan" in details, fmt
    # the report owed for the term that ran (REG-026) is kept: it reads as the plan's group
    # it is listed under (trial22 #12)
    details = render(a, "markdown", "id").split("## Rincian risiko")[1]
    assert (
        "  - Evaluasi dan keputusan atas MoU yang telah berakhir · **Biro Kerja Sama**: "
        "Siapkan laporan"
    ) in details


def test_a_citys_kept_advice_is_matched_under_its_bagian_name():
    # a city's plan says "Bagian Kerja Sama": the advice it keeps after the term is still
    # found kept in the CSV (the assessment writes both by the region's level)
    a = _assess(local={"name": "Kota Padang", "level": "city"})
    recs = _csv_recommendations(a)
    assert recs["REG-026"].startswith(
        "Evaluasi dan keputusan atas MoU yang telah berakhir / Bagian Kerja Sama: Siapkan laporan"
    )
    assert recs["IMP-001"].startswith(f"{HELD}Perencanaan / Bagian Kerja Sama")


def test_a_lapsed_mou_too_empty_to_judge_says_so_and_has_the_data_completed():
    # words20 B6: the lapsed Saran of an incomplete file ordered an evaluation without a word
    # on the checks it could not judge, where the expiring one said it and asked for the data
    a = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2026-09-01",
            "stage": "active",
            "local": {"name": "Kota Contoh", "level": "city"},
            "agreement": {"expires": "2025-06-30"},
        }
    )
    assert a.verdict == "incomplete"
    said = advice(a, "id")
    assert said[0].startswith("Masa berlaku MoU telah berakhir")
    assert any(s.startswith("Kerja sama belum dapat dinilai:") for s in said), said
    assert any(
        "melengkapi data kerja sama menurut daftar pertanyaan sebagai bahan evaluasi" in s
        for s in said
    ), said
