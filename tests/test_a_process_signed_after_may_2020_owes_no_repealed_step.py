"""A process begun under Permendagri 3/2008 and signed after its last day owes none of its
steps the file does not list (attack 380 H3).

Steps dated 2019 to May 2020 and a signing of 15 June 2020: the procedure table had
"Konsultasi dengan Kemendagri — ya — Tidak dicantumkan — wajib, tetapi tidak tercatat dalam
berkas" (and the command line's hint asked for it), while REG-050 and REG-052 beside it said
"Tidak berlaku: Permendagri 3/2008 sudah tidak berlaku pada tanggal penandatanganan" and no
question asked for the step. A step of an earlier regulation the file does not list is
judged, as the rules on it are, by the signing's date.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck

CASE = Path(__file__).parent / "data" / "attack380-transition-signed-june-2020.yaml"


def _steps(data: dict[str, Any]) -> dict[str, Any]:
    a = paracheck.assess(data, source="transition.yaml")
    return {e.step: e for e in a.procedure}


def test_a_repealed_step_is_not_owed_by_an_mou_signed_after_its_last_day() -> None:
    data = yaml.safe_load(CASE.read_text(encoding="utf-8"))
    a = paracheck.assess(data, source="transition.yaml")
    assert "ministry_consultation" not in {e.step for e in a.procedure}
    assert "ministry_consultation" not in paracheck.unlisted_steps(a)
    statuses = {c.rule_id: c for c in a.checks}
    assert statuses["REG-050"].not_applicable is not None


def test_the_same_process_signed_before_may_2020_still_owes_it() -> None:
    data = copy.deepcopy(yaml.safe_load(CASE.read_text(encoding="utf-8")))
    for entry in data["procedure"]:
        if entry["step"] == "signing":
            entry["date"] = dt.date(2020, 5, 15)
    steps = _steps(data)
    assert steps["ministry_consultation"].required
    assert steps["ministry_consultation"].status is None
