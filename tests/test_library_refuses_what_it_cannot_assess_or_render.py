"""The library door refuses the wrong kind of argument with a UsageError saying what to give,
never an AttributeError from deep inside (atk25).

``paracheck.assess("usulan.yaml")`` — a path where a proposal belongs, the likeliest slip of
an embedding program — raised "'str' object has no attribute 'date'"; ``assess(None)`` and a
list likewise; ``render`` of plain data, "'dict' object has no attribute 'proposal'"; and
``render(…, width="80")`` a TypeError. ``diff`` and ``load_proposal_text`` already said what
to give (trial 28).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = sorted((ROOT / "examples").glob("*.yaml"))[0]


@pytest.mark.parametrize("given", [str(EXAMPLE), EXAMPLE, None, [1], b"title: x"])
def test_assess_says_to_read_a_file_or_text_first(given: object) -> None:
    with pytest.raises(paracheck.UsageError) as caught:
        paracheck.assess(given)  # type: ignore[arg-type]
    said = caught.value.text("en")
    assert said.startswith("`assess` judges a proposal")
    assert "paracheck.load_proposal(path)" in said
    assert f"not a {type(given).__name__}" in said or "not a pathlib" in said


def test_render_says_it_writes_an_assessment() -> None:
    data = paracheck.load_proposal(str(EXAMPLE))
    with pytest.raises(paracheck.UsageError) as caught:
        paracheck.render(data)  # type: ignore[arg-type]
    assert caught.value.text("en") == (
        "`render` writes an assessment (`paracheck.assess(proposal)`), not a paracheck.Proposal"
    )


def test_render_says_the_width_is_a_number_of_columns() -> None:
    result = paracheck.assess(paracheck.load_proposal(str(EXAMPLE)))
    with pytest.raises(paracheck.UsageError) as caught:
        paracheck.render(result, "text", width="80")  # type: ignore[arg-type]
    assert "a number of columns" in caught.value.text("en")
    assert paracheck.render(result, "text", width=80)
