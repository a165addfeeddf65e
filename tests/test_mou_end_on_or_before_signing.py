"""An MoU's end date on or before its signing is a slip of one date or the other, at every
stage: the report says to check both dates and never that the MoU lapsed or is ending.

Before: an MoU ending on the day it was signed was told "Masa berlaku MoU telah berakhir pada
…" (a term of one day, lapsed ever after), and a proposal (or a file of unstated stage) whose
planned signing came after its MoU's end date was passed over in silence — the check ran only
for a signed MoU.
"""

from __future__ import annotations

import pytest

import paracheck
from paracheck.facts.model import Proposal


def _codes(stage: str | None, expires: str, signed: str, status: str = "done") -> list[str]:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2024-03-01",
        "agreement": {"expires": expires},
        "procedure": [{"step": "signing", "status": status, "date": signed}],
    }
    if stage is not None:
        data["stage"] = stage
    return [n.code for n in paracheck.assess(Proposal.model_validate(data)).notices]


@pytest.mark.parametrize("stage", ["mou_signed", "active", "evaluation"])
def test_an_mou_ending_on_the_day_it_is_signed_is_told_to_check_the_dates(stage):
    codes = _codes(stage, "2020-05-01", "2020-05-01")
    assert "mou_expires_before_signing" in codes
    assert "mou_expired" not in codes and "mou_expiring" not in codes


def test_the_day_of_signing_is_said_as_one_day_not_as_an_earlier_date():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2024-03-01",
        "stage": "active",
        "agreement": {"expires": "2020-02-29"},
        "procedure": [{"step": "signing", "status": "done", "date": "2020-02-29"}],
    }
    result = paracheck.assess(Proposal.model_validate(data))
    [notice] = [n for n in result.notices if n.code == "mou_expires_before_signing"]
    assert notice.text.id.startswith(
        "Tanggal berakhirnya MoU (29 Februari 2020) sama dengan tanggal penandatanganannya: "
    )
    assert "lebih awal" not in notice.text.id
    assert "is the day of its signing" in notice.text.en


@pytest.mark.parametrize("stage", ["proposal", None])
def test_a_planned_signing_after_the_mou_end_is_told_to_check_the_dates(stage):
    codes = _codes(stage, "2023-01-01", "2024-06-01", status="pending")
    assert "mou_expires_before_signing" in codes


@pytest.mark.parametrize("stage", ["proposal", None])
def test_a_proposal_whose_mou_ends_after_its_signing_gets_no_term_notice(stage):
    codes = _codes(stage, "2029-06-01", "2024-06-01", status="pending")
    assert not {"mou_expires_before_signing", "mou_expired", "mou_expiring"} & set(codes)


def test_an_mou_ending_the_day_after_its_signing_is_judged_by_its_term():
    assert "mou_expired" in _codes("active", "2020-05-02", "2020-05-01")
