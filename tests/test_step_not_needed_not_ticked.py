"""A step recorded as not needed earns no tick (steps18; closing note 12, steps17 and
trust17 left it): a tick reads "the file shows this was done".

REG-013 ticked "☑ Surat pernyataan kehendak (LoI) … ada dalam berkas (bila langkah ini
diperlukan)" on ``letter_of_intent: not_applicable`` alone, and the order rules REG-022, REG-024,
REG-048 (both packs), the 2008 REG-023/046 and REG-047 ticked "Bila …, <the earlier step> sudah
… sebelumnya" where that earlier step was recorded as not needed. These steps are not statutory
(a statutory one recorded as not needed is a finding: REG-010/011/012), so the check stays
clear and the verdict is unchanged; the report says "Tidak berlaku: <the step> dicatat tidak
diperlukan; simpan dasar tertulisnya dalam berkas", as IMP-007 does for a PKS (trust17 #6) and as
the step's status question offers "tidak diperlukan" only with a written basis. The same file
with the step done is ticked, as before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck

BASE = {"schema": "paracheck/proposal/v1", "title": "t", "form": "sister_province"}
DAY = {"pp28-2018": dt.date(2025, 3, 10), "permendagri-3-2008": dt.date(2016, 3, 1)}
SIGNED = {"pp28-2018": "2022-06-10", "permendagri-3-2008": "2015-06-10"}
EARLIER = {"pp28-2018": "2022-01-10", "permendagri-3-2008": "2015-01-10"}


#: the evaluation's report, after the signing and within the year before the date judged: one
#: dated before the MoU was signed cannot be it (practitioner trial 31 W2)
REPORTED = {"pp28-2018": "2025-01-10", "permendagri-3-2008": "2016-01-10"}


def _steps(pack: str, step: str, status: str, *later: dict[str, Any]) -> list[dict[str, Any]]:
    mine: dict[str, Any] = {"step": step, "status": status}
    if status == "done":
        mine["date"] = (REPORTED if step == "reporting" else EARLIER)[pack]
    return [mine, *later]


def _signed(pack: str) -> dict[str, Any]:
    return {"step": "signing", "status": "done", "date": SIGNED[pack]}


def _approved(pack: str) -> dict[str, Any]:
    return {"step": "dprd_approval", "status": "done", "date": SIGNED[pack][:5] + "03-01"}


#: rule → (the step it needs, the stage, the other steps recorded)
STEP_RULES = {
    "REG-017": ("exploration", "active", lambda p: [_signed(p)]),
    "REG-013": ("letter_of_intent", "mou_signed", lambda p: [_signed(p)]),
    "REG-014": ("cooperation_plan", "active", lambda p: [_signed(p)]),
    "REG-019": ("agreement_drafting", "mou_signed", lambda p: [_signed(p)]),
    "REG-026": ("reporting", "evaluation", lambda p: [_signed(p)]),
    "REG-015": ("deposit_with_kemlu", "active", lambda p: [_signed(p)]),
    # the order rules: the earlier step recorded as not needed, the later one done
    "REG-022": ("letter_of_intent", "mou_signed", lambda p: [_signed(p)]),
    "REG-024": ("letter_of_intent", "proposal", lambda p: [_approved(p)]),
    "REG-048": ("cooperation_plan", "proposal", lambda p: [_approved(p)]),
}
ONLY = {
    "pp28-2018": {
        "REG-018": ("initiative", "active", lambda p: [_signed(p)]),
        "REG-016": ("verification", "mou_signed", lambda p: [_signed(p)]),
        "REG-047": (  # the later step here: the DPRD approved before the verification
            "verification",
            "mou_signed",
            lambda p: [
                {"step": "dprd_approval", "status": "done", "date": "2021-11-01"},
                _signed(p),
            ],
        ),
    },
    "permendagri-3-2008": {
        # the Full Powers, a step of the 2008 practice (REG-021 is dated by a signing before 22
        # May 2020): "☑ … MoU ditandatangani setelah Surat Kuasa terbit" read as issued
        # (held-out 45)
        "REG-021": ("full_powers", "mou_signed", lambda p: [_signed(p)]),
        "REG-011": ("ministry_consultation", "mou_signed", lambda p: [_signed(p)]),
        "REG-023": ("ministry_consultation", "mou_signed", lambda p: [_signed(p)]),
        "REG-046": (
            "ministry_consultation",
            "proposal",
            lambda p: [{"step": "full_powers", "status": "done", "date": "2015-05-01"}],
        ),
    },
}
# the 2008 consultation was a step of that regulation; today it is asked of an MoU signed
# before 22 May 2020 only (REG-050), the deposit likewise (REG-015)
BEFORE_2020 = {
    "REG-050": ("ministry_consultation", "active"),
    "REG-015": ("deposit_with_kemlu", "active"),
}
CASES = [
    (pack, rule_id, spec)
    for pack in DAY
    for rule_id, spec in {**STEP_RULES, **ONLY[pack]}.items()
    if not (pack == "pp28-2018" and rule_id == "REG-015")
]


def _check(pack: str, rule_id: str, step: str, stage: str, others, status: str):
    data = {**BASE, "stage": stage, "procedure": _steps(pack, step, status, *others(pack))}
    a = paracheck.assess(data, pack=pack, as_of=DAY[pack])
    return a, next(c for c in a.checks if c.rule_id == rule_id)


def _says_not_needed(a, rule_id: str, check) -> None:
    assert check.status == "clear", (rule_id, check.status)
    assert check.covered_by is None, rule_id
    assert check.not_applicable is not None, rule_id
    assert "dicatat tidak diperlukan" in check.not_applicable.id, check.not_applicable.id
    assert "dasar tertulis" in check.not_applicable.id
    assert "recorded as not needed" in check.not_applicable.en
    out = " ".join(paracheck.render(a, "text", lang="id").split())
    assert f"☑ {rule_id} " not in out
    line = out[out.index(f"/ {rule_id} ") :]
    assert f"Tidak berlaku: {check.not_applicable.id}" in line[:700], line[:700]


@pytest.mark.parametrize(("pack", "rule_id", "spec"), CASES, ids=lambda v: str(v)[:20])
def test_a_step_recorded_as_not_needed_says_so_instead_of_a_tick(pack, rule_id, spec):
    step, stage, others = spec
    a, check = _check(pack, rule_id, step, stage, others, "not_applicable")
    _says_not_needed(a, rule_id, check)


@pytest.mark.parametrize(("pack", "rule_id", "spec"), CASES, ids=lambda v: str(v)[:20])
def test_the_same_step_done_is_ticked(pack, rule_id, spec):
    step, stage, others = spec
    a, check = _check(pack, rule_id, step, stage, others, "done")
    assert check.status == "clear" and check.due, rule_id
    assert check.not_applicable is None and check.covered_by is None, rule_id
    assert f"☑ {rule_id} " in " ".join(paracheck.render(a, "text", lang="id").split())


@pytest.mark.parametrize("rule_id", sorted(BEFORE_2020))
def test_a_2016_mou_re_assessed_today_says_its_old_step_was_recorded_as_not_needed(rule_id):
    step, stage = BEFORE_2020[rule_id]
    data = {
        **BASE,
        "stage": stage,
        "procedure": [
            {"step": "signing", "status": "done", "date": "2016-08-25"},
            {"step": step, "status": "not_applicable"},
        ],
    }
    a = paracheck.assess(data, pack="pp28-2018", as_of=DAY["pp28-2018"])
    _says_not_needed(a, rule_id, next(c for c in a.checks if c.rule_id == rule_id))


def test_full_powers_recorded_as_not_needed_are_not_said_to_be_unissued():
    """REG-046 (2008: the Full Powers issued after the consultation with Kemendagri) said
    "Surat Kuasa belum terbit; penerbitannya diperiksa pada REG-012" where the file records
    them as not needed; it now says so, as REG-012 does (held-out 45)."""
    pack = "permendagri-3-2008"
    consulted = {"step": "ministry_consultation", "status": "done", "date": "2015-03-01"}
    a, check = _check(
        pack,
        "REG-046",
        "full_powers",
        "mou_signed",
        lambda p: [consulted, _signed(p)],
        "not_applicable",
    )
    _says_not_needed(a, "REG-046", check)
    twin = next(c for c in a.checks if c.rule_id == "REG-012")
    assert twin.not_applicable is not None
    assert check.not_applicable.id == twin.not_applicable.id
