"""An amount abbreviated with M ("Rp 1,5 M", the README's own "Rp1,35 M") is refused with both
figures it may stand for — miliar in an Indonesian budget, million in English — where "Rp 1,5
miliar" was told "tulis 1500000000" and "Rp 1,5 M" nothing (trial 450 L1). The form says the
same (tests/test_web_form_numbers.py)."""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = b"schema: paracheck/proposal/v1\ntitle: T\nbudget:\n"


def _said(line: str, lang: str = "id") -> str:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + line.encode() + b"\n", "p.yaml")
    (problem,) = caught.value.problems
    return problem.text(lang)


@pytest.mark.parametrize(
    ("written", "miliar", "juta"),
    [
        ("Rp 1,5 M", "1500000000", "1500000"),
        ("2M", "2000000000", "2000000"),
        ("Rp1,35 M", "1350000000", "1350000"),
    ],
)
def test_an_allocation_with_m_is_told_both_figures(written, miliar, juta) -> None:
    said = _said(f"  apbd_allocation_idr: {written}")
    assert said.endswith(
        f"tertulis '{written}'; tulis {miliar} bila «M» berarti miliar, atau {juta} bila «M» "
        "berarti juta"
    )
    said_en = _said(f"  apbd_allocation_idr: {written}", "en")
    assert said_en.endswith(
        f"write {miliar} if M stands for miliar (billion), or {juta} if it stands for million"
    )


def test_a_share_with_m_gets_no_figure() -> None:
    """Neither reading is a share between 0 and 1: no figure, never a guess."""
    assert _said("  realization_rate: 5 M").endswith("tertulis '5 M'")
