"""A comparison across ``budgeted_last_year: false`` says the rate and the count of cuts are
none because there was no budget, not "belum diisi": newcomer trial 14 read "belum diisi" as
a field the officer forgot, and here the form itself tells her to leave both empty once she
answers «tidak» (atk24: "Tingkat realisasi anggaran: 40% → belum diisi")."""

from __future__ import annotations

import pytest

import paracheck

HEAD = "schema: paracheck/proposal/v1\ntitle: Uji\n"
WITH = HEAD + "date: 2022-03-01\nbudget:\n  realization_rate: 0.4\n  revisions_last_year: 3\n"
NONE = HEAD + "date: 2022-06-01\nbudget:\n  budgeted_last_year: false\n"
SAID = {
    "id": "tidak ada, karena tahun lalu belum ada anggaran",
    "en": "none, as there was no budget last year",
}


def _lines(old: str, new: str, lang: str) -> list[str]:
    a, b = (
        paracheck.load_proposal_text(t, source=f"{n}.yaml") for n, t in (("a", old), ("b", new))
    )
    text = paracheck.render_diff(
        paracheck.diff(paracheck.assess(a), paracheck.assess(b), proposals=(a, b)), "text", lang
    )
    return [line.strip() for line in text.splitlines()]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_records_dropped_for_no_budget_are_said_to_be_none(lang):
    lines = _lines(WITH, NONE, lang)
    rate = next(
        line for line in lines if line.startswith(("- Tingkat realisasi", "- Budget realisation"))
    )
    assert rate.endswith(f"→ {SAID[lang]}"), rate
    assert " ".join(lines).count(SAID[lang]) == 2  # the count of cuts too (a line may wrap)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_old_side_without_a_budget_is_said_so_too(lang):
    lines = _lines(NONE, WITH, lang)
    rate = next(
        line for line in lines if line.startswith(("- Tingkat realisasi", "- Budget realisation"))
    )
    assert f": {SAID[lang]} →" in rate, rate


def test_a_record_left_out_with_no_answer_is_still_blank():
    lines = _lines(WITH, HEAD + "date: 2022-06-01\n", "id")
    rate = next(line for line in lines if line.startswith("- Tingkat realisasi"))
    assert rate.endswith("→ belum diisi"), rate
