"""Beside a decision on high risks, the Saran counts the lesser risks none of its sentences
names, by theme (practitioner trial 33 #2: the Kalimantan Barat – Sarawak memo, "Risiko
tinggi", named illegal fishing in its Saran and nothing of nine other risks, four of them on
the budget; a council member reading only the Saran took fishing for the only problem).
Below a high verdict the decision names its risks itself, and no such sentence is added."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import messages
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data"


def _assess(name: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(DATA / name)))


def test_a_high_risk_saran_counts_every_lesser_risk_it_leaves_unnamed() -> None:
    a = _assess("trial33-kalbar-sarawak-2018.yaml")
    assert a.verdict == "high_risk"
    for lang in ("id", "en"):
        items = saran(a, lang).items
        others, last = items[:-1], items[-1]
        unnamed = [
            c
            for c in a.checks
            if c.status == "risk" and c.severity != "high" and c.rule_id not in " ".join(others)
        ]
        assert len(unnamed) >= 4  # the trial's budget findings among them
        count = messages.in_words(len(unnamed), lang) if lang == "id" else None
        if count is not None:
            assert last.startswith(count[:1].upper() + count[1:] + " risiko lain, tentang ")
        else:
            assert last.startswith("Follow up the ") and " other risks, concerning " in last
        theme = messages.message("advice.theme.budget", lang)
        assert theme in last


def test_a_medium_risk_saran_adds_no_count_of_other_risks() -> None:
    a = _assess("trial33-malang-tsuruoka-2024.yaml")
    assert a.verdict != "high_risk"
    assert not any("risiko lain, tentang" in s for s in saran(a, "id").items)
