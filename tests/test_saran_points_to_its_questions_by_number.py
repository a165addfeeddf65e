"""The Saran's sentence asking for open questions to be answered points to them by their
numbers in the memo's own list of questions, with the checks they settle, in the order of the
list (trial 30 U1, words30 #1: "menjawab pertanyaan yang terkait dengan REG-007 dan REG-040"
sent a Bupati or a DPRD member to rule codes they cannot look up)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def _numbers_of(a: paracheck.Assessment, rules: set[str]) -> list[int]:
    shown, _ = view.memo_questions(a, "id")
    return [n for n, q in enumerate(shown, 1) if rules & set(q["checks"])]


def test_the_saran_names_the_questions_by_their_numbers_in_the_list():
    a = paracheck.assess(paracheck.load_proposal(NTB))
    said = next(s for s in advice(a, "id") if "menjawab" in s)
    assert "pertanyaan yang terkait dengan" not in said
    causing = {"REG-007", "REG-040"}
    numbers = _numbers_of(a, causing)
    assert len(numbers) == 2
    shown, _ = view.memo_questions(a, "id")
    in_order = [r for n in numbers for r in shown[n - 1]["checks"] if r in causing]
    assert (
        f"pertanyaan nomor {numbers[0]} dan {numbers[1]} pada daftar pertanyaan "
        f"({', '.join(in_order)})"
    ) in said
    english = next(s for s in advice(a, "en") if "answer" in s and "question" in s)
    assert f"questions {numbers[0]} and {numbers[1]} in the list of questions" in english
    # the memo the reader holds numbers them the same way
    memo = paracheck.render(a, "text", "id")
    listed = memo.split("PERTANYAAN YANG PERLU DIJAWAB", 1)[1].split("RENCANA TINDAK", 1)[0]
    for n, rule in zip(numbers, in_order, strict=True):
        item = listed.split(f"\n{n:>2}. ", 1)[1].split(f"\n{n + 1:>2}. ", 1)[0]
        assert rule in item
