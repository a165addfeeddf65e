"""A check that is clear only because the proposal has not reached its stage is "not due",
never "confirmed".

Found reading a whole report of a proposal at stage `proposal`: the checklist ticked
"DPRD telah menyetujui rencana kerja sama" and "MoU ditandatangani setelah persetujuan DPRD"
as confirmed — the rules were clear only because nothing is signed yet. Rules now say from
which stage they can find anything (`due_from`); these tests derive that stage from the
engine itself and hold the packs and the contract to it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

import pytest

import paracheck
from paracheck.rules.loader import load_pack
from paracheck.rules.model import STAGE_ORDER

from .test_advice_in_time import PACKS, _probe


@cache
def _earliest_stage(pack_name: str) -> dict[str, str]:
    """For each rule, the first stage at which some probe leaves it at risk or unknown."""
    pack, day = load_pack(pack_name), PACKS[pack_name]
    # signed two years before the day judged, and — for the rules that judge an MoU signed
    # under the previous regulation (pp28-2018's REG-050, REG-015) — in 2016 when that is
    # earlier still
    dates = [day - dt.timedelta(days=800)]
    dates += [d for d in (dt.date(2016, 6, 1),) if d < dates[0]]
    earliest: dict[str, str] = {}
    for stage in STAGE_ORDER:
        for date in dates:
            signing = (
                {"status": "pending"} if stage == "proposal" else {"status": "done", "date": date}
            )
            # and a signed MoU whose term ended a year after its signing: what is owed at
            # the evaluation is owed then at any stage (REG-026, trial22 #2)
            terms: list[dict] = [{}]
            if stage != "proposal":
                terms.append({"agreement": {"expires": date + dt.timedelta(days=365)}})
            for steps in ("unknown", "pending", "reversed"):
                for term in terms:
                    probe = _probe(stage, signing, steps, day, **term)
                    for check in paracheck.assess(probe, pack=pack, as_of=day).checks:
                        if check.status != "clear":
                            earliest.setdefault(check.rule_id, stage)
    return earliest


@pytest.mark.parametrize("pack_name", PACKS)
def test_a_rule_that_cannot_find_anything_before_a_stage_says_so_with_due_from(pack_name):
    earliest = _earliest_stage(pack_name)
    wrong = {
        rule.id: (rule.due_from, earliest.get(rule.id))
        for rule in load_pack(pack_name).rules
        if (rule.due_from or "proposal") != earliest.get(rule.id, "proposal")
    }
    assert not wrong, f"due_from differs from the first stage the rule can fire at: {wrong}"
    assert sum(1 for r in load_pack(pack_name).rules if r.due_from) >= 15


def _proposal(stage: str, dprd: str) -> paracheck.Proposal:
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Kota Uji – City of Test\n"
        "date: 2023-09-01\n"
        f"stage: {stage}\n"
        "form: sister_city\n"
        "local: {name: Kota Uji, level: city}\n"
        "partner: {name: City of Test, country: AU, level: city}\n"
        "procedure:\n"
        "  - {step: initiative, status: done, date: 2023-01-10}\n"
        f"  - {{step: dprd_approval, status: {dprd}}}\n"
    )


def _check(result: paracheck.Assessment, rule_id: str):
    return next(c for c in result.checks if c.rule_id == rule_id)


def test_dprd_approval_is_not_due_on_a_proposal_and_due_once_the_mou_is_signed():
    early = _check(paracheck.assess(_proposal("proposal", "pending")), "REG-010")
    assert (early.status, early.due) == ("clear", False)
    signed = _check(paracheck.assess(_proposal("mou_signed", "done")), "REG-010")
    assert (signed.status, signed.due) == ("clear", True)
    missing = _check(paracheck.assess(_proposal("mou_signed", "pending")), "REG-010")
    assert (missing.status, missing.due) == ("risk", True)


def test_the_contract_json_carries_due_on_every_check():
    data = paracheck.assess(_proposal("proposal", "pending")).to_json()
    checks = json.loads(data)["checks"]
    assert all(isinstance(c["due"], bool) for c in checks)
    assert {c["rule_id"] for c in checks if not c["due"]} >= {"REG-010", "REG-011", "REG-020"}


def _checklist_line(text: str, rule_id: str) -> str:
    return next(line for line in text.splitlines() if f" {rule_id} " in line)


def test_the_report_does_not_tick_dprd_approval_before_there_is_one():
    # wide enough that each checklist item stays on one line
    early = paracheck.render(
        paracheck.assess(_proposal("proposal", "pending")), "text", "id", width=200
    )
    line = _checklist_line(early, "REG-010")
    assert line.lstrip().startswith("–") and "Belum waktunya" in line, line
    assert "☑" not in line
    signed = paracheck.render(
        paracheck.assess(_proposal("mou_signed", "done")), "text", "id", width=200
    )
    line = _checklist_line(signed, "REG-010")
    assert line.lstrip().startswith("☑") and "Tidak ada temuan" in line, line


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_documents_show_a_check_not_yet_due_as_such_in_both_languages(fmt):
    result = paracheck.assess(_proposal("proposal", "pending"))
    for lang, word in (("id", "Belum waktunya"), ("en", "Not yet due")):
        out = paracheck.render(result, fmt, lang)
        row = next(line for line in out.splitlines() if "REG-010" in line and word in line)
        assert "✓" not in row
