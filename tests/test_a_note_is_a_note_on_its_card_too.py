"""A check of severity ``info`` that finds its statement unmet is a note, not a risk: the
checklist says "Catatan", and so does its card in the risk details, whose score says it is not
counted in the total (web440 L1: IMP-012's card read "Risiko" and "Kemungkinan 2 × Dampak 2 = 4"
beside a checklist calling it "Catatan" and a total that left it out)."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.report import render

JAMBI = Path(__file__).parent / "data" / "holdout145-jambi-guilin-2026.yaml"


def _assessed() -> paracheck.Assessment:
    a = paracheck.assess(paracheck.load_proposal(str(JAMBI)))
    (note,) = [c for c in a.checks if c.rule_id == "IMP-012"]
    assert (note.status, note.severity) == ("risk", "info")
    return a


def test_the_html_card_of_a_note_says_catatan_and_that_its_score_is_not_counted() -> None:
    html = render(_assessed(), "html", "id")
    card = html[html.index('id="check-IMP-012"') :]
    head = card[: card.index("</div>")]
    badges = re.findall(r'<span class="badge[^"]*">([^<]*)</span>', head)
    assert badges[0] == "Catatan"
    assert "tidak dihitung dalam jumlah skor" in badges[2]


def test_every_format_says_the_notes_score_is_not_counted() -> None:
    a = _assessed()
    for fmt, words in (("text", "id"), ("markdown", "id"), ("text", "en")):
        said = " ".join(render(a, fmt, words).split())
        expected = (
            "tidak dihitung dalam jumlah skor"
            if words == "id"
            else "not counted in the total score"
        )
        assert expected in said, fmt


def test_a_risk_card_keeps_its_plain_score() -> None:
    html = render(_assessed(), "html", "id")
    risky = [c for c in _assessed().checks if c.status == "risk" and c.severity != "info"]
    assert risky
    card = html[html.index(f'id="check-{risky[0].rule_id}"') :]
    head = card[: card.index("</div>")]
    assert "tidak dihitung" not in head and ">Risiko<" in head
