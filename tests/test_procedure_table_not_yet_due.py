"""The procedure table says of a step not listed what the checklist says of its check: a step
whose check is not due yet reads "Belum waktunya" / "Not yet due", not "Tidak dicantumkan"
(newcomer trial 20, finding 14: the Tarakan–Tawau proposal at the LoI stage read "Tidak
dicantumkan" for the plan, the DPRD and every later step, as if the file had left them out,
while the checklist said "Belum waktunya" of REG-014, REG-010 …)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report.messages import label, message

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Uji",
    "date": "2026-11-20",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {
        "name": "Municipality X",
        "country": "MY",
        "level": "municipality",
        "kind": "regional_government",
    },
    "procedure": [
        {"step": "initiative", "status": "done"},
        {"step": "exploration", "status": "done"},
        {"step": "letter_of_intent", "status": "in_progress"},
    ],
}


def _rows(a: paracheck.Assessment, lang: str) -> dict[str, str]:
    """Step label → its status cell, read from the Markdown procedure table."""
    table = paracheck.render(a, "markdown", lang).split("\n## ")[-1]
    out = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and re.fullmatch(r"\d+", cells[0]):
            out[cells[1]] = cells[3]
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_step_not_due_yet_reads_not_yet_due_in_the_procedure_table(lang):
    a = paracheck.assess(Proposal.model_validate(copy.deepcopy(BASE)))
    rows = _rows(a, lang)
    not_due = message("status.not_due", lang)
    status = {c.rule_id: c for c in a.checks}
    # the plan's own check (REG-014) and the DPRD's (REG-010) are not due: their rows say so
    assert not status["REG-014"].due and not status["REG-010"].due
    for step in ("cooperation_plan", "dprd_approval", "signing", "reporting"):
        assert rows[label("step", step, lang)] == not_due, rows
    # a listed step keeps its status
    assert rows[label("step", "letter_of_intent", lang)] == label("stepstatus", "in_progress", lang)


def test_a_step_not_listed_whose_check_is_open_now_still_reads_not_listed():
    """No step listed at the proposal stage: the initiative's check (REG-018) is open now
    ("perlu dipastikan"), so its row says the file does not list it; the plan's is not due."""
    data = copy.deepcopy(BASE)
    del data["procedure"]
    a = paracheck.assess(Proposal.model_validate(data))
    rows = _rows(a, "id")
    assert next(c for c in a.checks if c.rule_id == "REG-018").status == "unknown"
    assert rows["Prakarsa"] == "Tidak dicantumkan", rows
    assert rows["Rencana kerja sama"] == "Belum waktunya", rows


def test_a_step_required_now_and_not_listed_still_reads_not_listed():
    data = copy.deepcopy(BASE)
    data["stage"] = "active"
    data["procedure"] = [{"step": "signing", "status": "done", "date": "2025-01-10"}]
    a = paracheck.assess(Proposal.model_validate(data))
    rows = _rows(a, "id")
    assert rows["Persetujuan DPRD"] == "Tidak dicantumkan", rows
