"""A batch's summary says, row by row, the worse verdict the open questions could bring.

Practitioner trial 27 U1: every memo said "Dapat berubah menjadi terhambat setelah data
dilengkapi: … (REG-030 …, REG-040 …)", yet ``paracheck assess DIR --summary`` showed only
"Risiko tinggi": an evaluator comparing files could not see which could be blocked. The row
says it from the same library function the memo's line uses
(:meth:`Assessment.worse_possible`)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

import paracheck
from paracheck.batch import BatchItem, Summary
from paracheck.report import view
from paracheck.report.messages import label, message

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COULD_BLOCK = EXAMPLES / "signed-before-dprd-2021.yaml"
CANNOT_WORSEN = EXAMPLES / "well-prepared-2023.yaml"


def _items() -> list[BatchItem]:
    return paracheck.assess_many([str(COULD_BLOCK), str(CANNOT_WORSEN)], workers=1)


def _summary(fmt: str, lang: str) -> str:
    # wide enough for the terminal table's last column to keep each row on one line
    pieces = paracheck.render_batch(_items(), fmt, lang, summary_only=True, width=400)
    return b"".join(pieces).decode("utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_memo_and_the_summary_name_the_same_checks():
    a = paracheck.assess(paracheck.load_proposal(str(COULD_BLOCK)))
    worst, causing, _ = a.worse_possible()
    assert worst is not None and worst != a.verdict and causing
    memo_line = view.worst(a, "id")
    assert all(rule in memo_line for rule in causing)
    summary = Summary.of(a)
    assert (summary.worst, summary.worst_because) == (worst, tuple(causing))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_summary_format_says_which_file_could_become_worse(fmt, lang):
    a = paracheck.assess(paracheck.load_proposal(str(COULD_BLOCK)))
    worst, causing, _ = a.worse_possible()
    assert worst is not None
    said = message(
        "summary_worst",
        lang,
        verdict=label("verdict", worst, lang).lower(),
        rules=", ".join(causing),
    )
    out = _flat(html.unescape(_summary(fmt, lang)))
    assert out.count(_flat(said)) == 1, out[-2000:]


def test_the_json_summary_carries_the_worse_verdict_and_its_checks():
    doc = json.loads(_summary("json", "id"))
    rows = {Path(r["source"]).name: r for r in doc["summary"]}
    a = paracheck.assess(paracheck.load_proposal(str(COULD_BLOCK)))
    worst, causing, _ = a.worse_possible()
    assert rows[COULD_BLOCK.name]["worst_verdict"] == worst
    assert rows[COULD_BLOCK.name]["worst_because"] == causing
    assert rows[CANNOT_WORSEN.name]["worst_verdict"] is None
    assert rows[CANNOT_WORSEN.name]["worst_because"] == []


def test_a_file_whose_open_questions_cannot_worsen_it_gets_no_note():
    a = paracheck.assess(paracheck.load_proposal(str(CANNOT_WORSEN)))
    assert a.worse_possible() == (None, [], 0)
    s = Summary.of(a)
    assert view.summary_risks(
        s.top_risks, s.notices, "id", s.notes, s.worst, s.worst_because
    ) == view.summary_risks(s.top_risks, s.notices, "id", s.notes)


def test_the_note_survives_the_worker_processes():
    """A batch assessed in worker processes sends each summary back: the note must come
    with it."""
    items = paracheck.assess_many([str(COULD_BLOCK), str(CANNOT_WORSEN)], workers=2)
    assert items[0].summary.worst == "blocked"
    assert items[0].summary.worst_because
