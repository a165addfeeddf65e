""" "Tidak berlaku: …; … diperiksa pada REG-012" points at the row where the finding is.

Trust17 #3 (Indonesian review): a signed MoU without Full Powers showed REG-046 "Tidak
berlaku: Surat Kuasa belum terbit; penerbitannya diperiksa pada REG-012", and REG-012's row
itself said "Dicatat pada REG-021": two hops to the finding. Where the rule a check's
``not_applicable`` names has stepped aside for another (``covered_by``), the reason names that
other rule.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml

import paracheck

ROOT = Path(__file__).resolve().parents[1]
RULE = re.compile(r"\b[A-Z]{2,5}-\d{3}\b")


def _named_rows_that_are_recorded_elsewhere(a) -> list[str]:
    checks = {c.rule_id: c for c in a.checks}
    bad = []
    for c in a.checks:
        if c.not_applicable is None:
            continue
        for lang in ("id", "en"):
            for rid in RULE.findall(c.not_applicable.get(lang)):
                named = checks.get(rid)
                if named is not None and named.covered_by is not None:
                    bad.append(f"{c.rule_id} -> {rid} -> {named.covered_by} ({lang})")
    return bad


def _two_years_earlier(day: Any) -> Any:
    return day.replace(year=day.year - 2) if isinstance(day, dt.date) else day


def test_full_powers_not_issued_points_at_the_signing_finding_not_at_a_recorded_row():
    # the example signed two years earlier, in 2019: Full Powers are a step of Permendagri
    # 3/2008 as practised, judged for an MoU signed up to 21 May 2020 (trial29 M2)
    data = yaml.safe_load((ROOT / "examples" / "signed-before-dprd-2021.yaml").read_text())
    data["date"] = _two_years_earlier(data["date"])
    for step in data["procedure"]:
        if "date" in step:
            step["date"] = _two_years_earlier(step["date"])
    checks = {c.rule_id: c for c in paracheck.assess(data).checks}
    assert checks["REG-012"].covered_by == "REG-021"  # the case: REG-012 is recorded there
    assert checks["REG-021"].status == "risk"
    said = checks["REG-046"].not_applicable
    assert said.id == "Surat Kuasa belum terbit; penerbitannya diperiksa pada REG-021"
    assert said.en == "the Full Powers have not been issued; REG-021 checks that they are"


def test_dprd_approval_in_process_points_at_the_signing_finding():
    data = paracheck.load_proposal(str(ROOT / "examples" / "signed-before-dprd-2021.yaml"))
    data = data.model_dump(mode="json", exclude_none=True, by_alias=True)
    for step in data["procedure"]:
        if step["step"] == "dprd_approval":  # signed while the DPRD's approval is pending
            step["status"] = "pending"
            step.pop("date", None)
    a = paracheck.assess(data)
    checks = {c.rule_id: c for c in a.checks}
    assert checks["REG-010"].covered_by == "REG-020"
    for rid in ("REG-024", "REG-048"):
        said = checks[rid].not_applicable
        assert said.id == "DPRD belum menyetujui; persetujuannya diperiksa pada REG-020", rid
        assert said.en == "the DPRD has not approved; REG-020 checks its approval", rid
    assert not _named_rows_that_are_recorded_elsewhere(a)


def test_no_inapplicable_check_of_generated_proposals_names_a_row_recorded_under_another():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen import proposals  # type: ignore[import-not-found]

    for data in proposals(300, seed=17):
        assert not _named_rows_that_are_recorded_elsewhere(paracheck.assess(data)), data
