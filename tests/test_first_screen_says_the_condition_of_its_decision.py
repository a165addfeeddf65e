"""The first screen's Saran line says a decision made "on that condition" with that condition
(practitioner trial 32 W1): an MoU signed without central-government approval opens the Saran
with the report to Kemendagri while implementation waits, and the decision after it reads
"Dengan syarat itu, kerja sama dapat dilanjutkan …". Shown alone under the Kesimpulan, that
line pointed at a sentence the first screen did not show."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data"
CONDITIONAL = DATA / "trial32-bitung-qinzhou-2021.yaml"  # signed, central approval pending
PLAIN = DATA / "trial32-kendal-tsuruoka-2024.yaml"  # a proposal: no opening sentence


def _first_screen(path: Path, lang: str) -> str:
    text = paracheck.render(paracheck.assess(paracheck.load_proposal(path)), "text", lang=lang)
    marker = "RISIKO UTAMA" if lang == "id" else "TOP RISKS"
    assert marker in text
    head = text.split(marker)[0]
    return " ".join(head.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_conditional_decision_is_shown_with_its_condition(lang: str) -> None:
    a = paracheck.assess(paracheck.load_proposal(CONDITIONAL))
    s = saran(a, lang)
    assert s.condition is not None and s.condition < s.decision
    assert "REG-023" in s.items[s.condition]
    screen = _first_screen(CONDITIONAL, lang)
    label = "Saran (butir" if lang == "id" else "Recommendation (items"
    assert f"{label} {s.condition + 1} " in screen
    # both sentences, in the Saran's order, on the first screen
    condition, decision = (" ".join(s.items[i].split()) for i in (s.condition, s.decision))
    assert condition in screen and decision in screen
    assert screen.index(condition) < screen.index(decision)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unconditional_decision_is_shown_alone(lang: str) -> None:
    a = paracheck.assess(paracheck.load_proposal(PLAIN))
    s = saran(a, lang)
    assert s.condition is None
    screen = _first_screen(PLAIN, lang)
    # with the questions to answer before going on after it, where there are (review 340 H1)
    label = "Saran (butir" if lang == "id" else "Recommendation (item"
    if s.then is not None:
        label = "Saran (butir" if lang == "id" else "Recommendation (items"
        assert f"{label} {s.decision + 1} " in screen
        assert " ".join(s.items[s.then].split()) in screen
    else:
        assert f"{label} {s.decision + 1}): " in screen
    assert " ".join(s.items[s.decision].split()) in screen
