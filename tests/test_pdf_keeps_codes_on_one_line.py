"""The PDF keeps each rule code on one line: Chromium breaks a line after a hyphen, and the
printed Saran read "(BUD-⏎007)" and "REG-⏎042" (trial 30 C2). The HTML handed to Chromium
wraps each code of the body's text in a span that does not wrap; the text, the links and the
head stay as they are."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.facts.loader import load_proposal
from paracheck.report import documents
from paracheck.report.pdf import unbroken_codes

FILE = Path(__file__).parent / "data" / "trial30-sumenep-lapsed-idle.yaml"
NOWRAP = '<span style="white-space:nowrap">'
CODE = re.compile(r"\b[A-Z]{2,4}-\d{3}\b")
TAG = re.compile(r"<[^>]+>")
SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def _html() -> str:
    return documents.html(paracheck.assess(load_proposal(FILE)), "id")


def test_every_code_in_the_body_text_is_kept_on_one_line() -> None:
    """Every code outside the heat map's SVG, whose text is left as it is (the PDF's
    heat map: a span inside it closed the chart)."""
    html = _html()
    printed = unbroken_codes(html)
    body = SVG.sub("", printed[printed.index("<body") :])
    texts = re.findall(r">([^<]+)<", body.replace(NOWRAP, "").replace("</span>", ""))
    codes = [code for text in texts for code in CODE.findall(text)]
    assert codes  # the Saran and the plan name their rules
    assert body.count(NOWRAP) == len(codes)
    for code in set(codes):
        assert f"{NOWRAP}{code}</span>" in body


def test_the_text_the_links_and_the_head_are_unchanged() -> None:
    html = _html()
    printed = unbroken_codes(html)
    at = html.index("<body")
    assert printed[:at] == html[:at]
    assert TAG.sub("", printed) == TAG.sub("", html)
    assert re.findall(r'(?:href|id)="[^"]*"', printed) == re.findall(r'(?:href|id)="[^"]*"', html)
