"""A code written as the root of its label's word gets the same hint as the label itself:
"berjalan" had "tulis 'ongoing' untuk 'berjalan'", "jalan" none (trial26 C3)."""

from __future__ import annotations

import pytest

import paracheck

FILE = """schema: paracheck/proposal/v1
title: Uji status
sectors:
  - name: trade
    programs:
      - name: Pasar perbatasan
        status: {status}
"""


def _said(status: str, lang: str) -> str:
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(FILE.format(status=status), source="uji.yaml")
    (problem,) = refused.value.problems
    return problem.describe(lang)


@pytest.mark.parametrize(
    ("written", "code"), [("jalan", "ongoing"), ("berjalan", "ongoing"), ("henti", "stalled")]
)
def test_a_status_written_as_the_root_of_its_label_gets_the_code_to_write(
    written: str, code: str
) -> None:
    assert f"tulis '{code}' untuk '{written}'" in _said(written, "id")
    assert f"write '{code}' for '{written}'" in _said(written, "en")


def test_a_word_that_roots_no_label_gets_no_such_hint() -> None:
    assert "untuk 'pasar'" not in _said("pasar", "id")
