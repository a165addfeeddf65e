"""``budget.multi_year`` means that funding for more than one year is planned (Renstra,
RPJMD), and every place that names it says so: not "tahun jamak", the narrow multi-year
device of regional finance that a training or scholarship programme cannot use, so that an
honest officer answered "tidak" and drew BUD-005 on almost every file.

Practitioner trial 32 M3: label "anggaran tahun jamak", question "… (tahun jamak)?", the memo's
brief "tanpa komitmen tahun jamak"; the advice itself ("kerangka pendanaan jangka menengah,
selaras dengan RPJMD") is what the field should ask.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.facts import template
from paracheck.facts.questions import question_for

DATA = Path(__file__).parent / "data"
FIELD = "budget.multi_year"


def test_the_label_and_the_question_say_funding_planned_across_years():
    said_id, said_en = (paracheck.field_label(FIELD, lang) for lang in ("id", "en"))
    assert "lintas tahun" in said_id and "RPJMD" in said_id
    assert "across years" in said_en
    question = question_for(FIELD)
    assert "lebih dari satu tahun" in question["id"] and "RPJMD" in question["id"]
    for said in (said_id, said_en, question["id"], question["en"]):
        assert "jamak" not in said and "multi-year" not in said


def test_the_memo_brief_says_no_funding_planned_across_years():
    proposal = paracheck.load_proposal(str(DATA / "trial32-kendal-tsuruoka-2024.yaml"))
    assert proposal.budget.multi_year is False
    a = paracheck.assess(proposal, as_of=proposal.date)
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "tanpa pendanaan lintas tahun yang direncanakan" in memo
    assert "jamak" not in memo
    english = " ".join(paracheck.render(a, "text", "en").split())
    assert "with no funding planned across years" in english


def test_the_template_says_what_the_field_means():
    for lang, words in (("id", "lintas tahun"), ("en", "across years")):
        text = template.proposal_template("sister_city", lang)
        line = next(x for x in text.splitlines() if "multi_year:" in x)
        assert words in line


def test_the_form_helps_with_the_field():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    page = TestClient(create_app()).get("/").text
    assert "pendanaan untuk lebih dari satu tahun sudah direncanakan" in page
    assert "Pendanaan lintas tahun sudah direncanakan (Renstra/RPJMD)" in page
