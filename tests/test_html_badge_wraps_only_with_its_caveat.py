"""A checklist status badge wraps (class ``wraps``) exactly where its words carry the
reference-data caveat ("… pastikan kepada Kemlu)"), whatever was rendered before in the same
process. The risk row of a check resting on the reference data is the rule's fixed row, written
once per process (``view.memo_row``): a class taken from the check's evidence made an HTML
batch's bytes depend on which file a worker rendered first (perf19a, ``batch_ab.py --files
24``: "badge risk wraps" after one file, "badge risk" after another)."""

from __future__ import annotations

import re

import pytest

from paracheck.report import render
from paracheck.report.messages import message
from tests.test_advice import corpus

BADGE = re.compile(r'<span class="badge (\w+)( wraps)?">([^<]*)</span>')


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_badge_wraps_exactly_where_its_words_carry_the_caveat(lang: str) -> None:
    caveat = message("status.clear_by_reference", lang)
    wrapped = 0
    for a in corpus():  # one process, in order: every row a memo may hold is met
        for status, wraps, words in BADGE.findall(render(a, "html", lang)):
            said = words.replace("&#39;", "'")
            assert bool(wraps) == (said == caveat), (a.proposal.title, status, said)
            wrapped += bool(wraps)
    assert wrapped > 0
