"""A PKS still owed in 2021 under an MoU signed in 2019: the reason names the instrument in
force on the date judged beside the one the implementation began under (trial 430 H1: the
Tarakan – Tawau memo of 5 October 2021 gave IMP-007 only "Dalam praktik Permendagri 3/2008
…", revoked in May 2020, while its own notice said what still runs is judged by Permendagri
25/2020). An MoU judged before 22 May 2020 is not told of Permendagri 25/2020."""

from __future__ import annotations

from pathlib import Path

import paracheck

TARAKAN = Path(__file__).parent / "data" / "trial430-tarakan-tawau-2021.yaml"


def _reason(text: str, lang: str = "id") -> str:
    a = paracheck.assess(paracheck.load_proposal_text(text))
    check = next(c for c in a.checks if c.rule_id == "IMP-007")
    assert check.status == "risk"
    return " ".join(getattr(check.why, lang).split())


def test_a_pks_owed_after_2020_is_said_owed_under_the_instrument_in_force() -> None:
    said = _reason(TARAKAN.read_text(encoding="utf-8"))
    assert said.startswith("Dalam praktik Permendagri 3/2008"), said
    assert "masuk tahap pelaksanaan menurut Permendagri 25/2020" in said, said
    english = _reason(TARAKAN.read_text(encoding="utf-8"), "en")
    assert "is part of the implementation stage under Permendagri 25/2020" in english


def test_a_pks_judged_before_2020_is_not_told_of_the_later_instrument() -> None:
    text = TARAKAN.read_text(encoding="utf-8")
    assert "date: 2021-10-05" in text
    said = _reason(text.replace("date: 2021-10-05", "date: 2020-03-02", 1))
    assert "25/2020" not in said, said
