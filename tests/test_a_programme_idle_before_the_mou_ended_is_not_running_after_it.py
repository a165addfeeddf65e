"""A programme recorded as running but idle long before a lapsed MoU's end (trial 340 H2).

Written down before the change, with the reasoning: Kalimantan Barat's evaluation of its 2017
MoU with Kiên Giang (lapsed 19 April 2022, judged October 2025) records its shrimp-farming
programme as "ongoing" — the fisheries office's report still says "berjalan" — with its last
activity on 28 March 2019, three years before the end. The memo told the office to stop its
activities now (REG-051, "masih berjalan"), and ordered the oversight of the trafficking and
narcotics checks "sekarang, apa pun keputusannya", while nothing has happened since 2019. The
file's date says more than its stale label: a programme idle for more than half a year (IMP-005's
yardstick) when the term ended, and not active after it, did not run after the end.

Expected:
- REG-051 finds nothing; the lapsed-MoU notice lists the programme as idle, with its last
  activity's date, not as running;
- the Saran's first item says the MoU lapsed, that no programme has been active since, and that
  the programme is recorded as running but was idle more than six months before the end — the
  decay the Gubernur weighs, not an activity to stop;
- a programme last active two months before the end is still running after it (REG-051 risk);
- beside a partner reorganised since, its notice says the confirmation is for a new MoU
  (trial 340 M7: "melanjutkan kerja sama ini" before any decision to go on).
"""

from __future__ import annotations

import copy

import pytest

import paracheck

KALBAR = {
    "schema": "paracheck/proposal/v1",
    "title": "Evaluasi Kalimantan Barat – Kiên Giang",
    "date": "2025-10-15",
    "stage": "evaluation",
    "form": "sister_province",
    "local": {"name": "Provinsi Kalimantan Barat", "level": "province"},
    "partner": {"name": "Kiên Giang", "country": "VN", "level": "province"},
    "agreement": {"expires": "2022-04-19"},
    "procedure": [{"step": "signing", "status": "done", "date": "2017-04-20"}],
    "sectors": [
        {
            "name": "fisheries",
            "lead_agency": "Dinas Kelautan dan Perikanan",
            "programs": [
                {
                    "name": "Alih teknologi budi daya udang",
                    "status": "ongoing",
                    "started": "2017-11-06",
                    "last_activity": "2019-03-28",
                }
            ],
        }
    ],
}


def _assessed(proposal: dict) -> paracheck.Assessment:
    return paracheck.assess(proposal)


def _reg051(a: paracheck.Assessment) -> paracheck.Check:
    return next(c for c in a.checks if c.rule_id == "REG-051")


def _lapsed(a: paracheck.Assessment):
    return next(n for n in a.notices if n.code == "mou_expired")


def test_a_programme_idle_years_before_the_end_is_no_finding_of_running_without_an_mou():
    a = _assessed(KALBAR)
    assert _reg051(a).status == "clear"
    notice = _lapsed(a)
    assert notice.running is None
    assert [p.name.id for p in notice.idle] == ["“Alih teknologi budi daya udang”"]
    assert str(notice.idle[0].last_activity) == "2019-03-28"
    assert "kegiatan terakhir 28 Maret 2019" in notice.text.id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_says_the_decay_not_a_stop(lang):
    memo = " ".join(paracheck.render(_assessed(KALBAR), "markdown", lang).split())
    said = {
        "id": "tidak ada program yang berkegiatan sesudahnya: program “Alih teknologi budi daya "
        "udang” (kegiatan terakhir 28 Maret 2019) masih tercatat berjalan, tetapi tidak "
        "berkegiatan selama lebih dari enam bulan sebelum MoU berakhir",
        "en": "no programme has been active since: the programme “Alih teknologi budi daya "
        "udang” (last active March 28, 2019) is recorded as running, but had been idle for more "
        "than six months when the MoU ended",
    }[lang]
    assert said in memo
    stop = {"id": "dihentikan sementara", "en": "suspended"}[lang]
    assert stop not in memo


def test_a_programme_active_shortly_before_the_end_still_runs_after_it():
    recent = copy.deepcopy(KALBAR)
    recent["sectors"][0]["programs"][0]["last_activity"] = "2022-02-15"
    a = _assessed(recent)
    assert _reg051(a).status == "risk"
    assert [p.name.id for p in _lapsed(a).running] == ["“Alih teknologi budi daya udang”"]
    assert _lapsed(a).idle is None


def test_a_reorganised_partner_is_confirmed_for_a_new_mou_beside_a_lapsed_one():
    a = _assessed(KALBAR)
    notice = next(n for n in a.notices if n.code == "partner_reorganised")
    assert notice.text.id.endswith(
        "Karena masa berlaku MoU telah berakhir, langkah itu baru diambil bila kerja sama "
        "diputuskan dilanjutkan dengan MoU baru, sebelum naskahnya disusun."
    )
    running = copy.deepcopy(KALBAR)
    running["agreement"]["expires"] = "2027-04-19"  # in force on the date judged
    (kept,) = [n for n in _assessed(running).notices if n.code == "partner_reorganised"]
    assert "masa berlaku MoU telah berakhir" not in kept.text.id
