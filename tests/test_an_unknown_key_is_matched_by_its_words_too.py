"""An unknown key is answered with the key it probably meant: by spelling, or by the words
of another key's label when they say more.

Held-out 60 wrote ``cut_mid_year`` (the budget cut in the middle of last year) and was asked
"mungkin maksudnya 'multi_year' (pendanaan lintas tahun sudah direncanakan)?", the nearest
spelling, whose label says nothing of cuts; the field meant is ``revisions_last_year``
("mid-year budget cuts or reallocations last year").
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes


def _said(section: str, key: str, lang: str = "en") -> str:
    text = f"schema: paracheck/proposal/v1\ntitle: t\n{section}:\n  {key}: 1\n"
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "t.yaml")
    return caught.value.problems[0].text(lang)


def test_a_key_named_by_the_words_of_a_label_gets_that_field() -> None:
    assert _said("budget", "cut_mid_year").endswith(
        "did you mean 'revisions_last_year' (mid-year budget cuts or reallocations last year)?"
    )
    assert "mungkin maksudnya 'revisions_last_year'" in _said("budget", "cut_mid_year", "id")


@pytest.mark.parametrize(
    ("section", "written", "meant"),
    [
        ("budget", "last_year_realisation_rate", "realization_rate"),
        ("budget", "multiyear", "multi_year"),
        ("budget", "partner_money_recorded", "partner_funds_recorded"),
        ("human_resources", "staff_languages", "language_staff"),
    ],
)
def test_a_misspelt_key_still_gets_the_nearest_spelling(section, written, meant) -> None:
    assert f"did you mean '{meant}'" in _said(section, written)


def test_a_key_sharing_one_word_with_a_label_is_not_guessed_from_it() -> None:
    # "year" alone names several budget fields: no guess by words, and none by spelling
    said = _said("budget", "fiscal_year")
    assert "did you mean" not in said and "allowed keys" in said
