"""An MoU ending within the year, beyond the six months of ``mou_expiring``, gets the notice
``mou_ending_within_year``: the day it ends, that a new MoU goes through the procedure
again with the statutory steps in force on the date judged, and the evaluation to schedule
now, in the notice and in the Saran. Trial 210 #8: seven months before the end of a 2016
sister-city MoU the memo named the end only inside BUD-004's budget advice, and the Saran
said "Kerja sama dapat dilanjutkan dengan pembenahan" with no date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.report import render
from paracheck.report.advice import advice

AS_OF = dt.date(2026, 4, 20)


def _file(ends: dt.date, judged: dt.date = AS_OF) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Kupang – City of Darwin: tinjauan tahunan",
        "date": judged.isoformat(),
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Kupang", "level": "city"},
        "partner": {"name": "City of Darwin", "country": "AU", "level": "city"},
        "procedure": [{"step": "signing", "status": "done", "date": "2016-06-20"}],
        "agreement": {"expires": ends.isoformat()},
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan Kota Kupang",
                "programs": [{"name": "Pertukaran pelajar", "status": "ongoing"}],
            }
        ],
    }


def _codes(a: paracheck.Assessment) -> set[str]:
    return {n.code for n in a.notices}


@pytest.mark.parametrize(
    ("days", "code"),
    [
        (0, "mou_expiring"),
        (183, "mou_expiring"),
        (184, "mou_ending_within_year"),
        (225, "mou_ending_within_year"),
        (365, "mou_ending_within_year"),
        (366, None),
        (-1, "mou_expired"),
    ],
)
def test_one_notice_on_the_term_by_the_days_left(days, code):
    a = paracheck.assess(_file(AS_OF + dt.timedelta(days=days)), as_of=AS_OF)
    on_term = _codes(a) & {"mou_expiring", "mou_ending_within_year", "mou_expired"}
    assert on_term == ({code} if code else set())


def test_the_notice_gives_the_day_the_time_left_and_the_steps_of_the_later_order():
    ends = dt.date(2026, 11, 30)
    a = paracheck.assess(_file(ends), as_of=AS_OF)
    notice = next(n for n in a.notices if n.code == "mou_ending_within_year")
    assert notice.date == ends
    assert notice.action is None  # the evaluation's line in the plan is mou_expiring's
    assert notice.text.id.startswith(
        "Masa berlaku MoU akan berakhir pada 30 November 2026 (7 bulan 10 hari lagi). "
    )
    assert (
        "MoU baru itu harus melalui kembali tahapan kerja sama menurut PP 28/2018 dan "
        "Permendagri 25/2020, termasuk persetujuan DPRD dan persetujuan pemerintah pusat, "
        "sebelum ditandatangani" in notice.text.id
    )
    assert notice.text.id.endswith(
        "Karena itu, Bagian Kerja Sama agar segera melaksanakan evaluasi kerja sama, sehingga "
        "Wali Kota dapat memutuskan kelanjutannya cukup awal agar seluruh tahapan tersebut "
        "selesai sebelum 30 November 2026."
    )
    assert "the DPRD's approval and the central government's approval among them" in (
        notice.text.en
    )
    assert notice.short is not None and notice.short.id == (
        "MoU berakhir dalam setahun (30 November 2026)"
    )


def test_before_2020_only_the_dprd_approval_is_named():
    """Under Permendagri 3/2008 the central approval is no step of its own (the pack's
    statutory steps in force in 2019: the DPRD's approval)."""
    judged = dt.date(2019, 3, 1)
    a = paracheck.assess(_file(dt.date(2019, 12, 1), judged), as_of=judged)
    notice = next(n for n in a.notices if n.code == "mou_ending_within_year")
    assert "termasuk persetujuan DPRD, sebelum ditandatangani" in notice.text.id
    assert "pemerintah pusat" not in notice.text.id


def test_the_saran_assigns_the_evaluation_with_the_day_and_no_english():
    a = paracheck.assess(_file(dt.date(2026, 11, 30)), as_of=AS_OF)
    memo = render(a, "text", lang="id")
    saran = memo.split("\nSARAN\n", 1)[1].split("Lampiran", 1)[0]
    flat = " ".join(saran.split())
    assert (
        "Mengingat masa berlaku MoU berakhir pada 30 November 2026 (7 bulan 10 hari lagi), "
        "Bagian Kerja Sama ditugaskan segera melaksanakan evaluasi kerja sama agar Wali Kota "
        "dapat memutuskan kelanjutannya cukup awal; bila kerja sama dilanjutkan dengan MoU "
        "baru, seluruh tahapan MoU baru perlu selesai sebelum tanggal itu." in flat
    )
    english = " ".join(render(a, "text", lang="en").split())
    assert "The MoU's term ends on November 30, 2026 (in 7 months 10 days)" in english


def test_a_year_and_a_day_before_the_end_nothing_is_said_of_the_term():
    a = paracheck.assess(_file(AS_OF + dt.timedelta(days=366)), as_of=AS_OF)
    memo = " ".join(render(a, "text", lang="id").split())
    assert "Masa berlaku MoU" not in memo


def test_at_the_evaluation_stage_the_decision_is_asked_in_time_not_an_evaluation_scheduled():
    """At the evaluation stage the Saran's first item assigns the evaluation already: the
    notice asks for the head of region's decision on it in time for a new MoU's procedure,
    and the Saran does not schedule an evaluation a second time (a Wageningen evaluation of
    trial 231, seven months before the end, read "menyiapkan hasil evaluasi" and then
    "menjadwalkan evaluasi kerja sama sejak sekarang")."""
    proposal = _file(dt.date(2026, 11, 30))
    proposal["stage"] = "evaluation"
    a = paracheck.assess(proposal, as_of=AS_OF)
    notice = next(n for n in a.notices if n.code == "mou_ending_within_year")
    assert notice.text.id.endswith(
        "Karena itu, keputusan Wali Kota atas hasil evaluasi kerja sama perlu diambil cukup "
        "awal agar seluruh tahapan tersebut selesai sebelum 30 November 2026."
    )
    assert "melaksanakan evaluasi" not in notice.text.id
    saran = " ".join(" ".join(advice(a, "id")).split())
    assert "segera melaksanakan evaluasi" not in saran
    assert "evaluasi kerja sama" in saran  # the first item's own
