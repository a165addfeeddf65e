"""While a blocker stands, the memo asks only the questions that bear on whether the proposal
can go ahead at all, and says how many wait (wording review 18 B5: a blocked proposal told to
stop its exploration was asked 21 questions, about APBD, electricity and language staff)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.engine.model import SEVERITY_RANK
from paracheck.report import render, view
from paracheck.report.messages import in_words, message

ROOT = Path(__file__).resolve().parents[1]


def _example(name: str) -> paracheck.Assessment:
    proposal = paracheck.load_proposal(ROOT / "examples" / f"{name}.yaml")
    return paracheck.assess(proposal, as_of=proposal.date)


def _memo(out: str, lang: str, upper: bool = False) -> str:
    """The memo's questions section, up to the action plan (headings in capitals in text)."""
    questions, plan = message("heading.questions", lang), message("heading.plan", lang)
    if upper:
        questions, plan = questions.upper(), plan.upper()
    start = out.index(questions)
    return out[start : out.index(plan, start)]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_blocked_memo_asks_only_the_questions_of_blocker_checks(fmt):
    a = _example("blocked-taiwan-2022")
    assert view.blocking_rules(a)
    every = view.question_groups(a, "id")
    asked = [q for q in every if q["rank"] == SEVERITY_RANK["blocker"]]
    assert asked and len(asked) < len(every)
    memo = html.unescape(_memo(render(a, fmt, "id"), "id"))
    for q in every:
        assert (str(q["text"]) in memo) == (q in asked), q["text"]
    # REG-001 is no blocker the region can remove: the others are not asked at all
    deferred = message("questions.deferred.incurable", "id", n=len(every) - len(asked))
    assert deferred in " ".join(memo.split())
    # the annex still lists every open check by its question
    annex = render(a, fmt, "id")[render(a, fmt, "id").index(message("title.annex", "id")) :]
    assert "BUD-001" in annex and "NRG-001" in annex


def test_a_memo_without_a_blocker_asks_every_question():
    a = _example("ntb-zhejiang-2015")
    assert not view.blocking_rules(a)
    shown, deferred = view.memo_questions(a, "id")
    assert deferred == 0 and shown == view.question_groups(a, "id")
    assert "ditunda sampai penghambat" not in render(a, "markdown", "id")


def test_the_text_memo_counts_the_deferred_questions_too():
    a = _example("blocked-taiwan-2022")
    shown, deferred = view.memo_questions(a, "id")
    out = " ".join(render(a, "text", "id").split())
    said = in_words(deferred, "id")  # a count in words opens the sentence (words23 C2)
    opening = f"Sebanyak {said}" if said[0].isdigit() else said.capitalize()
    assert (
        f"{opening} pertanyaan lain tidak perlu dijawab karena kerja sama pemerintah daerah "
        "dengan mitra ini tidak dapat dilakukan"
    ) in out
    numbered = re.findall(r"\b(\d+)\. ", _memo(out, "id", upper=True))
    assert numbered[-1] == str(len(shown))
