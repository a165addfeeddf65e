"""``paracheck diff`` shows a check that became due and the procedure steps that changed.

Practitioner trial 23 M1: between a proposal before and after the DPRD's vote, REG-010,
REG-024 and REG-048 went from "Belum waktunya" to "Tidak ada temuan" and were in no list, and
the DPRD's approval recorded as done was shown nowhere. Wording review 26 B5: IMP-006 going
from "Belum waktunya" to "Dicatat pada IMP-004" after two years was not listed either."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.engine.model import Assessment
from paracheck.report import view
from paracheck.report.messages import label, message

DATA = Path(__file__).parent / "data"


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _dprd_vote() -> tuple[Assessment, Assessment]:
    """The Ambon–Darwin proposal waiting for the DPRD, and the same after its approval."""
    before = _load("trial23-ambon-darwin-before-dprd.yaml")
    after = copy.deepcopy(before)
    after["date"] = dt.date(2026, 11, 10)
    step = next(s for s in after["procedure"] if s["step"] == "dprd_approval")
    step.update(status="done", date=dt.date(2026, 11, 5))
    return paracheck.assess(before), paracheck.assess(after)


def _rows(d: Any, lang: str) -> dict[str, tuple[str, str]]:
    return {
        row.rule: (row.old, row.new)
        for group in paracheck.diff_view(d, lang).groups
        if group.key == "status_changed"
        for row in group.rows
    }


def test_checks_that_became_due_and_clear_are_listed_as_a_status_change():
    d = paracheck.diff(*_dprd_vote())
    changed = {c.rule_id: c for c in d.status_changed}
    for rule in ("REG-010", "REG-024", "REG-048"):
        assert (changed[rule].old_due, changed[rule].new_due) == (False, True), rule
        assert changed[rule].new_status == "clear", rule
        assert _rows(d, "id")[rule] == ("Belum waktunya", "Tidak ada temuan"), rule
        assert _rows(d, "en")[rule] == ("Not yet due", "Clear"), rule
    assert d.has_changes


def test_a_check_that_became_due_and_covered_by_another_rule_is_listed():
    """Review 26 B5: IMP-006 (half the sectors or more idle) after two years is held by
    IMP-002's finding (the idle sectors have no programme, or only a cancelled one); before,
    it was not due. (A stalled programme no longer hands the decay to IMP-004: trial 26 W1.)"""
    active = _load("words26-padang-mokpo-active.yaml")
    fisheries = next(s for s in active["sectors"] if s["name"] == "fisheries")
    for program in fisheries["programs"]:
        program["status"] = "cancelled"
    signed = copy.deepcopy(active)
    signed.update(date=dt.date(2024, 10, 1), stage="mou_signed")
    d = paracheck.diff(paracheck.assess(signed), paracheck.assess(active))
    change = next(c for c in d.status_changed if c.rule_id == "IMP-006")
    assert (change.old_due, change.new_covered_by) == (False, "IMP-002")
    assert _rows(d, "id")["IMP-006"] == ("Belum waktunya", "Dicatat pada IMP-002")


def test_momentum_decay_that_became_due_with_a_stalled_sector_is_a_risk_in_the_comparison():
    """The same partnership as it is, its fisheries programme stalled: two years after the
    MoU the decay is IMP-006's own high finding (trial 26 W1), listed as a new risk."""
    active = _load("words26-padang-mokpo-active.yaml")
    signed = copy.deepcopy(active)
    signed.update(date=dt.date(2024, 10, 1), stage="mou_signed")
    d = paracheck.diff(paracheck.assess(signed), paracheck.assess(active))
    assert "IMP-006" in {c.rule_id for c in d.new_risks}


def test_a_check_clear_for_the_same_reason_on_both_sides_is_not_listed():
    old, new = _dprd_vote()
    d = paracheck.diff(old, old)
    assert not d.has_changes and not d.steps_changed
    listed = {c.rule_id for c in paracheck.diff(old, new).status_changed}
    unchanged_not_due = {
        c.rule_id
        for c in new.checks
        if not c.due and any(o.rule_id == c.rule_id and not o.due for o in old.checks)
    }
    assert unchanged_not_due and not listed & unchanged_not_due


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_dprd_approval_recorded_as_done_is_shown(fmt):
    d = paracheck.diff(*_dprd_vote())
    assert [(s.step, s.old_status, s.new_status) for s in d.steps_changed] == [
        ("dprd_approval", "in_progress", "done")
    ]
    text = " ".join(paracheck.render_diff(d, fmt, "id").split())
    assert "Langkah prosedur yang berubah".casefold() in text.casefold()
    assert (
        "Persetujuan DPRD: sedang berjalan (30 September 2026) → selesai (5 November 2026)" in text
    )
    english = " ".join(paracheck.render_diff(d, fmt, "en").split())
    assert "DPRD approval: in progress (September 30, 2026) → done (November 5, 2026)" in english


def test_the_changed_steps_are_in_the_json():
    doc = json.loads(paracheck.render_diff(paracheck.diff(*_dprd_vote()), "json", "id"))
    assert doc["steps_changed"] == [
        {
            "step": "dprd_approval",
            "old_status": "in_progress",
            "new_status": "done",
            "old_date": "2026-09-30",
            "new_date": "2026-11-05",
        }
    ]


def _verification_listed() -> tuple[Assessment, Assessment]:
    """The Ambon–Darwin proposal waiting for the DPRD, not listing the plan's verification,
    and the same file listing it under way."""
    before = _load("trial23-ambon-darwin-before-dprd.yaml")
    after = copy.deepcopy(before)
    after["procedure"].append({"step": "verification", "status": "in_progress"})
    return paracheck.assess(before), paracheck.assess(after)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_step_newly_listed_reads_in_the_diff_as_each_versions_memo_shows_it(fmt, lang):
    """A step the old file does not list reads in the diff as that version's procedure table
    shows it ("Belum waktunya" before the DPRD's approval), not "tidak dicantumkan", which the
    memo says only of a step it expects listed (closing note 17, diff27's left item)."""
    old, new = _verification_listed()
    d = paracheck.diff(old, new)
    assert [(s.step, s.old_status, s.new_status) for s in d.steps_changed] == [
        ("verification", None, "in_progress")
    ]
    step = next(e for e in old.procedure if e.step == "verification")
    memo_old = view.step_status(old, step, lang)
    assert memo_old == message("status.not_due", lang)
    text = " ".join(paracheck.render_diff(d, fmt, lang, assessments=(old, new)).split())
    said = {
        "id": "Verifikasi rencana kerja sama: belum waktunya → sedang berjalan",
        "en": "Verification of the cooperation plan: not yet due → in progress",
    }[lang]
    assert said in text, text
    assert label("stepstatus", None, lang).casefold() not in text.casefold()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_step_one_versions_procedure_does_not_have_is_not_said_unlisted(lang: str) -> None:
    """fix28's leftover: judged in 2019 (Permendagri 3/2008) and again in 2026 (PP 28/2018 and
    Permendagri 25/2020), the verification step the older procedure does not have at all, and
    the consultation the newer one does not, read "tidak dicantumkan" in the diff, as if the
    file had left them out."""
    before = _load("trial23-ambon-darwin-before-dprd.yaml")
    old = copy.deepcopy(before)
    old["date"] = dt.date(2019, 6, 1)
    for step in old["procedure"]:
        step["date"] = None
    old["procedure"].append({"step": "ministry_consultation", "status": "pending"})
    new = copy.deepcopy(before)
    new["procedure"].append({"step": "verification", "status": "pending"})
    a_old, a_new = paracheck.assess(old), paracheck.assess(new)
    assert a_old.pack.name != a_new.pack.name
    assert "verification" not in {e.step for e in a_old.procedure}
    assert "ministry_consultation" not in {e.step for e in a_new.procedure}
    steps = paracheck.diff_view(paracheck.diff(a_old, a_new), lang, assessments=(a_old, a_new))
    # which version, by the Permendagri that sets its order of steps (trial 231 #12: "pada
    # versi ini" read as either; review 260 H2: not the PP both versions share)
    in_old = {
        "id": "tidak tercantum sebagai langkah tersendiri dalam urutan langkah Permendagri "
        "3/2008 (dasar penilaian versi lama)",
        "en": "not a separate step in the Permendagri 3/2008 sequence (the basis of the old "
        "assessment)",
    }[lang]
    in_new = {
        "id": "tidak tercantum sebagai langkah tersendiri dalam urutan langkah Permendagri "
        "25/2020 (dasar penilaian versi baru)",
        "en": "not a separate step in the Permendagri 25/2020 sequence (the basis of the new "
        "assessment)",
    }[lang]
    unlisted = label("stepstatus", None, lang).lower()
    verification = label("step", "verification", lang)
    consultation = label("step", "ministry_consultation", lang)
    pending = label("stepstatus", "pending", lang).lower()
    assert any(line.startswith(f"{verification}: {in_old}") for line in steps.steps), steps
    assert any(line.startswith(f"{consultation}: {pending} → {in_new}") for line in steps.steps), (
        steps.steps
    )
    assert not any(unlisted in line for line in steps.steps), steps.steps
