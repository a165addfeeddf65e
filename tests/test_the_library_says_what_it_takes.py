"""The library's functions given the wrong kind of thing raise ``UsageError`` saying what
they take, as the README promises (attack 430 M6: the comparison's, the notices' and the
batch's helpers raised bare AttributeError and TypeError: ``render_diff(None)``,
``notice_notes(None)``, ``load_proposal(None)``, ``fails([])`` …)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import paracheck

WELL = Path(__file__).parent.parent / "examples" / "well-prepared-2023.yaml"
_PROPOSAL = paracheck.load_proposal(str(WELL))
_A = paracheck.assess(_PROPOSAL)
_D = paracheck.diff(_A, _A)

CALLS: dict[str, tuple[Callable[[], object], str]] = {
    "render_diff": (lambda: paracheck.render_diff(None), "`render_diff` takes paracheck.diff"),
    "render_diff assessments": (
        lambda: paracheck.render_diff(_D, assessments=5),
        "as `assessments`",
    ),
    "diff_view": (lambda: paracheck.diff_view(_D, "id", (_A,)), "as `assessments`"),
    "diff proposals": (lambda: paracheck.diff(_A, _A, 5), "`diff` takes (paracheck.Proposal"),
    "notice_notes": (
        lambda: paracheck.notice_notes(None),
        "`notice_notes` takes paracheck.Assessment",
    ),
    "unlisted_steps": (lambda: paracheck.unlisted_steps("x"), "`unlisted_steps` takes"),
    "unlisted_note": (lambda: paracheck.unlisted_note({}), "`unlisted_note` takes"),
    "load_proposal": (lambda: paracheck.load_proposal(None), "`load_proposal` takes str as `path`"),
    "load_proposal_text source": (
        lambda: paracheck.load_proposal_text("title: x\n", source=None),
        "as `source`",
    ),
    "step_choices": (lambda: paracheck.step_choices(dt.datetime(2020, 1, 1)), "`step_choices`"),
    # attack 480 M4: bytes as a source failed the text, Markdown and HTML reports later
    "assess source": (
        lambda: paracheck.assess({"schema": "paracheck/proposal/v1", "title": "x"}, source=b"a"),
        "`assess` takes a name (str) as `source`",
    ),
    # attack 480 M5: a folder's name read letter by letter, "/" the whole disk
    "expand_inputs": (lambda: paracheck.expand_inputs("/"), "`expand_inputs` takes [str, …]"),
    "distinct_inputs": (lambda: paracheck.distinct_inputs("/"), "`distinct_inputs` takes"),
    "render_batch": (lambda: paracheck.render_batch("x"), "`render_batch` takes"),
    "assess_many": (lambda: paracheck.assess_many(None), "`assess_many` takes [str, …]"),
    "assess_many proposal": (lambda: paracheck.assess_many(_PROPOSAL), "`assess_many` takes"),
    "stream_batch": (lambda: paracheck.stream_batch("one.yaml"), "`stream_batch` takes"),
    "fails": (lambda: _A.fails([]), "unknown severity []; choose one of"),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_the_wrong_kind_of_thing_is_a_usage_error_saying_what_is_taken(name: str) -> None:
    call, said = CALLS[name]
    with pytest.raises(paracheck.UsageError) as err:
        call()
    assert said in str(err.value), str(err.value)


def test_the_right_kinds_still_work() -> None:
    assert paracheck.render_diff(_D, "text", "id", assessments=(_A, _A))
    assert paracheck.diff(_A, _A, (_PROPOSAL, _PROPOSAL)) is not None
    assert paracheck.load_proposal(WELL).title == _PROPOSAL.title  # a path object too
    assert paracheck.step_choices(dt.date(2020, 1, 1))
