"""An unknown key holding an invisible character (a zero-width space, a bidi override) is
written in the error with that character as an escape, as a value's is (attack 430 M5: "Kunci
'sta​ge' tidak dikenal …; mungkin maksudnya 'stage'?" read as the very key it suggested)."""

from __future__ import annotations

import pytest

import paracheck


def _problems(text: str) -> list[str]:
    with pytest.raises(paracheck.InputError) as err:
        paracheck.load_proposal_text(text, source="zw.yaml")
    return [p.describe("id") for p in err.value.problems]


def test_a_zero_width_space_in_a_key_is_an_escape() -> None:
    (said,) = _problems("schema: paracheck/proposal/v1\ntitle: x\nsta\u200bge: proposal\n")
    assert said == (
        "zw.yaml:3:1: Kunci 'sta\\u200bge' tidak dikenal di tingkat teratas berkas; mungkin "
        "maksudnya 'stage' (tahap kerja sama)?"
    )


def test_a_bidi_override_in_a_key_is_an_escape() -> None:
    (said,) = _problems("schema: paracheck/proposal/v1\ntitle: x\n\u202ekey: 1\n")
    assert "Kunci '\\u202ekey' tidak dikenal" in said
    assert "\u202e" not in said
