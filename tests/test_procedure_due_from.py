"""``procedure[].due_from``: the stage from which the pack requires a step the proposal's stage
does not yet require, decided once by the engine and read by the reports, so that a dashboard
reading the JSON and a reader of the memo are told the same (fix35a)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.engine.assess import due_from
from paracheck.report import view
from paracheck.report.messages import label
from paracheck.rules.model import stage_reached

ROOT = Path(__file__).resolve().parents[1]

PROPOSAL = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama teknik (usulan)",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "technical_cooperation",
    "local": {"name": "Kabupaten Contoh", "level": "regency"},
    "partner": {
        "name": "Institut Contoh",
        "country": "KR",
        "level": "other",
        "kind": "institution",
    },
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2026-02-10"},
        {"step": "exploration", "status": "done", "date": "2026-05-20"},
        {"step": "letter_of_intent", "status": "in_progress"},
        {"step": "dprd_approval", "status": "pending"},
        {"step": "ministry_consultation", "status": "pending"},
    ],
}


@pytest.fixture(scope="module")
def assessment():
    return paracheck.assess(PROPOSAL, pack="pp28-2018")


def _corpus() -> list[paracheck.Assessment]:
    files = sorted((ROOT / "examples").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "calibration").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "golden" / "proposals").glob("*.yaml"))
    out = []
    for path in files:
        if path.name == "expectations.yaml":
            continue
        proposal = paracheck.load_proposal(str(path))
        out.append(paracheck.assess(proposal, as_of=proposal.date))
    return out


def test_a_step_a_later_stage_requires_carries_that_stage_in_the_json(assessment):
    pack = paracheck.load_pack("pp28-2018")
    since = {s.step: s.required_from for s in pack.procedure}
    entries = json.loads(assessment.to_json())["procedure"]
    due = {e["step"]: e["due_from"] for e in entries}
    # DPRD approval at stage "proposal": "ya, sebelum MoU ditandatangani" in the reports
    assert due["dprd_approval"] == since["dprd_approval"] == "mou_signed"
    assert due["letter_of_intent"] == since["letter_of_intent"]
    assert due["implementing_agreement"] == since["implementing_agreement"] == "active"
    # a step of the replaced Permendagri 3/2008 a signing to come will not owe
    assert due["ministry_consultation"] is None
    # and the key follows required_if_partner, the key order of an additive field
    keys = list(entries[0])
    assert keys.index("due_from") == keys.index("required_if_partner") + 1


def test_a_step_required_now_or_never_required_has_no_due_from():
    """Across the examples, the calibration and the golden proposals: a required step has
    none, and a step that has one is one whose stage the proposal has not reached."""
    seen = 0
    for a in _corpus():
        specs = {s.step: s for s in paracheck.load_pack(a.pack.name).procedure}
        for entry in a.procedure:
            if entry.required:
                assert entry.due_from is None, (a.proposal.source, entry.step)
            elif entry.due_from is not None:
                seen += 1
                assert specs[entry.step].required_from == entry.due_from
                stage = a.proposal.stage
                assert stage is None or not stage_reached(stage, entry.due_from)
            if entry.step not in specs:  # recorded, not a step of the regime
                assert entry.due_from is None
    assert seen > 0  # the corpus has steps a later stage requires


def test_the_reports_say_the_stage_the_json_carries(assessment):
    """The procedure table's cell is the field's, not a second derivation: another stage in
    the field is another stage in the report."""
    loi = next(e for e in assessment.procedure if e.step == "letter_of_intent")
    assert view.step_required(assessment, loi, "en") == "yes, before the MoU is signed"
    moved = loi.model_copy(update={"due_from": "active"})
    assert view.step_required(assessment, moved, "en") == f"yes, {view.due_text('active', 'en')}"
    gone = loi.model_copy(update={"due_from": None})
    assert not view.step_required(assessment, gone, "en").startswith("yes")


def test_the_engine_function_leaves_out_a_step_that_does_not_bind_the_partner():
    pack = paracheck.load_pack("permendagri-3-2008")
    full_powers = next(s for s in pack.procedure if s.step == "full_powers")
    day = full_powers.effective_from
    assert due_from(full_powers, "proposal", day, True) == "mou_signed"
    assert due_from(full_powers, "proposal", day, None) == "mou_signed"  # kind not stated
    assert due_from(full_powers, "proposal", day, False) is None
    assert due_from(full_powers, "mou_signed", day, True) is None  # stage reached
    after = full_powers.effective_until.replace(year=full_powers.effective_until.year + 1)
    assert due_from(full_powers, "proposal", after, True) is None  # a replaced regulation


def test_the_markdown_table_cell_for_each_step_follows_due_from(assessment):
    rows = {}
    for line in paracheck.render(assessment, "markdown", "en").splitlines():
        m = re.match(r"^\| \d+ \| ([^|]+) \| ([^|]+) \|", line)
        if m:
            rows[m.group(1).strip()] = m.group(2).strip()
    for entry in assessment.procedure:
        if entry.due_from is not None and entry.step != "signing":
            name = label("step", entry.step, "en")
            # the reporting step says its periodic reports before the stage it falls due at
            # ("yes, regularly while the partnership runs; the final report at the
            # evaluation stage"): the cell ends with the stage due_from names either way
            cell = rows[name]
            assert cell.startswith("yes, "), entry.step
            assert cell.endswith(view.due_text(entry.due_from, "en")), entry.step


def test_an_assessment_read_back_from_its_json_reports_each_steps_stage_alike(assessment):
    """The field is the one source: what the JSON says is what a report of the read-back
    assessment says."""
    again = paracheck.Assessment.model_validate_json(assessment.to_json())
    assert [e.due_from for e in again.procedure] == [e.due_from for e in assessment.procedure]
    for lang in ("id", "en"):
        assert paracheck.render(again, "markdown", lang) == paracheck.render(
            assessment, "markdown", lang
        )
