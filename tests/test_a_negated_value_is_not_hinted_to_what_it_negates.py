"""A value that negates an allowed one ("not_done", "belum selesai") is never told "did you
mean" the value it negates (held-out 35: a step written ``status: not_done`` was asked "did
you mean 'done'?", the opposite of what the officer meant). Where one allowed value means
"not yet" (a step's "belum dilakukan", ``pending``) the hint names it; otherwise none.
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = "schema: paracheck/proposal/v1\ntitle: x\n"


def _hint(text: str, lang: str) -> str:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "n.yaml")
    (problem,) = caught.value.problems
    assert problem.words is not None
    return problem.words.render(lang, "")


@pytest.mark.parametrize("written", ["not_done", "not done", "belum selesai", "belum_selesai"])
def test_a_negated_step_status_is_hinted_to_pending(written: str) -> None:
    text = HEAD + f"procedure:\n  - {{step: signing, status: {written}}}\n"
    assert _hint(text, "en").endswith("; did you mean 'pending'?")
    said = _hint(text, "id")
    assert said.endswith("; mungkin maksudnya belum dilakukan ('pending')?")
    assert "maksudnya selesai" not in said


def test_a_negated_programme_status_gets_no_hint_where_none_means_not_yet() -> None:
    text = HEAD + "sectors:\n  - name: trade\n    programs:\n      - {name: p, status: not_done}\n"
    for lang in ("en", "id"):
        said = _hint(text, lang)
        assert said.endswith("'not_done'"), said


def test_a_value_that_only_begins_like_a_negation_keeps_its_close_hint() -> None:
    # "tidak diketahu" is a misspelt label, not a negation of another value
    text = HEAD + "procedure:\n  - {step: signing, status: tidak diketahu}\n"
    assert "unknown" in _hint(text, "en")
