"""Beside an MoU ending within months, the Saran names the programmes still running or
planned and has their agencies start nothing that runs past the end before the head of
region decides (trial 231 #6: a six-month SMK placement abroad, its cohorts leaving while the
renewal was undecided, was in no sentence; the lapsed MoU's notice names such programmes,
the ending one did not)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import paracheck
from paracheck.report.advice import advice

AS_OF = dt.date(2026, 12, 1)


def _file(ends: dt.date, programs: list[dict[str, Any]], date: dt.date = AS_OF) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota Kembar Kota Padang – Hildesheim: evaluasi",
        "date": date.isoformat(),
        "stage": "evaluation",
        "form": "sister_city",
        "local": {"name": "Kota Padang", "level": "city"},
        "partner": {"name": "Stadt Hildesheim", "country": "DE", "level": "city"},
        "procedure": [{"step": "signing", "status": "done", "date": "2022-05-02"}],
        "agreement": {"expires": ends.isoformat()},
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan Kota Padang",
                "programs": programs,
            }
        ],
    }


PLACEMENT = {"name": "Magang vokasi siswa SMK", "status": "ongoing"}


def _saran(a: paracheck.Assessment, lang: str = "id") -> str:
    return " ".join(" ".join(advice(a, lang)).split())


def test_the_running_programme_is_named_and_starts_nothing_past_the_end():
    a = paracheck.assess(_file(dt.date(2027, 5, 1), [PLACEMENT]), as_of=AS_OF)
    assert "mou_expiring" in {n.code for n in a.notices}
    said = _saran(a)
    assert (
        "Sampai perpanjangan atau MoU baru ditandatangani, Perangkat Daerah pengampu program "
        "yang masih berjalan atau direncanakan (“Magang vokasi siswa SMK”) agar tidak memulai "
        "kegiatan baru "
        "bersama mitra yang berlangsung melewati tanggal berakhirnya MoU; kegiatan yang "
        "dijalankan daerah sendiri, tanpa mitra, tidak bergantung pada MoU." in said
    )
    # trial 250 H2: "misalnya memberangkatkan peserta baru" stopped a city's own
    # pre-departure training of migrant workers; only joint activities wait
    assert "memberangkatkan peserta baru" not in said
    assert "should start no new joint activity with the partner that runs past" in _saran(a, "en")


def test_finished_and_stalled_programmes_are_not_named():
    programs = [
        {"name": "Pertukaran guru", "status": "done"},
        {"name": "Sistem peringatan banjir", "status": "stalled"},
    ]
    a = paracheck.assess(_file(dt.date(2027, 5, 1), programs), as_of=AS_OF)
    assert "Sampai perpanjangan atau MoU baru ditandatangani" not in _saran(a)


def test_many_programmes_are_named_three_and_counted():
    programs = [{"name": f"Program {n}", "status": "ongoing"} for n in range(1, 6)]
    a = paracheck.assess(_file(dt.date(2027, 5, 1), programs), as_of=AS_OF)
    assert "(“Program 1”; “Program 2”; “Program 3” dan dua lainnya)" in _saran(a)


def test_an_mou_ending_in_more_than_six_months_is_not_told_so_yet():
    a = paracheck.assess(_file(dt.date(2027, 9, 1), [PLACEMENT]), as_of=AS_OF)
    assert "Sampai perpanjangan atau MoU baru ditandatangani" not in _saran(a)


def test_a_2012_memo_names_the_agencies_by_that_eras_term():
    judged = dt.date(2012, 3, 1)
    proposal = _file(dt.date(2012, 6, 30), [PLACEMENT], judged)
    proposal["procedure"][0]["date"] = "2009-07-01"
    said = _saran(paracheck.assess(proposal, as_of=judged))
    assert "Sampai perpanjangan atau MoU baru ditandatangani, SKPD pengampu program" in said
