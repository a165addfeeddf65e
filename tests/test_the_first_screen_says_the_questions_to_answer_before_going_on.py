"""The first screen says the questions to answer before going on with the decision (review
340 H1).

Written down before the change, with the reasoning: the bundled regency example's first screen
said "Saran (butir 1): Usulan dapat diteruskan ke penyusunan dan penandatanganan surat
pernyataan kehendak (LoI); …", and only item 2, off the first screen, said "Sebelum usulan
diteruskan, Bagian Kerja Sama ditugaskan menjawab lebih dulu pertanyaan nomor 1 …: jawabannya
dapat mengubah kesimpulan menjadi terhambat". A Kepala Biro deciding from the first screen
reads a go-ahead. Expected: the first screen says both items, numbered, the decision and then
the questions ("Saran (butir 1 dan 2): …"); where no open question could make the verdict
worse the first screen says the decision alone, as before; beside a lapsed MoU, whose
questions are for a new MoU only, the decision alone too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import saran

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _assessed(name: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(EXAMPLES / name))


@pytest.mark.parametrize(
    ("lang", "head", "asked"),
    [
        ("id", "Saran (butir 1 dan 2): Usulan dapat diteruskan", "Sebelum usulan diteruskan, "),
        ("en", "Recommendation (items 1 and 2): ", "Before the proposal goes on, "),
    ],
)
def test_the_decision_and_the_questions_before_it_are_said_together(lang, head, asked):
    said = saran(_assessed("regency-with-province-2021.yaml"), lang)
    first = said.on_first_screen(lang)
    assert first.startswith(head), first
    assert said.items[1].startswith(asked)
    assert first.endswith(said.items[1])
    assert said.items[0] in first


def test_the_first_screen_of_the_memo_shows_both():
    memo = " ".join(
        paracheck.render(_assessed("regency-with-province-2021.yaml"), "text", "id").split()
    )
    top = memo.split("RISIKO UTAMA")[0]
    assert "Saran (butir 1 dan 2):" in top
    assert "menjawab lebih dulu pertanyaan nomor 1" in top


def test_without_questions_that_could_worsen_the_verdict_the_decision_is_alone():
    a = _assessed("well-prepared-2023.yaml")
    said = saran(a, "id")
    assert said.then is None
    assert said.on_first_screen("id").startswith(f"Saran (butir {said.decision + 1}): ")


def test_beside_a_lapsed_mou_the_questions_for_a_new_one_stay_off_the_first_screen():
    path = Path(__file__).parent / "golden" / "proposals" / "padang-hildesheim-2016.yaml"
    said = saran(paracheck.assess(paracheck.load_proposal(path)), "id")
    asked = [i for i in said.items if "sebelum naskah MoU baru disusun: jawabannya" in i]
    assert asked  # the questions are asked, for a new MoU
    assert said.then is None
    assert asked[0] not in said.on_first_screen("id")
