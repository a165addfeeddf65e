"""A check shown as not yet due is one whose statement is not judged yet; one whose step is
already done is ticked, whatever the stage.

Newcomer trial 12 and wording review 12 (A6): at the proposal stage "☑ REG-017 Hasil penjajakan
telah tercatat" was ticked while the exploration was still under way (the rule asks for it only
once a letter of intent is under way: ``due_when``), and "– REG-013 … Belum waktunya" stood
beside a letter of intent recorded as signed (the statement already held).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack


def _proposal(*steps: tuple[str, str], stage: str = "proposal") -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province Uji",
        "date": "2024-06-01",
        "stage": stage,
        "partner": {"country": "JP", "kind": "regional_government"},
        "procedure": [{"step": step, "status": status} for step, status in steps],
    }


def _check(result: paracheck.Assessment, rule_id: str):
    return next(c for c in result.checks if c.rule_id == rule_id)


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
def test_exploration_under_way_at_the_proposal_stage_is_not_due_not_ticked(pack):
    result = paracheck.assess(
        _proposal(("initiative", "done"), ("exploration", "in_progress")),
        pack=pack,
        as_of=dt.date(2024, 6, 1) if pack == "pp28-2018" else dt.date(2016, 6, 1),
    )
    check = _check(result, "REG-017")
    assert (check.status, check.due) == ("clear", False)
    text = " ".join(paracheck.render(result, "text", "id").split())
    assert (
        "– REG-017 Hasil penjajakan telah tercatat (bila langkah ini diperlukan) — Belum waktunya"
        in text
    )
    assert "☑ REG-017" not in text


def test_exploration_is_due_once_a_letter_of_intent_is_under_way():
    started = _proposal(("exploration", "in_progress"), ("letter_of_intent", "in_progress"))
    assert _check(paracheck.assess(started), "REG-017").status == "risk"
    done = _proposal(("exploration", "done"))
    check = _check(paracheck.assess(done), "REG-017")
    assert (check.status, check.due) == ("clear", True)


def test_nothing_begun_leaves_the_initiative_not_due():
    check = _check(paracheck.assess(_proposal()), "REG-018")
    assert (check.status, check.due) == ("clear", False)


def test_a_step_already_done_is_ticked_before_the_stage_that_asks_for_it():
    result = paracheck.assess(
        _proposal(
            ("exploration", "done"), ("letter_of_intent", "done"), ("dprd_approval", "pending")
        )
    )
    loi = _check(result, "REG-013")
    assert (loi.status, loi.due) == ("clear", True)
    # the DPRD has not approved: still not due, never ticked
    dprd = _check(result, "REG-010")
    assert (dprd.status, dprd.due) == ("clear", False)
    text = " ".join(paracheck.render(result, "text", "id").split())
    assert "☑ REG-013" in text and "– REG-010" in text


def test_a_statutory_step_recorded_not_needed_is_not_ticked_before_its_stage():
    # DPRD approval cannot be discharged by "not_applicable" (statutory): no tick for it
    result = paracheck.assess(_proposal(("dprd_approval", "not_applicable")))
    dprd = _check(result, "REG-010")
    assert (dprd.status, dprd.due) == ("clear", False)


@pytest.mark.parametrize(
    ("due_when", "said"),
    [
        ({"flag": "energy_shortfall"}, "cannot test a flag"),
        ({"path": "no.such.path", "eq": 1}, "no.such.path"),
    ],
)
def test_a_pack_whose_due_when_is_bad_is_refused(tmp_path, due_when, said):
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["due_when"] = due_when
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    assert "BUD-001.due_when" in str(caught.value) and said in str(caught.value)


#: (pack, rule, the proposal's steps that make its "if" hold): an order or momentum check whose
#: "if" is not yet true at the proposal stage was ticked (newcomer trial 14: "☑ REG-046 Bila
#: Surat Kuasa sudah terbit, …", "☑ IMP-006 Bila MoU sudah lebih dari setahun ditandatangani,
#: …" for a proposal with neither), beside checks shown "Belum waktunya"
IF_NOT_YET = [
    *[(p, "REG-024", [("dprd_approval", "done")]) for p in ("pp28-2018", "permendagri-3-2008")],
    *[(p, "REG-048", [("dprd_approval", "done")]) for p in ("pp28-2018", "permendagri-3-2008")],
    *[(p, "REG-046", [("full_powers", "done")]) for p in ("pp28-2018", "permendagri-3-2008")],
    ("pp28-2018", "REG-047", [("verification", "done")]),
]


@pytest.mark.parametrize(("pack", "rule", "steps"), IF_NOT_YET)
def test_an_order_check_is_not_due_before_its_later_step_is_done(pack, rule, steps):
    day = "2024-06-01" if pack == "pp28-2018" else "2016-06-01"
    before = {**_proposal(("letter_of_intent", "done")), "date": day}
    check = _check(paracheck.assess(before, pack=pack), rule)
    assert (check.status, check.due) == ("clear", False)
    earlier = {"REG-024": "letter_of_intent", "REG-048": "cooperation_plan"}.get(rule)
    listed = [("letter_of_intent", "done"), *steps]
    if earlier is not None and earlier != "letter_of_intent":
        listed.append((earlier, "done"))
    after = {**_proposal(*listed), "date": day}
    if rule == "REG-047":
        after["procedure"].append({"step": "dprd_approval", "status": "done"})
    if rule == "REG-046":
        step = "central_approval" if pack == "pp28-2018" else "ministry_consultation"
        after["procedure"].append({"step": step, "status": "done"})
    # each step dated, in the regime's order: a done step without its date leaves an order
    # check open, asking it (tests/test_order_checks_ask_a_missing_date.py)
    for entry in after["procedure"]:
        entry["date"] = f"{int(day[:4]) - 1}-0{1 + _IN_ORDER.index(entry['step'])}-01"
    check = _check(paracheck.assess(after, pack=pack), rule)
    assert (check.status, check.due) == ("clear", True)


#: the steps these checks read, in the order both regimes take them
_IN_ORDER = (
    "letter_of_intent",
    "cooperation_plan",
    "dprd_approval",
    "verification",
    "ministry_consultation",
    "central_approval",
    "full_powers",
)


def test_momentum_checks_are_not_due_before_the_mou_is_old_enough():
    signed = {"step": "signing", "status": "done", "date": "2024-03-01"}
    young = {**_proposal(stage="mou_signed"), "procedure": [signed]}
    checks = {c.rule_id: c for c in paracheck.assess(young).checks}
    assert not checks["IMP-006"].due and not checks["IMP-010"].due
    old = {**young, "date": "2025-06-01"}
    checks = {c.rule_id: c for c in paracheck.assess(old).checks}
    assert checks["IMP-006"].due
