"""Within six months of the MoU's end, an idle sector (IMP-006) is settled in the evaluation,
not planned "to the end" under "Bila kerja sama dilanjutkan".

Newcomer trial 23 (U2): four months before a Kalimantan Utara–Sabah MoU ended, the plan put
"Karena masa berlaku MoU berakhir dalam setahun, susun rencana aksi per sektor sampai MoU
berakhir …" under "Bila kerja sama dilanjutkan — Pelaksanaan": a plan for the remaining months
held on a decision about the months after them. The head of region decides whether to go on
within that time; the idle sector is an input to that decision, as IMP-002's ending case is.
Between six and twelve months the plan to the end stays.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data" / "trial23-kaltara-expiring.yaml"
EVALUATE = "usulkan dalam evaluasi kerja sama apakah setiap sektor yang belum bergerak"
TO_THE_END = "susun rencana aksi per sektor sampai MoU berakhir"


def _data(expires: str) -> dict[str, Any]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["agreement"]["expires"] = dt.date.fromisoformat(expires)
    return data


def _groups(a: paracheck.Assessment) -> dict[str, list[str]]:
    return {
        heading: [str(item["text"]) for item in items if "IMP-006" in str(item.get("rules"))]
        for heading, items in view.action_plan(a, "id")
    }


def test_four_months_before_the_end_the_idle_sector_is_settled_in_the_evaluation():
    a = paracheck.assess(_data("2027-03-31"))
    groups = _groups(a)
    evaluation = next(h for h in groups if h.startswith("Evaluasi dan keputusan"))
    assert any(EVALUATE in text for text in groups[evaluation])
    assert not any(TO_THE_END in text for texts in groups.values() for text in texts)


def test_eight_months_before_the_end_the_plan_to_the_end_stays():
    a = paracheck.assess(_data("2027-07-20"))
    texts = [text for texts in _groups(a).values() for text in texts]
    assert any(TO_THE_END in text for text in texts)
    assert not any(EVALUATE in text for text in texts)
