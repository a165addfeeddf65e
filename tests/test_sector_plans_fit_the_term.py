"""The sector plans IMP-006 and IMP-002 advise fit what the file says of the MoU and its
programmes (trial18 #3, #8).

An MoU ending in five months was told to plan "untuk dua belas bulan ke depan"; a partnership
that had cancelled every programme of two sectors, as IMP-004 advises for stalled ones, was
told to plan a year of activity in them, and IMP-002 ticked "Setiap sektor mempunyai paling
sedikit satu program" for them.
"""

from __future__ import annotations

import paracheck
from paracheck.facts.model import Proposal

TWELVE = "untuk dua belas bulan ke depan"
TO_THE_END = "sampai MoU berakhir"
CLOSE = "ditutup secara resmi melalui perubahan rencana aksi atau lampiran MoU"


def _running(sectors: list[dict], **fields) -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Contoh – Kurume",
        "date": "2027-06-01",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Kurume", "country": "JP", "level": "municipality"},
        "procedure": [{"step": "signing", "status": "done", "date": "2022-11-10"}],
        "sectors": sectors,
        **fields,
    }
    return paracheck.assess(Proposal.model_validate(data))


def _advice(a: paracheck.Assessment, rule: str) -> str:
    check = next(c for c in a.checks if c.rule_id == rule)
    return " ".join(r.text.id for r in check.recommendations)


IDLE = [
    {"name": "culture", "programs": [{"name": "Festival", "status": "ongoing"}]},
    {"name": "trade", "programs": [{"name": "Temu bisnis", "status": "stalled"}]},
    {"name": "education", "programs": [{"name": "Magang", "status": "planned"}]},
]


def test_an_mou_ending_within_the_year_plans_its_sectors_up_to_its_end_not_a_year_ahead():
    ending = _running(IDLE, agreement={"expires": "2028-02-01"})  # eight months left
    said = _advice(ending, "IMP-006")
    assert TO_THE_END in said and "MoU baru" in said
    assert TWELVE not in said
    plan = " ".join(act.text.id for act in ending.actions)
    assert TWELVE not in plan and TO_THE_END in plan


def test_an_mou_ending_within_six_months_settles_its_idle_sectors_in_the_evaluation():
    # the head of region decides within that time whether to go on: the idle sector is an
    # input to the evaluation, not a plan to the end held on that decision (newcomer trial 23
    # U2; tests/test_idle_sector_before_the_end_is_for_the_evaluation.py)
    ending = _running(IDLE, agreement={"expires": "2027-11-09"})
    assert "mou_expiring" in {n.code for n in ending.notices}
    plan = " ".join(act.text.id for act in ending.actions)
    assert "usulkan dalam evaluasi kerja sama" in plan
    assert TWELVE not in plan and TO_THE_END not in plan


def test_an_mou_with_more_than_a_year_to_run_or_no_end_given_plans_twelve_months():
    for fields in ({"agreement": {"expires": "2030-11-09"}}, {}):
        said = _advice(_running(IDLE, **fields), "IMP-006")
        assert TWELVE in said and TO_THE_END not in said, fields


def test_a_lapsed_mou_keeps_the_twelve_month_plan_for_a_new_mou():
    # the lapsed plan holds it "bila kerja sama dilanjutkan dengan MoU baru"
    said = _advice(_running(IDLE, agreement={"expires": "2027-01-31"}), "IMP-006")
    assert TWELVE in said and TO_THE_END not in said


CANCELLED = [
    {"name": "culture", "programs": [{"name": "Festival", "status": "ongoing"}]},
    {"name": "environment", "programs": [{"name": "IPAL", "status": "ongoing"}]},
    {"name": "trade", "programs": [{"name": "Temu bisnis", "status": "cancelled"}]},
    {"name": "education", "programs": [{"name": "Magang", "status": "cancelled"}]},
]


def test_sectors_whose_programmes_were_all_cancelled_are_closed_with_the_partner_not_planned():
    a = _running(CANCELLED)
    imp002 = next(c for c in a.checks if c.rule_id == "IMP-002")
    assert imp002.status == "risk"
    assert imp002.items == ["sectors[2]", "sectors[3]"]
    assert CLOSE in _advice(a, "IMP-002")
    # the lagging sectors are exactly IMP-002's: IMP-006 is recorded there, not a second high
    # risk planning a year in sectors to close (newcomer trial 19 #5)
    imp006 = next(c for c in a.checks if c.rule_id == "IMP-006")
    assert (imp006.status, imp006.covered_by) == ("clear", "IMP-002")
    assert not [act for act in a.actions if "IMP-006" in act.rules]
    closing = [act for act in a.actions if "IMP-002" in act.rules]
    assert [act.counterpart for act in closing] == ["mitra"]


def test_a_sector_with_a_cancelled_and_a_live_programme_has_a_programme():
    sectors = [
        {"name": "culture", "programs": [{"name": "Festival", "status": "ongoing"}]},
        {
            "name": "trade",
            "programs": [
                {"name": "Temu bisnis", "status": "cancelled"},
                {"name": "Pameran", "status": "stalled"},
            ],
        },
        {"name": "education", "programs": [{"name": "Magang"}]},  # status not given
    ]
    a = _running(sectors)
    assert next(c for c in a.checks if c.rule_id == "IMP-002").status == "clear"
    # the stalled and the unstated programme's sectors are still meant to run: plan them
    assert TWELVE in _advice(a, "IMP-006")


def test_an_empty_sector_is_still_told_to_get_a_programme_or_leave_the_text():
    a = _running([{"name": "culture", "programs": []}])
    said = _advice(a, "IMP-002")
    assert "Susun paling sedikit satu program nyata" in said and CLOSE not in said
