"""The Saran's lists by theme say how many risks each theme holds, and its many open checks
are pointed at by their questions' numbers (wording review 200, 12 and 18, on the NTB
example): "lima risiko tinggi (pelaksanaan program, pasokan listrik, dan kejahatan
transnasional)" set five risks against three words, read as the list of the risks, and
"pertanyaan untuk lima pemeriksaan berisiko tinggi yang belum dapat dinilai" pointed at no
question."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import paracheck
from paracheck.report import advice, messages, view
from paracheck.report.advice import saran

NTB = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"


def _ntb() -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(NTB)))


def _theme(domain: str) -> str:
    return messages.message(f"advice.theme.{domain}", "id")


def test_a_decision_on_many_risks_counts_the_risks_of_each_theme() -> None:
    a = _ntb()
    high = [c for c in view.risks(a) if c.severity == "high"]
    counts = Counter(c.domain for c in high)
    assert len(high) == 5 and len(counts) < len(high)
    first = " ".join(saran(a, "id").items[0].split())
    themes = [f"{_theme(d)} ({messages.in_words(n, 'id')})" for d, n in counts.items()]
    said = f"lima risiko tinggi di bidang {', '.join(themes[:-1])}, dan {themes[-1]}"
    assert said in first, first
    # the counts add up to the sentence's
    assert sum(counts.values()) == len(high)


def test_the_other_risks_are_named_by_theme_without_counts() -> None:
    """The last sentence keeps to its themes: each theme's count, or each severity's, made
    NTB's Saran run onto a third page (the memo keeps to its first two)."""
    a = _ntb()
    last = " ".join(saran(a, "id").items[-1].split())
    named = {"high", "info"}
    others = list(dict.fromkeys(c.domain for c in view.risks(a) if c.severity not in named))
    themes = [_theme(d) for d in others]
    said = f"risiko lain di bidang {', '.join(themes[:-1])}, dan {themes[-1]} sesuai"
    assert said in last, last


def test_many_open_high_checks_are_pointed_at_by_their_questions_numbers() -> None:
    a = _ntb()
    # the open high-severity checks that wait on a question (those waiting only on a step's
    # status are the sentence on the steps to confirm, item 3)
    open_high = advice._open_high(a)
    assert len(open_high) > 4
    every = [c.rule_id for c in a.checks if c.status == "unknown" and c.severity == "high"]
    assert set(open_high) < set(every)
    questions, _ = view.memo_questions(a, "id")
    numbers = sorted(
        {n for n, q in enumerate(questions, 1) if set(open_high) & set(q["checks"])}  # type: ignore[arg-type]
    )
    said = " ".join(" ".join(saran(a, "id").items).split())
    # a run of four or more said as a range (web 462 M6)
    assert numbers == [3, 4, 5, 6, 9, 10]
    # the clause follows one naming "daftar pertanyaan" already
    assert "demikian pula pertanyaan nomor 3 sampai dengan 6, 9, dan 10, yang jawabannya" in said
    assert "pertanyaan untuk lima pemeriksaan" not in said
