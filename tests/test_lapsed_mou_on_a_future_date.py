"""A lapsed MoU judged on a date still to come: the Saran neither states the end as past nor
assigns work while it says the decision waits.

Trial 22, finding 11 (the Banyuwangi file judged 15 March 2027, its MoU ending 15 December 2026,
on 1 December 2026): Saran 1 said the MoU "telah berakhir pada 15 Desember 2026", an end still
to come; Saran 2 "… lalu kerja sama dinilai ulang; keputusan menunggu penilaian ulang itu",
while Saran 1 and 3 assigned the evaluation and IMP-002's follow-up. Now the date is checked
first, the end is said as of the date judged and conditional on it, and no office is assigned
follow-up before the new assessment.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

from .test_evaluation_inputs_said_in_the_evaluation import ENDING


def _future(lapsed: bool = True) -> Any:
    """The file judged two years from today, its MoU ending a year from today (lapsed on the
    date judged) or three years from today (running)."""
    today = dt.date.today()
    data = copy.deepcopy(ENDING)
    data["date"] = str(today + dt.timedelta(days=730))
    data["agreement"] = {"expires": str(today + dt.timedelta(days=365 if lapsed else 1095))}
    for sector in data["sectors"]:
        for program in sector["programs"]:
            if "last_activity" in program:
                program["last_activity"] = str(today + dt.timedelta(days=700))
    return paracheck.assess(data)


def test_a_future_lapse_is_not_said_in_the_past_tense_nor_assigned_before_the_date_is_checked():
    a = _future()
    codes = {n.code for n in a.notices}
    assert {"future_date", "mou_expired"} <= codes, codes
    said = advice(a, "id")
    # the date first, and the decision waits for the assessment after it
    assert said[0].startswith("Bagian Kerja Sama ditugaskan memperbaiki data"), said
    assert "keputusan menunggu penilaian ulang itu" in said[0]
    # no past tense about an end that has not come
    assert not any("telah berakhir" in s for s in said), said
    second = said[1]
    assert second.startswith("Bila tanggal penilaian itu benar, "), second
    # no office assigned follow-up now, beside "keputusan menunggu"
    assert not any("ditugaskan menindaklanjuti" in s for s in said), said
    english = advice(a, "en")
    assert not any("ended" in s for s in english), english
    assert english[1].startswith("If the date judged is right, "), english


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_future_lapse_is_not_said_in_the_past_tense_in_the_notice_nor_the_verdict_line(lang):
    """The notice and the Kesimpulan say the end as of the date judged, still to come, not
    "telah berakhir" / "ended" (trial22 #11: left on the branch beside the Saran's fix)."""
    a = _future()
    past = re.compile({"id": r"telah berakhir", "en": r"\b(?:ended|expired)\b"}[lang])
    notice = next(n for n in a.notices if n.code == "mou_expired")
    said = notice.text.get(lang)
    assert not past.search(said), said
    assert {"id": "sebelum tanggal penilaian yang belum tiba", "en": "which has not come yet"}[
        lang
    ] in said, said
    assert notice.short is not None
    assert not past.search(notice.short.get(lang)), notice.short
    note = view.verdict_note(a, lang)
    assert not past.search(note), note
    assert {"id": "berakhir sebelum tanggal penilaian", "en": "ends before the date judged"}[
        lang
    ] in note, note


def test_a_lapse_judged_on_a_past_date_keeps_its_saran_notice_and_verdict_line():
    """The control: the same file judged on its own past date says the MoU ended, assigns the
    running programme's agency now (fix26, words26 A3) and the follow-up."""
    data = copy.deepcopy(ENDING)
    data["date"] = "2026-03-15"
    a = paracheck.assess(data)
    said = advice(a, "id")
    assert said[0].startswith("Masa berlaku MoU telah berakhir pada 15 Desember 2025, tetapi")
    assert "Dinas Perikanan" in said[0] and "tidak membuat komitmen baru" in said[0], said[0]
    assert any("ditugaskan menindaklanjuti" in s for s in said), said
    notice = next(n for n in a.notices if n.code == "mou_expired")
    assert notice.text.id.startswith("Masa berlaku MoU telah berakhir pada 15 Desember 2025")
    assert view.verdict_note(a, "id").startswith("Masa berlaku MoU telah berakhir (15 Desember")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_future_lapse_is_not_said_in_the_past_tense_in_the_plan_nor_the_risk_details(lang):
    """The plan's evaluation group, and the stage the risk details give its actions, say the
    end as of the date judged (fix28's leftover of trial22 #11: "Evaluasi dan keputusan atas
    MoU yang telah berakhir" over an end still to come)."""
    a = _future()
    past = re.compile({"id": r"telah berakhir", "en": r"\b(?:ended|expired|lapsed)\b"}[lang])
    plan = view.action_plan(a, lang)
    headings = [heading for heading, _ in plan]
    ahead = {"id": "berakhir sebelum tanggal penilaian", "en": "ending before the date judged"}
    assert any(ahead[lang] in h for h in headings), headings
    assert not any(past.search(h) for h in headings), headings
    kept = view.kept_after_expiry(a)
    assert kept is not None
    assert ahead[lang] in kept.heading(lang)
