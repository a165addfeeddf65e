"""A limit is said as a person writes it: "paling banyak 744", not the model's float
"744.0" (read in Indonesian, where the dot groups thousands, 744.0 is not a number at all)."""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = b"schema: paracheck/proposal/v1\ntitle: T\n"


@pytest.mark.parametrize(
    ("written", "lang", "said"),
    [
        (b"energy: {outage_hours_per_month: 1000}", "id", "Jam padam per bulan paling banyak 744;"),
        (b"energy: {reserve_margin_pct: -1000}", "id", "paling sedikit -100; tertulis -1000"),
        (b"energy: {reserve_margin_pct: 5000}", "en", "must be at most 1000, got 5000"),
    ],
)
def test_a_limit_is_said_without_a_trailing_point_zero(written, lang, said):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(HEAD + written + b"\n", "p.yaml")
    (problem,) = caught.value.problems
    assert said in problem.text(lang), problem.text(lang)
