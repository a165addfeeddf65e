"""A Saran sentence naming more than three risks says what they are about, by the themes of
their rules, not by a row of codes (fix33c: "lima risiko tinggi (IMP-001, IMP-002, NRG-002,
TOC-001, TOC-003)" told an officer or a DPRD member nothing). The decision sentence, which
the first screen repeats right above the list of top risks by their codes, gives the themes
alone, so NTB's PDF memo keeps to its first two pages (tests/test_pdf.py); an assignment
gives each theme its codes, which tell its offices which risks are theirs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.engine.model import DOMAINS
from paracheck.report import view
from paracheck.report.advice import saran
from paracheck.report.messages import message

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
#: an evaluation whose Saran assigns five medium risks held whatever is decided
SANGIHE = ROOT / "tests" / "data" / "trial24-sangihe-glan-evaluation.yaml"
CODE = re.compile(r"[A-Z]{2,3}-\d{3}")
JOINER = {"id": " dan ", "en": " and "}


def _assess(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_list_in_the_decision_is_named_by_its_themes(lang: str) -> None:
    a = _assess(NTB)
    highs = [c for c in view.risks(a) if c.severity == "high"]
    assert a.verdict == "high_risk" and len(highs) > 3
    said = saran(a, lang)
    decision = said.items[said.decision]
    for check in highs:
        assert message(f"advice.theme.{check.domain}", lang) in decision, (check, decision)
    # the themes, each once, in the order of their first risk
    themes = [message(f"advice.theme.{d}", lang) for d in dict.fromkeys(c.domain for c in highs)]
    assert sorted(themes, key=decision.index) == themes, decision
    assert not CODE.search(decision), decision
    # the first screen repeats it, right above the top risks by their codes
    first = paracheck.render(a, "text", lang)
    assert " ".join(decision.split()[:12]) in " ".join(first.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_assignment_of_a_long_list_gives_each_theme_its_codes(lang: str) -> None:
    a = _assess(SANGIHE)
    domain = {c.rule_id: c.domain for c in a.checks}
    word = {"id": "ditugaskan menindaklanjuti", "en": "to follow up"}[lang]
    assigned = [s for s in saran(a, lang).items if word in s and len(CODE.findall(s)) > 3]
    assert len(assigned) == 1, saran(a, lang).items
    sentence = assigned[0]
    groups: dict[str, list[str]] = {}
    for code in CODE.findall(sentence):
        groups.setdefault(domain[code], []).append(code)
    assert len(groups) > 1, sentence
    for theme, codes in groups.items():
        said = f"{message(f'advice.theme.{theme}', lang)} ({', '.join(codes)})"
        assert said in sentence, (said, sentence)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_domain_has_a_theme_without_the_lists_own_joiner(lang: str) -> None:
    """A theme saying "dan" itself would blur the list that joins the themes with it
    ("pelaksanaan sektor dan program dan prosedur dan syarat …", a draft of fix33c)."""
    for domain in DOMAINS:
        theme = message(f"advice.theme.{domain}", lang)
        assert theme and JOINER[lang] not in f" {theme} ", (domain, theme)
