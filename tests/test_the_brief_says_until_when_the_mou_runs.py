"""The brief's line on what is put to the DPRD says until when the MoU runs (trial dprd430
F-8: a DPRD asked to approve a sister province to 31 December 2031 read no date in the report;
the assessment contract carries the MoU's last day as ``proposal.expires``, additive)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

SIGNED_FIRST = Path(__file__).parent / "data" / "dprd430-sulut-jeonnam-2026-signed-first.yaml"


def _dprd_line(a: paracheck.Assessment, lang: str) -> str:
    (said,) = [said for label, said in view.brief(a, lang) if "DPRD" in label]
    return " ".join(said.split())


def test_the_dprd_line_says_the_mous_last_day() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(SIGNED_FIRST)))
    assert str(a.proposal.expires) == "2031-10-13"
    assert "; masa berlaku MoU sampai 13 Oktober 2031;" in _dprd_line(a, "id")
    assert "; the MoU runs until October 13, 2031;" in _dprd_line(a, "en")


def test_without_a_last_day_the_line_says_none() -> None:
    text = SIGNED_FIRST.read_text(encoding="utf-8")
    assert "  expires: 2031-10-13\n" in text
    a = paracheck.assess(paracheck.load_proposal_text(text.replace("  expires: 2031-10-13\n", "")))
    assert a.proposal.expires is None
    assert "masa berlaku" not in _dprd_line(a, "id")
