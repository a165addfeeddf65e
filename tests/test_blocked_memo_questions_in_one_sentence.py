"""A blocked memo whose questions all wait for the blocker says so in one sentence, where it
said "Tidak ada." and then "Sebanyak sembilan pertanyaan lain ditunda …" — "lain" to none
(words19 B12). A memo that lists some questions keeps its note on the others."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.facts.loader import parse_proposal_data
from paracheck.report import view
from paracheck.report.messages import in_words, message

ROOT = Path(__file__).resolve().parents[1]


def _interfering(name: str) -> paracheck.Assessment:
    """An example whose draft gives the partner a role in the region's government: blocked
    by REG-040 and REG-041, which most questions do not bear on."""
    data = yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))
    data.setdefault("basis", {}).update(domestic_interference=True, central_affairs=["security"])
    proposal = parse_proposal_data(data)
    return paracheck.assess(proposal, as_of=proposal.date)


def _flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _section(out: str, lang: str) -> str:
    """The memo's questions section, up to the plan's heading (upper case in text)."""
    low = out.lower()
    start = low.index(message("heading.questions", lang).lower())
    return out[start : low.index(message("heading.plan", lang).lower(), start)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_whose_questions_all_wait_for_the_blocker_says_so_in_one_sentence(fmt, lang):
    a = _interfering("regency-with-province-2021")
    assert a.verdict == "blocked"
    questions, deferred = view.memo_questions(a, lang)
    assert not questions and deferred > 1
    out = _flat(paracheck.render(a, fmt, lang))
    said = _section(out, lang)
    # not "Tidak ada." then "Sebanyak sembilan pertanyaan lain ditunda …"
    assert message("none", lang) not in said
    assert message("questions.deferred", lang, n=deferred) not in said
    assert message("questions.deferred.all", lang, n=deferred) in said
    if lang == "id":
        assert f"{in_words(deferred, 'id')} pertanyaan ditunda" in said
        assert "pertanyaan lain" not in said


def test_a_memo_that_lists_some_questions_keeps_its_note_on_the_others():
    a = _interfering("ntb-zhejiang-2015")
    questions, deferred = view.memo_questions(a, "id")
    assert questions and deferred
    out = _flat(paracheck.render(a, "markdown", "id"))
    assert message("questions.deferred", "id", n=deferred) in out
    assert "Belum ada pertanyaan yang perlu dijawab sekarang" not in out
