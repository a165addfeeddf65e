"""A comparison and a batch summary say an MoU's end as the memo does (words19 B10): the
removed "MoU segera berakhir" is not listed beside the MoU that lapsed between the two dates
("Tidak ada lagi pada versi baru: MoU segera berakhir" read as a warning cleared); a notice
that appears or goes is said without "Baru pada versi baru" (new twice); and an expiring MoU's
summary note carries its day, as a lapsed one's does ("MoU segera berakhir (11 Mei 2021)",
"MoU berakhir hari ini (…)")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.batch import BatchItem
from tests.test_diff_notices_and_dates import AFTER, BEFORE, _assess
from tests.test_lapsed_mou_words import SUMBAR


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_mou_that_lapsed_between_the_dates_is_not_also_a_warning_gone(fmt):
    d = paracheck.diff(_assess(BEFORE), _assess(AFTER))
    assert [n.code for n in d.notices_removed] == ["mou_expiring"]  # the contract keeps it
    out = " ".join(paracheck.render_diff(d, fmt, "id").split())
    assert "berakhir pada 11 Mei 2021, di antara tanggal penilaian kedua versi" in out
    assert "MoU segera berakhir" not in out
    assert "Tidak ada lagi pada versi baru" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_notice_that_appears_or_goes_is_said_without_new_twice(fmt):
    # the wrong way round: the expiring notice appears, the lapsed one goes
    d = paracheck.diff(_assess(AFTER), _assess(BEFORE))
    out = " ".join(paracheck.render_diff(d, fmt, "id").split())
    assert "Muncul pada versi baru: Masa berlaku MoU akan berakhir pada 11 Mei 2021" in out
    assert "Tidak muncul lagi pada versi baru: masa berlaku MoU telah berakhir." in out
    assert "Baru pada versi baru" not in out


def _summary(*dates: str) -> str:
    items = []
    for i, date in enumerate(dates):
        data: dict[str, Any] = copy.deepcopy(SUMBAR)
        data["date"] = date
        items.append(
            BatchItem(f"v{i}.yaml", paracheck.assess(paracheck.Proposal.model_validate(data)))
        )
    pieces = paracheck.render_batch(items, "markdown", "id", summary_only=True)
    return " ".join("".join(p.decode() if isinstance(p, bytes) else p for p in pieces).split())


def test_an_expiring_mous_summary_note_carries_its_day():
    out = _summary(BEFORE, "2021-05-11", AFTER)
    assert "MoU segera berakhir (11 Mei 2021)" in out
    assert "MoU berakhir hari ini (11 Mei 2021)" in out  # it ends on the date judged
    assert "masa berlaku MoU telah berakhir (11 Mei 2021)" in out
    assert "MoU segera berakhir;" not in out and "MoU segera berakhir |" not in out


def test_an_expiring_notice_has_short_words_with_its_day_in_both_languages():
    a = _assess(BEFORE)
    short = next(n.short for n in a.notices if n.code == "mou_expiring")
    assert short is not None
    assert short.id == "MoU segera berakhir (11 Mei 2021)"
    assert short.en.startswith("MoU ending soon (") and "2021" in short.en
