"""An MoU signed before the central government's approval, with the approval still awaited:
the plan's letter to the Home Affairs Minister asks for the approval, as the Saran's opening
does, and the Saran names every risk that one letter answers (wording 58 M3: the Saran's
letter asked for the approval while the plan's only reported the MoU, and REG-046 — the Full
Powers issued before the approval, reported in the same letter — was left as "satu risiko
lain", a second task that does not exist).

Where the approval was issued, only late, the letter reports and follows the directions: it
asks for no approval given already."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

AWAITED = Path(__file__).parent / "data" / "wording57-central-approval-in-progress.yaml"
IN_PROGRESS = "  - {step: central_approval, status: in_progress, date: 2021-08-01}\n"


def _assessed(text: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal_text(text))


def _letter(a: paracheck.Assessment, lang: str) -> tuple[str, list[str]]:
    """The plan's one action for REG-023, and the rules it follows up."""
    ((text, rules),) = [
        (str(item["text"]), list(item.get("rules") or []))
        for _, items in view.action_plan(a, lang)
        for item in items
        if "REG-023" in (item.get("rules") or [])
    ]
    return text, rules


def test_the_plans_letter_asks_for_the_approval_still_awaited() -> None:
    a = _assessed(AWAITED.read_text(encoding="utf-8"))
    text, rules = _letter(a, "id")
    assert rules == ["REG-023", "REG-046"]
    assert "dan memohon persetujuan itu atau arahan pembenahannya" in text, text
    english, _ = _letter(a, "en")
    assert "asking for that approval or for directions to put it right" in english, english


def test_the_saran_names_the_full_powers_risk_with_the_letter_not_as_another_task() -> None:
    a = _assessed(AWAITED.read_text(encoding="utf-8"))
    said = " ".join(advice(a, "id"))
    assert "dijalankan lebih dulu (REG-023, REG-046)." in said, said
    assert "risiko lain" not in said, said
    assert "(REG-023, REG-046)." in " ".join(advice(a, "en"))


def test_an_approval_issued_late_is_reported_not_asked_for() -> None:
    text = AWAITED.read_text(encoding="utf-8")
    assert IN_PROGRESS in text
    late = text.replace(
        IN_PROGRESS, "  - {step: central_approval, status: done, date: 2021-08-01}\n"
    )
    letter, rules = _letter(_assessed(late), "id")
    assert rules == ["REG-023", "REG-046"]
    assert "memohon" not in letter, letter
    assert letter.endswith("dan ikuti arahan pembenahannya."), letter
