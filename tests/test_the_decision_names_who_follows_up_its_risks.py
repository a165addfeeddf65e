"""The decision says who follows its risks up, where the assignment after it would only name
them for "risiko tersebut" (review 310, 13: "1. Kerja sama dapat dilanjutkan dengan
pembenahan: satu risiko tinggi … ditindaklanjuti sesuai rencana tindak lanjut. 2. Bagian
Kerja Sama ditugaskan menindaklanjuti risiko tersebut sesuai rencana tindak lanjut." — one
instruction in two items, the reader tracing "tersebut" back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.report.advice import advice
from tests.held_out import assessed

DATA = Path(__file__).parent / "data"
MATARAM = DATA / "holdout101-mataram-zhoushan-2026.yaml"
KUPANG_LATER = DATA / "holdout274-kupang-vilnius-energi-2026-12.yaml"


@pytest.mark.parametrize(
    ("path", "lang", "said"),
    [
        (MATARAM, "id", "(IMP-006), ditindaklanjuti oleh Bagian Kerja Sama sesuai rencana"),
        (MATARAM, "en", "have the Cooperation Section follow up one high risk"),
        (
            KUPANG_LATER,
            "id",
            "(HR-005), ditindaklanjuti oleh Bagian Kerja Sama pada tahap perencanaan sesuai",
        ),
    ],
)
def test_the_decision_says_the_office_and_no_item_points_back_to_it(path, lang, said):
    items = advice(assessed(path), lang)
    assert said in items[0], items[0]
    back = "risiko tersebut" if lang == "id" else "those risks"
    assert not any(back in item for item in items), items


def test_an_office_named_in_the_decision_is_not_assigned_again():
    items = advice(assessed(MATARAM), "id")
    again = "Bagian Kerja Sama ditugaskan menindaklanjuti"
    assert not any(item.startswith(again) for item in items), items


def test_the_sector_review_records_its_decision_as_the_programmes_status():
    """review 310, 15: a programme still "berjalan" after years without activity stays
    counted as running; the review's decision is written into each programme's status."""
    a = assessed(DATA / "holdout294-padangpanjang-kazan-evaluasi-2026.yaml")
    imp005 = next(c for c in a.checks if c.rule_id == "IMP-005")
    texts = [r.text.id for r in imp005.recommendations]
    assert any("lalu catat hasilnya pada status setiap program" in t for t in texts), texts
