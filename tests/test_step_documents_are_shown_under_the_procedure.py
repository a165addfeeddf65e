"""The documents a file names for its procedure steps are shown under the procedure table
(trial 400 H3): an MoU extended by an exchange of letters, written on the signing step's
``document`` as the README says of an addendum, was shown in no report, so an auditor saw a
plain "Penandatanganan MoU · Selesai · 20 September 2013". The assessment carries each
step's ``document`` (additive in v2), and every format lists it under the table, as the file
gives it and made inert in Markdown and HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import paracheck

WELL = Path(__file__).parent.parent / "examples" / "well-prepared-2023.yaml"
LETTERS = "MoU 2013; diperpanjang dengan tukar surat Gubernur 12 November 2018 <b>*x*</b>"


SIGNING = "  - {step: signing, status: done, date: 2023-02-08}\n"


def _assessed() -> paracheck.Assessment:
    """The well-prepared example with its signing step naming the letters that extended it."""
    text = WELL.read_text(encoding="utf-8")
    assert text.count(SIGNING) == 1
    quoted = json.dumps(LETTERS)  # a JSON string is a YAML string
    extended = text.replace(SIGNING, SIGNING[:-2] + f", document: {quoted}}}\n")
    return paracheck.assess(paracheck.load_proposal_text(extended, source=str(WELL)))


def test_the_assessment_carries_each_steps_document():
    a = _assessed()
    (signing,) = [e for e in a.procedure if e.step == "signing"]
    assert signing.document == LETTERS
    assert all(e.document is None for e in a.procedure if e.step != "signing")
    said = json.loads(a.to_json_bytes())
    assert [e["document"] for e in said["procedure"] if e["step"] == "signing"] == [LETTERS]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_text_memo_lists_the_document_under_the_table(lang):
    said = " ".join(paracheck.render(_assessed(), "text", lang).split())
    heading = {"id": "Dokumen yang dicatat dalam berkas", "en": "Documents the file records"}[lang]
    assert heading in said
    step = {"id": "Penandatanganan MoU", "en": "Signing of the MoU"}[lang]
    assert f"{step}: {LETTERS}" in said


def test_markdown_and_html_make_the_document_inert():
    a = _assessed()
    markdown = paracheck.render(a, "markdown", "id")
    assert "<b>" not in markdown.split("Dokumen yang dicatat dalam berkas", 1)[1]
    html = paracheck.render(a, "html", "id")
    assert "&lt;b&gt;*x*&lt;/b&gt;" in html
    assert "<b>*x*</b>" not in html
