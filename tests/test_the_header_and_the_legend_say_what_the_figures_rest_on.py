"""What an evaluator reads as a slip, said where it is read (wording review 220): the header's
"Dasar penilaian" over an MoU signed under an earlier regime names that regime for the steps
up to the signing (5: "PP 28/2018 dan Permendagri 25/2020" over a 2016 MoU read as the later
order applied to the steps of 2016); the score's line says a check's level is its rule's, not
its score's (14: HR-003 scored 8 "Sedang" beside NRG-001 scored 8 "Rendah"); and a
programme moving people of unstated kind is judged *as* a placement of workers until its kind
is recorded, not called workers (15: beside a patients' referral programme)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render
from tests.held_out import assessed

DATA = Path(__file__).parent / "data"
PEKALONGAN_2021 = DATA / "holdout213-pekalongan-jeonju-2021.yaml"
NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_header_names_the_regime_of_the_signing_for_its_steps():
    a = assessed(PEKALONGAN_2021)
    assert "signed_under_earlier_regime" in {n.code for n in a.notices}
    for fmt in ("text", "markdown", "html"):
        said = _flat(render(a, fmt, "id"))
        assert (
            "MoU ditandatangani ketika Permendagri 3/2008 berlaku, dan langkah sampai "
            "penandatanganan dinilai menurut aturan saat itu" in said
        ), fmt
    english = _flat(render(a, "text", "en"))
    assert "MoU signed while Permendagri 3/2008 applied, and the steps up to the signing" in (
        english
    )


def test_a_partnership_signed_under_the_regime_that_judges_it_has_no_such_words():
    a = paracheck.assess(paracheck.load_proposal(NTB))
    assert "signed_under_earlier_regime" not in {n.code for n in a.notices}
    assert "langkah sampai penandatanganan dinilai menurut aturan saat itu" not in _flat(
        render(a, "text", "id")
    )


def test_the_score_line_says_the_level_is_set_by_each_check():
    a = paracheck.assess(paracheck.load_proposal(NTB))
    for fmt in ("text", "markdown", "html"):
        said = _flat(render(a, fmt, "id"))
        assert (
            "tingkat setiap risiko (penghambat, tinggi, sedang, atau rendah) ditetapkan untuk "
            "setiap pemeriksaan, tidak diturunkan dari skor" in said
        ), fmt
    assert "is set by its check, not derived from the score" in _flat(render(a, "text", "en"))


def test_people_of_unstated_kind_are_judged_as_workers_not_called_workers():
    a = assessed(DATA / "holdout35-dumai-melaka-2024.yaml")
    check = next(c for c in a.checks if c.rule_id == "TOC-008")
    notes = [e.note for e in check.evidence if e.path.endswith(".moves_people") and e.note]
    assert notes
    for note in notes:
        assert note.id == (
            "siapa yang dikirim atau diterima tidak dicatat; sampai jenisnya dicatat, "
            "pemeriksaan perdagangan orang menilainya seperti pengiriman pekerja atau awak kapal"
        )
        assert "until it is, the trafficking checks judge it as a placement of workers" in (note.en)
