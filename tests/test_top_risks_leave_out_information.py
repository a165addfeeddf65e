"""The first screen's "Risiko utama" lists risks, not items of severity info.

Trial 26 U2: the list of the ten top risks showed an item whose severity is "Informasi" (the
partner's funds not recorded, REG-033). An information item records a fact to know, not a
risk to weigh against the others: it stays in the checklist and the risk details, and the top
list (every format, and a batch's summary row) leaves it out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.batch import Summary
from paracheck.report import view

EXAMPLE = Path(__file__).parent.parent / "examples" / "well-prepared-2023.yaml"


def _with_unrecorded_partner_funds() -> dict[str, Any]:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["budget"]["other_sources"] = ["apbn", "partner"]
    data["budget"]["partner_funds_recorded"] = False
    data["budget"]["revisions_last_year"] = 3  # one risk of its own (BUD-004)
    # signed, not yet running: a running cooperation's unrecorded funds are REG-056's finding
    # (medium), and REG-033 the note for one not yet running
    data["stage"] = "mou_signed"
    for sector in data["sectors"]:
        for program in sector.get("programs") or []:
            if program.get("status") == "ongoing":
                program["status"] = "planned"
    return data


@pytest.fixture(scope="module")
def assessed() -> paracheck.Assessment:
    a = paracheck.assess(_with_unrecorded_partner_funds())
    info = [c for c in a.checks if c.status == "risk" and c.severity == "info"]
    assert info, "the proposal must hold an information item found"
    assert len(view.risks(a)) <= view.TOP_RISKS  # room for it in the old top ten
    return a


def _info_ids(a: paracheck.Assessment) -> list[str]:
    return [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "info"]


def test_the_top_risks_leave_out_an_information_item(assessed: paracheck.Assessment) -> None:
    top = [c.rule_id for c in view.top_risks(assessed)]
    assert top, "the proposal has risks to list"
    assert not set(top) & set(_info_ids(assessed))
    others = [c.rule_id for c in view.risks(assessed) if c.severity != "info"]
    assert top == others[: view.TOP_RISKS]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_no_format_lists_an_information_item_among_the_top_risks(
    assessed: paracheck.Assessment, fmt: str
) -> None:
    out = paracheck.render(assessed, fmt, "id")
    if fmt == "html":
        section = out.split("<h2>Risiko utama</h2>", 1)[1].split("<h2>", 1)[0]
    elif fmt == "markdown":
        section = out.split("## Risiko utama", 1)[1].split("\n## ", 1)[0]
    else:
        section = re.split(r"\n\s*Risiko utama\s*\n", out, maxsplit=1, flags=re.I)[1]
        section = re.split("Pertanyaan yang perlu dijawab", section, maxsplit=1, flags=re.I)[0]
    for rule in _info_ids(assessed):
        assert rule not in section
    assert "Informasi" not in section
    # the item stays in the annex
    assert all(rule in out for rule in _info_ids(assessed))


def test_a_batch_summary_row_leaves_out_an_information_item(
    assessed: paracheck.Assessment,
) -> None:
    summary = Summary.of(assessed)
    assert summary.top_risks
    assert not set(summary.top_risks) & set(_info_ids(assessed))
