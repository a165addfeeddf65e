"""Beside a notice that says a fact must be corrected first, the Saran opens with the
correction and words the decision as provisional (words19 A2: "Usulan dapat diteruskan ke
surat pernyataan kehendak (LoI) …" in item 1, then "… lalu usulan dinilai ulang sebelum
diputuskan" in item 2 — the head read a decision, then that nothing may be decided yet)."""

from __future__ import annotations

import pytest

from paracheck.report.advice import _CORRECT_FIRST, advice
from paracheck.report.messages import message
from tests.test_advice import _minimal, corpus

#: how a settled decision opens, in both languages
_SETTLED = {
    "id": ("Usulan dapat diteruskan", "Kerja sama dapat dilanjutkan", "Usulan tidak diteruskan"),
    "en": ("The proposal may go on", "The cooperation may go on", "Do not take the proposal"),
}


def _dates_wrong():
    """A running partnership whose MoU ends before it was signed (notice
    mou_expires_before_signing)."""
    return _minimal(
        date="2025-09-10",
        stage="active",
        local={"name": "Kota Contoh", "level": "city"},
        partner={"name": "Busan", "country": "KR", "level": "municipality"},
        # its approvals recorded: an unlisted one holds the Saran's opening (city 490 F1)
        procedure=[
            {"step": "dprd_approval", "status": "done", "date": "2023-01-10"},
            {"step": "central_approval", "status": "done", "date": "2023-02-10"},
            {"step": "signing", "status": "done", "date": "2023-03-01"},
        ],
        agreement={"expires": "2022-12-31"},
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_facts_to_correct_come_first_and_the_decision_is_provisional(lang):
    a = _dates_wrong()
    assert "mou_expires_before_signing" in {n.code for n in a.notices}
    assert a.verdict == "high_risk"
    said = advice(a, lang)
    first = said[0]
    assert ("memperbaiki data" if lang == "id" else "to correct the facts") in first
    # the notice it is about, in its few words
    assert message("notice_short.mou_expires_before_signing", lang) in first
    assert ("keputusan menunggu" if lang == "id" else "the decision waits") in first
    opening = message("advice.provisional", lang, decision="")
    assert said[1].startswith(opening), said
    assert not any(s.startswith(_SETTLED[lang]) for s in said), said


def test_no_saran_beside_facts_to_correct_opens_with_a_settled_decision():
    seen = 0
    for a in corpus():
        codes = {n.code for n in a.notices}
        if not codes.intersection(_CORRECT_FIRST) or "mou_expired" in codes:
            continue
        if a.verdict == "incomplete":
            continue
        seen += 1
        for lang in ("id", "en"):
            said = advice(a, lang)
            assert ("memperbaiki data" if lang == "id" else "to correct the facts") in said[0]
            assert not any(s.startswith(_SETTLED[lang]) for s in said), (a.proposal.title, said)
    assert seen > 5
