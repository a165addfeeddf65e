"""A span of time is said as people say it: "5 tahun 7 bulan", not "2049 hari" (memo17).

Days stay under two months ("45 hari"), and under a year beside the months ("5 bulan 28
hari"), so a programme idle for 181 days never reads as "5 bulan" beside a rule counting
"lebih dari 180 hari"."""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from paracheck.facts.labels import elapsed
from paracheck.facts.model import Proposal

SIGNED = dt.date(2015, 6, 10)


@pytest.mark.parametrize(
    ("days", "id_words", "en_words"),
    [
        (1, "1 hari", "1 day"),
        (45, "45 hari", "45 days"),
        (59, "59 hari", "59 days"),
        (75, "2 bulan 14 hari", "2 months 14 days"),
        (366, "1 tahun", "1 year"),  # 10 June 2015 to 10 June 2016 (a leap year between)
        (2049, "5 tahun 7 bulan", "5 years 7 months"),  # to 18 January 2021
    ],
)
def test_a_span_is_said_in_days_under_two_months_else_in_months_and_years(days, id_words, en_words):
    end = SIGNED + dt.timedelta(days=days)
    assert elapsed(SIGNED, end, "id") == id_words
    assert elapsed(SIGNED, end, "en") == en_words


def test_a_span_just_over_180_days_keeps_its_days_beside_the_months():
    # 31 August to 28 February is 181 days: five calendar months and 28 days, never "6 bulan"
    # (rounded up) nor a bare "5 bulan" (less than the 180 days a rule counts)
    start, end = dt.date(2023, 8, 31), dt.date(2024, 2, 28)
    assert (end - start).days == 181
    assert elapsed(start, end, "id") == "5 bulan 28 hari"


def test_an_mou_ending_in_months_says_the_months_left_not_the_days():
    proposal = Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2026-09-01",
            "stage": "active",
            "agreement": {"expires": "2026-12-31"},
        }
    )
    result = paracheck.assess(proposal)
    (notice,) = [n for n in result.notices if n.code == "mou_expiring"]
    # 1 September to 31 December 2026: 121 days
    assert "(3 bulan 30 hari lagi)" in notice.text.id
    assert "(in 3 months 30 days)" in notice.text.en
    assert "121" not in notice.text.id
