"""An MoU signed before the DPRD approved it, the request for approval already before the
DPRD: the plan does not tell the head of region to put it before the DPRD again, and the
Saran's opening says what becomes of a request already made (trial dprd430 F-1: the brief
read "sedang dibahas sejak 3 November 2026" while Saran 1 and the plan said "sampaikan MoU
yang telah ditandatangani kepada DPRD untuk dibahas"; a DPRD member concluded the Gubernur
had not yet written to the DPRD). A request not yet made is still to be made."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

SIGNED_FIRST = Path(__file__).parent / "data" / "dprd430-sulut-jeonnam-2026-signed-first.yaml"
IN_PROGRESS = "  - {step: dprd_approval, status: in_progress, date: 2026-11-03,"


def _dprd_actions(text: str, lang: str = "id") -> list[str]:
    a = paracheck.assess(paracheck.load_proposal_text(text))
    assert next(c for c in a.checks if c.rule_id == "REG-020").status == "risk"
    return [
        str(item["text"])
        for _, items in view.action_plan(a, lang)
        for item in items
        if "REG-020" in (item.get("rules") or [])
    ]


def _opens_with(acts: list[str], words: str) -> bool:
    return any(act.startswith(words) for act in acts)


def test_a_request_under_consideration_is_given_the_signed_mou_not_made_again() -> None:
    text = SIGNED_FIRST.read_text(encoding="utf-8")
    acts = _dprd_actions(text)
    assert _opens_with(
        acts,
        "Karena permohonan persetujuan sedang dibahas DPRD, sampaikan dalam pembahasan itu MoU",
    ), acts
    assert not any("kepada DPRD untuk dibahas" in act for act in acts), acts
    english = _dprd_actions(text, "en")
    assert _opens_with(english, "As the DPRD is considering the request for approval"), english


def test_the_saran_says_a_request_already_made_is_followed_not_repeated() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(SIGNED_FIRST)))
    first = " ".join(advice(a, "id")[0].split())
    assert (
        "(bila permohonan persetujuan sudah diajukan, MoU itu disampaikan dalam pembahasannya)"
        in first
    )


def test_a_request_not_yet_made_is_still_to_be_made() -> None:
    text = SIGNED_FIRST.read_text(encoding="utf-8")
    assert IN_PROGRESS in text
    pending = text.replace(IN_PROGRESS, "  - {step: dprd_approval, status: pending,")
    acts = _dprd_actions(pending)
    assert _opens_with(
        acts, "Karena DPRD belum menyetujui, sampaikan MoU yang telah ditandatangani kepada DPRD"
    ), acts
    assert not any("sedang dibahas" in act for act in acts), acts


def test_the_saran_says_the_clause_its_openings_share_once() -> None:
    """Trial dprd430 F-12: REG-020's and REG-023's openings both began "Sebelum program baru,
    perjanjian kerja sama (PKS) atau pengiriman peserta dimulai, …" on the first screen."""
    a = paracheck.assess(paracheck.load_proposal(str(SIGNED_FIRST)))
    first = " ".join(advice(a, "id")[0].split())
    assert first.count("Sebelum program baru, perjanjian kerja sama (PKS)") == 1
    assert "(REG-020). Selain itu, Biro Kerja Sama ditugaskan segera menyiapkan surat" in first
    english = " ".join(advice(a, "en")[0].split())
    assert "(REG-020). In addition, assign the Cooperation Bureau to prepare now" in english
