"""Advice on a procedure step whose status the file does not know never states that status.

A step listed with ``status: unknown`` (or a procedure not given) leaves
``procedure.<step>.status`` unknown. A recommendation's case (``when``) that tests that status
was then open, and an open case is given: an officer read "Karena surat pernyataan kehendak
(LoI) belum ditandatangani, catat dalam berkas bahwa MoU ditandatangani tanpa LoI" (CSV, JSON)
and "Karena DPRD belum menyetujui, …" beside "Karena persetujuan DPRD terbit sesudah
penandatanganan, …" for a step whose status nobody knew (closing note 13, steps18). Each case
on a step's status now decides itself where that status is unknown: the advice that says "Bila
…" (as for a step not listed) is given, the advice that states "… belum …" is not.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.engine.examples import DEFAULT_AS_OF
from paracheck.rules.loader import load_pack, split_example
from tests.oracle import Oracle, U

PACKS = ("pp28-2018", "permendagri-3-2008")
STATUSES = ("done", "pending", "in_progress", "not_applicable")
STAGES = ("proposal", "mou_signed", "active", "evaluation")


def _status_steps(cond: Any) -> set[str]:
    """The steps whose status a raw condition reads."""
    found: set[str] = set()
    if isinstance(cond, dict):
        path = cond.get("path")
        if isinstance(path, str) and path.startswith("procedure.") and path.endswith(".status"):
            found.add(path.split(".")[1])
        for value in cond.values():
            found |= _status_steps(value)
    elif isinstance(cond, list):
        for value in cond:
            found |= _status_steps(value)
    return found


def _with_step(data: dict[str, Any], step: str, status: str | None) -> dict[str, Any]:
    """``data`` with ``step`` listed at ``status`` (its date kept), or not listed (None)."""
    out = copy.deepcopy(data)
    steps = out.get("procedure") or []
    old = next((s for s in steps if s.get("step") == step), {})
    steps = [s for s in steps if s.get("step") != step]
    if status is not None:
        entry = {"step": step, "status": status}
        if old.get("date") is not None:
            entry["date"] = old["date"]
        steps.append(entry)
    out["procedure"] = steps
    return out


def _cases() -> list[tuple[str, str, int, str]]:
    out = []
    for name in PACKS:
        for rule in load_pack(name).rules:
            if rule.for_each is not None:
                continue
            for i, rec in enumerate(rule.recommend):
                for step in sorted(_status_steps(rec.when)):
                    out.append((name, rule.id, i, step))
    return out


CASES = _cases()


def test_some_shipped_advice_is_given_by_a_steps_status():
    """The sweep below has something to hold (the packs split advice on step statuses)."""
    assert len(CASES) >= 40


@pytest.mark.parametrize(("pack", "rule_id", "index", "step"), CASES)
def test_a_case_on_a_steps_status_is_decided_where_the_status_is_unknown(
    pack: str, rule_id: str, index: int, step: str
) -> None:
    """Read by the independent oracle on the rule's own examples at every stage: wherever a
    recommendation's case is decided for every status the step may be recorded with (and for
    the step not listed), it is decided with the step's status unknown too — the advice given
    then is chosen for "not known", never by a status the file does not state."""
    loaded = load_pack(pack)
    rule = next(r for r in loaded.rules if r.id == rule_id)
    when = rule.recommend[index].when
    examples = [*rule.examples.fires, *rule.examples.clears, *rule.examples.not_applicable]
    seen = 0
    for example in examples:
        data, as_of = split_example(example)
        day = as_of or (dt.date.fromisoformat(str(data["date"])) if data.get("date") else None)
        day = day or DEFAULT_AS_OF
        for stage in STAGES:
            staged = {**data, "stage": stage}
            known = [_with_step(staged, step, s) for s in (*STATUSES, None)]
            values = [_case(loaded, when, d, day) for d in known]
            if U in values:
                continue  # open for another fact the example leaves out
            seen += 1
            unknown = _with_step(staged, step, "unknown")
            assert _case(loaded, when, unknown, day) is not U, (
                f"{pack} {rule_id} recommend[{index}] is given on a guess where the status "
                f"of {step} is unknown (stage {stage}, example {example})"
            )
    assert seen, f"{pack} {rule_id} recommend[{index}]: no example decides the case"


def _case(pack: Any, when: Any, data: dict[str, Any], day: dt.date) -> bool | None:
    """A proposal rule's recommendation case on ``data``, in three values (None: open)."""
    oracle = Oracle(pack, data, day)
    return oracle.eval(when, oracle.facts.root)


def _advice(data: dict[str, Any], pack: str, rule_id: str) -> list[str]:
    checks = {c.rule_id: c for c in paracheck.assess(data, pack=pack).checks}
    return [r.text.id for r in checks[rule_id].recommendations]


def _signed_province(pack: str, steps: list[dict[str, Any]]) -> dict[str, Any]:
    year = "2023" if pack == "pp28-2018" else "2016"
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province",
        "date": f"{year}-03-01",
        "stage": "mou_signed",
        "form": "sister_province",
        "local": {"name": "Provinsi Jawa Timur", "level": "province"},
        "partner": {"name": "Western Australia", "country": "AU", "kind": "regional_government"},
        "procedure": steps,
    }


@pytest.mark.parametrize("pack", PACKS)
def test_a_dprd_approval_of_unknown_status_dated_after_the_signing_is_not_called_missing(pack):
    """REG-020 is a risk by the dates alone (the DPRD's decision dated after the signing);
    the step's status is unknown, so the memo does not also say "Karena DPRD belum
    menyetujui"."""
    year = "2023" if pack == "pp28-2018" else "2016"
    data = _signed_province(
        pack,
        [
            {"step": "signing", "status": "done", "date": f"{int(year) - 1}-05-10"},
            {"step": "dprd_approval", "status": "unknown", "date": f"{int(year) - 1}-09-01"},
        ],
    )
    advice = _advice(data, pack, "REG-020")
    assert any(a.startswith("Karena persetujuan DPRD terbit sesudah") for a in advice), advice
    assert not any("DPRD belum menyetujui" in a for a in advice), advice


@pytest.mark.parametrize("pack", PACKS)
def test_a_letter_of_intent_of_unknown_status_is_not_said_to_be_unsigned(pack):
    """REG-013 is open while the letter's status is unknown; its advice (JSON, CSV) asks the
    file for the letter instead of recording that the MoU was signed without one."""
    data = _signed_province(
        pack,
        [
            {"step": "letter_of_intent", "status": "unknown"},
            {"step": "signing", "status": "done", "date": "2015-05-10"},
        ],
    )
    advice = _advice(data, pack, "REG-013")
    assert not any("belum ditandatangani" in a for a in advice), advice
    assert any(a.startswith("Bila surat pernyataan kehendak (LoI)") for a in advice), advice


@pytest.mark.parametrize("pack", PACKS)
def test_a_dprd_approval_of_unknown_status_and_date_is_not_dated_after_the_signing(pack):
    """REG-020 open (the DPRD step's status and date not known): its advice neither says the
    DPRD has not approved nor that its approval came after the signing."""
    data = _signed_province(
        pack,
        [
            {"step": "signing", "status": "done", "date": "2015-05-10"},
            {"step": "dprd_approval", "status": "unknown"},
        ],
    )
    advice = _advice(data, pack, "REG-020")
    assert advice, "the advice for an amendment stays"
    assert not any(a.startswith("Karena") for a in advice), advice
