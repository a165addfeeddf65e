"""The first screen of a memo says what the Saran decides, and a rule code standing alone
there has its title beside it (trial26 U1: a DPRD member reading once found "Kerja sama dapat
dilanjutkan dengan pembenahan …" 90-110 lines down, on the PDF's second page, and read
"belum dapat dinilai (REG-042)" or "(TOC-008 dan TOC-012)" without a word of what they are).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

import paracheck
from paracheck.engine.model import SEVERITY_VERDICT
from paracheck.report import formatting, view
from paracheck.report.advice import saran

ROOT = Path(__file__).resolve().parents[1]
#: a running partnership going on with corrections, an MoU whose term has ended with an open
#: blocker check, one ending within months, and a proposal not yet signed
FILES = (
    "tests/calibration/banyuwangi-nhatrang-2024.yaml",
    "tests/golden/proposals/padang-hildesheim-2016.yaml",
    "tests/golden/proposals/sulteng-quangnam-expiring-2026.yaml",
    "tests/calibration/ntt-northern-territory-2021.yaml",
)


def _assess(rel: str) -> paracheck.Assessment:
    proposal = paracheck.load_proposal(str(ROOT / rel), source=rel)
    return paracheck.assess(proposal, as_of=proposal.date)


def _first_screen(a: paracheck.Assessment, fmt: str, lang: str) -> str:
    """The report in ``fmt`` up to its top-risks heading, as one line of plain words."""
    from paracheck.report.messages import message

    heading = message("heading.top_risks", lang)
    out = paracheck.render(a, fmt, lang)
    if fmt == "text":
        heading = heading.upper()
    elif fmt == "html":
        out = html.unescape(out)
    end = out.index(heading)
    assert end > 0
    return " ".join(out[:end].replace("*", "").split())


@pytest.mark.parametrize("rel", FILES)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_first_screen_says_the_saran_decision_sentence(rel: str, fmt: str, lang: str) -> None:
    a = _assess(rel)
    said = saran(a, lang)
    decision = " ".join(said.items[said.decision].split())
    assert decision in _first_screen(a, fmt, lang)


def test_the_decision_on_the_first_screen_is_the_one_the_head_of_region_takes() -> None:
    """Going on with corrections for a running partnership judged high risk; for an MoU whose
    term ends within months or has ended, the evaluation for the head's choice, not the
    follow-up sentence "Dalam evaluasi itu, …" that leans on it."""
    going_on = _first_screen(_assess(FILES[0]), "text", "id")
    # with the questions to answer first after it (review 340 H1)
    assert "Saran (butir 1 dan 2): Kerja sama dapat dilanjutkan dengan pembenahan" in going_on
    for rel in FILES[1:3]:
        first = _first_screen(_assess(rel), "text", "id")
        decision = first[first.index("Saran (butir") :].split("⚠")[0]
        assert "evaluasi kerja sama sebagai bahan" in decision, decision
        assert not decision.split(": ", 1)[1].startswith("Dalam evaluasi itu")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_open_check_that_could_worsen_the_verdict_is_named_by_what_it_checks(
    fmt: str, lang: str
) -> None:
    """Named by what it checks, not its title: "REG-007: Daerah membuka kantor perwakilan di
    luar negeri" beside "belum dapat dinilai" read as a fact the file never gave (wording
    review 220, 12), and so did its statement in quotation marks (reviews 240 and 280): the
    question it leaves, "apakah daerah berencana membuka kantor perwakilan …"."""
    a = _assess(FILES[1])
    causing = [
        c
        for c in a.checks
        if c.rule_id in (a.worst_because or []) and SEVERITY_VERDICT[c.severity] == a.worst_verdict
    ]
    assert causing, "the lapsed MoU's file leaves checks open that could block it"
    first = " ".join(_first_screen(a, fmt, lang).split())
    questions = view.open_questions(a.pack.name)
    for check in causing:
        assert f"{questions[check.rule_id][lang]} ({check.rule_id})" in first
        assert check.title.get(lang) not in first
        assert f"{check.rule_id} “" not in first


def test_the_oversight_held_after_a_lapsed_mou_is_named_with_its_titles() -> None:
    """The lapsed MoU's verdict note names the oversight of activities still under way (TOC-*)
    by code; each code has its title beside it."""
    a = _assess("tests/data/trial22-f-lapsed-toc.yaml")
    oversight = [c for c in a.checks if c.status == "risk" and c.domain == "transnational_crime"]
    assert oversight, "the file's lapsed MoU keeps an activity whose oversight is a risk"
    for lang in ("id", "en"):
        first = _first_screen(a, "text", lang)
        for check in oversight:
            assert f"{check.rule_id}: {check.title.get(lang)}" in first


#: MoUs ending within months, at the evaluation stage and while running
ENDING = (
    "tests/golden/proposals/sulteng-quangnam-expiring-2026.yaml",
    "tests/data/trial22-d-eval-ending-4m.yaml",
    "tests/data/kalbar-sarawak-expiring-2026.yaml",
)


@pytest.mark.parametrize("rel", ENDING)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_ending_term_is_said_once_on_the_first_screen(rel: str, fmt: str, lang: str) -> None:
    """Held-out 28: "Saran (butir 1): Masa berlaku MoU berakhir pada … Biro Kerja Sama
    ditugaskan segera menyiapkan evaluasi …" was followed at once by the notice "⚠ Masa
    berlaku MoU akan berakhir pada … Biro Kerja Sama agar menyiapkan evaluasi …". The Saran's
    sentence stays (it is the decision, with the report owed); the notice goes from the first
    screen, its day still said there once, and stays in the JSON document."""
    a = _assess(rel)
    day = view.notice_date(a, "mou_expiring")
    assert day is not None, "the file is meant to end within months"
    notice = dict(view.notice_entries(a, lang))["mou_expiring"]
    first = _first_screen(a, fmt, lang)
    assert " ".join(notice.split()) not in first
    shown = formatting.date(day, lang)
    assert first.count(shown) == 1, first
    document = json.loads(paracheck.render(a, "json", lang))
    assert "mou_expiring" in {n["code"] for n in document["notices"]}


def test_the_plan_points_to_the_saran_for_an_ending_term() -> None:
    """The plan's evaluation line pointed to "catatan masa berlaku MoU", which the first
    screen no longer shows for an ending term: it points to the Saran that says it."""
    text = paracheck.render(_assess(ENDING[1]), "text", "id")
    plan = text[text.index("RENCANA TINDAK LANJUT") : text.index("SARAN\n")]
    assert "(lihat Saran)" in plan
    assert "catatan masa berlaku MoU" not in plan
