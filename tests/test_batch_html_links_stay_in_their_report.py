"""In an HTML batch every report's links to its own checks ("Risiko utama" → the check, the
checklist → the risk's details) lead into that report. Each report wrote the same anchors
(``id="check-BUD-001"``), so a document of five reports held five elements of one id, and a
click in the third report's risk list jumped to the first report's check: a Kepala Biro read
another partnership's finding as this one's (atk24). The first report keeps the anchors a
single report has; each later one's carry its number."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import paracheck

EXAMPLES = sorted(str(p) for p in Path("examples").glob("*.yaml"))
SECTION = re.compile(r'<section class="report" id="report-(\d+)">(.*?)</section>', re.S)


@pytest.fixture(scope="module")
def batch_html() -> str:
    items = paracheck.assess_many(EXAMPLES, workers=1)
    return b"".join(paracheck.render_batch(items, "html", "id")).decode("utf-8")


def test_no_two_elements_of_a_batch_share_an_id(batch_html):
    ids = Counter(re.findall(r'\bid="([^"]+)"', batch_html))
    assert [i for i, n in ids.items() if n > 1] == []


def test_each_reports_links_lead_into_that_report(batch_html):
    sections = SECTION.findall(batch_html)
    assert len(sections) == len(EXAMPLES) >= 3
    ids = {number: set(re.findall(r'\bid="([^"]+)"', body)) for number, body in sections}
    linked = 0
    for number, body in sections:
        targets = set(re.findall(r'href="#([^"]+)"', body))
        linked += len(targets)
        assert targets <= ids[number], (number, sorted(targets - ids[number])[:5])
        elsewhere = set().union(*(found for other, found in ids.items() if other != number))
        assert not targets & elsewhere, (number, sorted(targets & elsewhere)[:5])
    assert linked


def test_a_batch_of_one_writes_the_anchors_a_single_report_has():
    items = paracheck.assess_many(EXAMPLES[:1], workers=1)
    batch = b"".join(paracheck.render_batch(items, "html", "id")).decode("utf-8")
    single = paracheck.render(paracheck.assess(paracheck.load_proposal(EXAMPLES[0])), "html")
    anchors = re.compile(r'(?:href="#|\bid=")check-[^"]+"')
    assert anchors.findall(batch) == anchors.findall(single) != []
