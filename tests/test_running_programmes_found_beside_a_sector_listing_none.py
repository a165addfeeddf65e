"""A programme the file records as running after a lapsed MoU is a finding even where another
sector lists no programmes (atk25).

trial29's Kumamoto file (its MoU ended on 27 April 2024, two programmes still running on
1 October 2024) with a third sector written without its programmes: REG-051 counts "at least
one programme runs after the MoU's end" over every programme, and the unlisted sector made the
whole count unknown, so the check became a question on that sector's programmes and the
verdict fell from medium to low risk while the notice still named both programmes as running.
The programmes given that match are a floor: one of them suffices, whatever the unlisted
sector holds. Where none of the given ones runs, the unlisted programmes still decide, and
are asked.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck

ROOT = Path(__file__).resolve().parents[1]
KUMAMOTO: dict[str, Any] = yaml.safe_load(
    (ROOT / "tests" / "data" / "trial29-kumamoto-lapsed-running.yaml").read_text(encoding="utf-8")
)
#: a sector written without its programmes
UNLISTED = {"name": "education", "lead_agency": "Dinas Pendidikan Provinsi Jawa Tengah"}


def _with_unlisted(data: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    data["sectors"].append(copy.deepcopy(UNLISTED))
    return data


def _reg051(result: paracheck.Assessment) -> Any:
    return next(c for c in result.checks if c.rule_id == "REG-051")


def _running(result: paracheck.Assessment) -> list[str]:
    return [p.at for n in result.notices if n.code == "mou_expired" for p in n.running or ()]


def test_a_running_programme_is_a_finding_beside_a_sector_that_lists_none() -> None:
    alone = paracheck.assess(copy.deepcopy(KUMAMOTO))
    beside = paracheck.assess(_with_unlisted(KUMAMOTO))
    assert _running(beside) == _running(alone) != []
    check = _reg051(beside)
    assert check.status == "risk"
    assert check.missing == []
    # the unlisted sector adds no risk of its own here: the verdict is the finding's, as alone
    assert beside.verdict == alone.verdict == "medium_risk"


def test_nothing_given_running_leaves_the_unlisted_programmes_asked() -> None:
    data = _with_unlisted(KUMAMOTO)
    for sector in data["sectors"]:
        for program in sector.get("programs") or []:
            program.update(status="done", last_activity="2024-03-01")
    check = _reg051(paracheck.assess(data))
    assert check.status == "unknown"
    unlisted = f"sectors[{len(data['sectors']) - 1}].programs"
    assert check.missing == [unlisted]
