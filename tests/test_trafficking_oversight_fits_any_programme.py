"""TOC-008's oversight names everyone the cooperation moves, not kinds of traveller.

Trial 26 C4: beside a border market and a malaria and TB surveillance programme, the action
read "Pantau keberangkatan dan kepulangan orang yang bergerak melalui kerja sama (awak kapal,
pekerja, pelajar, peserta pertukaran)": kinds the programmes do not move."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

BELU = Path(__file__).parent / "data" / "trial26-belu-bobonaro-lapsed.yaml"
KINDS = {
    "id": ("awak kapal", "pekerja", "pelajar", "pertukaran"),
    "en": ("ship crew", "workers", "students", "exchange"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trafficking_oversight_of_a_health_programme_lists_no_crews_or_students(
    lang: str,
) -> None:
    proposal = paracheck.load_proposal(str(BELU))
    a = paracheck.assess(proposal, as_of=proposal.date)
    (check,) = [c for c in a.checks if c.rule_id == "TOC-008"]
    assert check.status == "risk"
    (advice,) = [r.text.get(lang) for r in check.recommendations]
    assert not [kind for kind in KINDS[lang] if kind in advice], advice
    assert ("setiap orang" if lang == "id" else "everyone") in advice
    memo = paracheck.render(a, "markdown", lang)
    assert advice in memo
