"""The risk details label each recommendation with the plan's group it is listed under.

Trial 22, finding 12 (wording review 23, C7): beside a lapsed or ending MoU the plan lists
IMP-002's and IMP-005's actions under "Evaluasi dan keputusan …" and TOC-007's under "Selama
kegiatan kerja sama masih berjalan, apa pun keputusannya", while "Rincian risiko" labelled the
same actions "Perencanaan ·", "Pemantauan ·", "Pelaksanaan ·": a reader cross-checking a finding
saw two different stages. Only the held advice carried the plan's heading ("Bila kerja sama
dilanjutkan — Pelaksanaan ·"). Now every format that shows the label (Markdown, HTML, text) uses
the plan's group, as the plan itself heads it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

import paracheck
from paracheck.report import view

from .test_evaluation_inputs_said_in_the_evaluation import ENDING
from .test_lapsed_mou_plan import LAPSED


def _assess(base: dict[str, Any], **changes: Any) -> Any:
    data = copy.deepcopy(base)
    data.update(copy.deepcopy(changes))
    return paracheck.assess(data)


def _plan_groups(a: Any, lang: str) -> dict[tuple[str, str], str]:
    """(rule, action text) → the plan's heading it is listed under."""
    return {
        (rule, str(act["text"])): heading
        for heading, acts in view.action_plan(a, lang)
        for act in acts
        for rule in act["rules"]  # type: ignore[attr-defined]
    }


def _detail_labels(memo: str) -> list[str]:
    return re.findall(r"^\s*- (.+?) · \*\*", memo, flags=re.M)


TRAFFICKING = {
    "sectors": [
        {
            "name": "fisheries",
            "lead_agency": "Dinas Perikanan Kabupaten Uji",
            "programs": [
                {
                    "name": "Magang awak kapal",
                    "status": "ongoing",
                    "moves_people": True,
                    "kpis": ["10 awak"],
                    "last_activity": "2025-09-20",
                }
            ],
        },
        ENDING["sectors"][1],
    ],
    "security": {"human_trafficking": "high", "coordinating_agencies": ["BNN", "KKP"]},
}
CASES = {
    "lapsed": (LAPSED, {}),
    "ending": (ENDING, TRAFFICKING),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_recommendation_in_the_details_carries_its_plan_heading(case, lang):
    base, changes = CASES[case]
    a = _assess(base, **changes)
    groups = _plan_groups(a, lang)
    kept = view.kept_after_expiry(a)
    assert kept is not None
    seen = 0
    for check in a.checks:
        if check.status != "risk":
            continue
        for rec in check.recommendations:
            heading = groups.get((check.rule_id, str(rec.text.get(lang))))
            if heading is None:
                continue  # an action merged with another's words, or left out while blocked
            said = view.recommendation_stage(rec, lang, kept, check.domain)
            # the held ones keep the stage after the heading's condition, as the plan has it
            assert said == heading or heading.startswith(said.split(" — ")[0]), (said, heading)
            assert said == heading or " — " in said, (said, heading)
            seen += 1
    assert seen >= 3


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_the_ending_memo_labels_the_evaluations_and_the_oversights_actions_as_the_plan(fmt):
    a = _assess(ENDING, **TRAFFICKING)
    memo = paracheck.render(a, fmt, "id")
    evaluation = "Evaluasi dan keputusan sebelum masa berlaku MoU berakhir (15 Desember 2025)"
    running = "Selama kegiatan kerja sama masih berjalan, apa pun keputusannya"
    # IMP-002's action, kept with the evaluation; TOC-007's, the oversight of running crews
    imp002 = "Karena seluruh program sektor ini sudah dibatalkan"
    toc007 = "Periksa dokumen"
    flat = " ".join(re.sub(r"<[^>]+>", " ", memo).split())
    details = flat[flat.lower().index("rincian risiko") :]
    for text, heading in ((imp002, evaluation), (toc007, running)):
        at = details.index(text)
        before = details[max(0, at - 300) : at]
        assert heading in before, (heading, before)
    if fmt == "markdown":
        labels = _detail_labels(memo[memo.index("## Rincian risiko") :])
        assert "Perencanaan" not in labels and "Pemantauan" not in labels, labels
