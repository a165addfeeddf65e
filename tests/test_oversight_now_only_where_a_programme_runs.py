"""Beside a lapsed MoU, the oversight of the activities' people and goods is owed now only for
the programmes still running after its last day (held-out 33: Balikpapan – Ulsan, judged in
June 2025, MoU ended October 2024). A welders' apprenticeship in Ulsan still ran, so the
narcotics notice for its flow of people (TOC-012) is owed now; but the memo also ordered "now,
whatever is decided" the fisheries consultation with KKP (TOC-010) for a fish-processing
training stalled since February 2023 — an activity with nothing running to oversee. A check
whose evidence names the running programme, or a sector holding it, is overseen now; one
naming only sectors where nothing runs waits with the rest for a new MoU."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import render
from tests.memo_parts import plan_groups

FILE = Path(__file__).parent / "data" / "holdout33-balikpapan-ulsan-2025.yaml"
RUNNING = "Selama kegiatan kerja sama masih berjalan, apa pun keputusannya"
HELD = "Bila kerja sama dilanjutkan dengan MoU baru"


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(FILE.read_text(encoding="utf-8")))


def _where(groups: dict[str, str], rule: str) -> list[str]:
    return [heading for heading, body in groups.items() if f"({rule})" in body]


def test_the_oversight_of_a_stalled_sector_waits_while_a_running_programme_is_overseen_now():
    a = _assess(_data())
    risks = {c.rule_id for c in a.checks if c.status == "risk"}
    assert {"TOC-010", "TOC-012"} <= risks
    groups = plan_groups(a)
    assert _where(groups, "TOC-012") == [RUNNING]
    (toc010,) = _where(groups, "TOC-010")
    assert toc010.startswith(HELD), toc010
    memo = render(a, "text", lang="id")
    note = memo.split("Kesimpulan:", 1)[1].split("Saran (butir", 1)[0]
    assert "TOC-012" in note and "TOC-010" not in note


def test_a_running_fisheries_programme_brings_its_oversight_back_now():
    data = _data()
    data["sectors"][2]["programs"][0].update(status="ongoing", last_activity="2025-05-30")
    groups = plan_groups(_assess(data))
    assert _where(groups, "TOC-010") == [RUNNING]
    assert _where(groups, "TOC-012") == [RUNNING]


def test_the_notice_gives_each_running_programme_its_place_in_the_file():
    a = _assess(_data())
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    assert [p.at for p in notice.running] == ["sectors[0].programs[0]"]
    assert '"at":"sectors[0].programs[0]"' in render(a, "json").replace(" ", "")


def test_a_document_made_before_programmes_carried_their_place_keeps_all_oversight_now():
    document = json.loads(render(_assess(_data()), "json"))
    for notice in document["notices"]:
        for program in notice.get("running") or ():
            del program["at"]
    groups = plan_groups(paracheck.Assessment.model_validate(document))
    assert _where(groups, "TOC-010") == [RUNNING]
