"""Before 22 May 2020, a recorded approval of the Home Affairs Minister counts as the region
having gone to Kemendagri.

Newcomer trial 23 (W1): an Aceh Besar MoU signed in 2019 listed "Persetujuan Mendagri" (the
central approval, done before the signing) and no facilitation letter. REG-011 of the
Permendagri 3/2008 pack then found "Konsultasi dengan Kemendagri … tidak dicantumkan" (high),
made the verdict high and advised reporting the MoU to the Minister as if Kemendagri had
never seen it. The same holds for REG-050, the check of such an MoU judged under PP 28/2018.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck

DATA = Path(__file__).parent / "data" / "trial23-aceh-2019.yaml"


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _status(a: paracheck.Assessment, rule: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule)


def test_a_2019_mou_with_the_ministers_approval_is_not_faulted_for_no_facilitation_letter():
    a = paracheck.assess(_data())
    assert a.pack.name == "permendagri-3-2008"
    assert _status(a, "REG-011") == "clear"
    assert a.verdict == "medium_risk"


def test_without_the_approval_the_missing_consultation_is_still_a_finding():
    data = _data()
    data["procedure"] = [e for e in data["procedure"] if e["step"] != "central_approval"]
    a = paracheck.assess(data)
    assert _status(a, "REG-011") == "risk"
    # medium: the facilitation letter is a step of Permendagri 3/2008 as practised
    # (reported), weighed below a statute's duty (trial29 M4)
    assert a.verdict == "medium_risk"


def test_judged_under_pp28_the_approval_clears_reg050_too():
    a = paracheck.assess(_data(), pack="pp28-2018", as_of=dt.date(2025, 3, 10))
    assert _status(a, "REG-050") == "clear"
    data = _data()
    data["procedure"] = [e for e in data["procedure"] if e["step"] != "central_approval"]
    b = paracheck.assess(data, pack="pp28-2018", as_of=dt.date(2025, 3, 10))
    assert _status(b, "REG-050") == "risk"
