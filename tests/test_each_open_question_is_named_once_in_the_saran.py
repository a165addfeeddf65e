"""The Saran names each open question once, under the gravest verdict its answer could bring
(wording review 452, M7): a question settling a high and a medium check was listed both among
those that "dapat mengubah kesimpulan menjadi risiko tinggi" and those that could make it
medium (questions 5 and 36 of the exact-cover file)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("*.yaml")) + sorted(
    (Path(__file__).parent.parent / "examples").glob("*.yaml")
)
_LIST = {
    "id": r"pertanyaan nomor (\d[\d, ]*(?:(?:dan|sampai dengan) [\d, ]*)*) (?:pada|\()",
    "en": r"questions? (\d[\d, ]*(?:(?:and|to) [\d, ]*)*) (?:in the list|\()",
}
_RANGE = {"id": r"(\d+) sampai dengan (\d+)", "en": r"(\d+) to (\d+)"}


def _named(sentence: str, lang: str) -> list[int]:
    """Every question number the sentence names, with repeats, a range expanded."""
    out: list[int] = []
    for found in re.findall(_LIST[lang], sentence):
        for first, last in re.findall(_RANGE[lang], found):
            out += range(int(first), int(last) + 1)
        out += [int(n) for n in re.findall(r"\d+", re.sub(_RANGE[lang], "", found))]
    return out


def _saran(path: Path, lang: str) -> list[str]:
    from paracheck.report.advice import advice

    return list(advice(paracheck.assess(paracheck.load_proposal(str(path))), lang))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_question_settling_a_high_and_a_medium_check_is_named_with_the_high_ones(lang) -> None:
    said = _saran(DATA / "attack450-exact-cover-low-risk.yaml", lang)
    asked = next(s for s in said if "REG-030" in s)
    numbers = _named(asked, lang)
    assert sorted(numbers[:7]) == [1, 2, 3, 4, 5, 6, 7]
    assert 5 not in numbers[7:]
    # question 36 is asked later, at the signing: not one to answer before going on (wording
    # review 462 H1)
    assert 36 not in numbers
    # the medium group still names the medium checks only it asks about, not HR-005 (whose
    # question 5 is named with the high ones already)
    medium = asked.split(";")[-1]
    assert "HR-005" not in medium and "IMP-010" not in medium and "REG-004" in medium


def test_no_saran_of_the_corpus_names_a_question_twice() -> None:
    twice = {}
    for path in FILES:
        for sentence in _saran(path, "id"):
            numbers = _named(sentence, "id")
            repeated = sorted({n for n in numbers if numbers.count(n) > 1})
            if repeated:
                twice[path.name] = repeated
    assert not twice


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "demikian pula pertanyaan nomor 4 sampai dengan 7 (REG-006,"),
        ("en", "likewise questions 4 to 7 (REG-006,"),
    ],
)
def test_a_run_of_four_or_more_question_numbers_is_said_as_a_range(lang, said) -> None:
    """Web 462 M6: "pertanyaan nomor 8, 9, 10, …, dan 25" listed eighteen numbers; three in a
    row stay listed ("1, 2, dan 3"); after the first clause the list is not named again
    (wording review 462 L4)."""
    text = " ".join(_saran(DATA / "attack450-exact-cover-low-risk.yaml", lang))
    assert said in text
    assert ("nomor 1, 2, dan 3 pada" if lang == "id" else "questions 1, 2 and 3 in") in text


def test_a_question_asked_later_is_left_out_of_those_to_answer_before_going_on() -> None:
    """Wording review 462 H1: question 36, "(ditanyakan nanti, pada tahap MoU
    ditandatangani)", was among those "Sebelum usulan diteruskan, … menjawab lebih dulu"."""
    a = paracheck.assess(paracheck.load_proposal(str(DATA / "attack450-exact-cover-low-risk.yaml")))
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "36. " in memo and "(ditanyakan nanti, pada tahap MoU ditandatangani)" in memo
    from paracheck.report.advice import advice

    asked = next(s for s in advice(a, "id") if "REG-030" in s)
    assert 36 not in _named(asked, "id") and "IMP-006" not in asked


@pytest.mark.parametrize(
    ("lang", "list_"), [("id", "pada daftar pertanyaan"), ("en", "in the list")]
)
def test_no_saran_sentence_names_the_list_of_questions_twice(lang, list_) -> None:
    """After its first clause a sentence names the questions by their numbers alone, beside a
    high-risk verdict's own open high checks too ("…; demikian pula pertanyaan nomor 2 dan 3
    (REG-044, REG-042), yang jawabannya dapat menambah temuan risiko tinggi"): the clause
    named "pada daftar pertanyaan" a second time (Banyuwangi – Nha Trang, left at the last
    stop). The corpus has such sentences: the test would pass on none."""
    alike = 0
    twice = {}
    calibration = (Path(__file__).parent / "calibration").glob("*.yaml")
    for path in FILES + sorted(p for p in calibration if p.name != "expectations.yaml"):
        for sentence in _saran(path, lang):
            if sentence.count(list_) > 1:
                twice[path.name] = sentence
            alike += "demikian pula" in sentence or "likewise" in sentence
    assert not twice
    assert alike >= 5
