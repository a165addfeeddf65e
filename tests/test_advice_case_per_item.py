"""A recommendation's case that reads the item (``when`` on a recommendation of a rule run
per sector or programme) is decided on each item the check fired on, not once for the
check: newcomer trial 19 #2 gave "Karena seluruh program sektor ini sudah dibatalkan" to a
sector that never had a programme, because another sector's programmes were all cancelled,
and "Susun paling sedikit satu program …" to the sector whose programmes were cancelled.
The advice carries the items it is for (``items`` on the recommendation and, by rule, on
the action), and the plan line names those items and their agencies only."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report import render

CANCELLED = "Karena seluruh program sektor ini sudah dibatalkan"
DRAW_UP = "Susun paling sedikit satu program nyata"


def _file(stage: str = "active", **more: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota A – City of B",
        "date": "2024-05-20",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kota Kupang", "level": "city"},
        "procedure": [{"step": "signing", "status": "done", "date": "2021-06-05"}],
        "sectors": [
            {
                "name": "tourism",
                "lead_agency": "Dinas Pariwisata Kota Kupang",
                "programs": [{"name": "Promosi bersama", "status": "cancelled"}],
            },
            {"name": "education", "lead_agency": "Dinas Pendidikan Kota Kupang", "programs": []},
            {"name": "culture", "lead_agency": "Dinas Kebudayaan Kota Kupang", "programs": []},
        ],
        **more,
    }


def _opening(text: str) -> str:
    return next((said for said in (CANCELLED, DRAW_UP) if text.startswith(said)), text)


def _imp002(a: Any) -> Any:
    return next(c for c in a.checks if c.rule_id == "IMP-002")


def test_each_sector_gets_the_advice_of_its_own_case():
    a = paracheck.assess(_file())
    check = _imp002(a)
    assert check.status == "risk"
    assert check.items == ["sectors[0]", "sectors[1]", "sectors[2]"]
    by_text = {_opening(r.text.id): r.items for r in check.recommendations}
    assert by_text == {CANCELLED: ["sectors[0]"], DRAW_UP: ["sectors[1]", "sectors[2]"]}
    acts = {_opening(act.text.id): act.items for act in a.actions if "IMP-002" in act.rules}
    assert acts == {
        CANCELLED: {"IMP-002": ["sectors[0]"]},
        DRAW_UP: {"IMP-002": ["sectors[1]", "sectors[2]"]},
    }


def test_the_plan_names_only_the_sectors_each_advice_is_for():
    memo = render(paracheck.assess(_file()), "markdown", lang="id")
    lines = [line for line in memo.splitlines() if "(IMP-002:" in line]
    cancelled = next(line for line in lines if CANCELLED in line)
    assert "sektor pariwisata" in cancelled
    assert "pendidikan" not in cancelled and "kebudayaan" not in cancelled.split(CANCELLED)[1]
    drawn = [line for line in lines if DRAW_UP in line]
    # one line per agency, each with its own empty sector; none for the cancelled one
    assert len(drawn) == 2
    assert all("pariwisata" not in line.lower() for line in drawn)
    assert any(
        "Dinas Pendidikan Kota Kupang" in line and "sektor pendidikan" in line for line in drawn
    )
    assert any(
        "Dinas Kebudayaan Kota Kupang" in line and "sektor kebudayaan" in line for line in drawn
    )


@pytest.mark.parametrize("fmt", ["markdown", "text", "html", "csv"])
def test_the_risk_details_name_the_sector_each_advice_is_for(fmt):
    out = render(paracheck.assess(_file()), fmt, lang="id")
    if fmt == "csv":
        said = next(line for line in out.splitlines() if ",IMP-002," in line)
    else:  # the risk's details: after the plan, the last place the advice is given
        said = " ".join(out.split())  # a text report wraps its lines
        said = said[said.rindex(CANCELLED) :]
    after = " ".join(said.split()).split(CANCELLED, 1)[1]
    end = after.index("yang nyata.")
    assert after[end:].startswith("yang nyata. (sektor pariwisata)")


def test_a_case_true_on_every_item_carries_no_items():
    data = _file()
    data["sectors"][0]["programs"] = []  # now no sector has a programme
    check = _imp002(paracheck.assess(data))
    assert check.status == "risk"
    assert [r.items for r in check.recommendations] == [None]
    assert all(act.items is None for act in paracheck.assess(data).actions)
