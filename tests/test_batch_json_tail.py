"""The end of a JSON batch (errors and summary) is streamed in pieces that are the same bytes
as dumping the whole at once: a 10,000-file summary is never held as one string."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from paracheck.batch import (
    BATCH_SCHEMA,
    SUMMARY_CHUNK,
    BatchRow,
    Summary,
    _json_tail,
    errors_json,
    summary_json,
)
from paracheck.errors import Problem

text = st.text(max_size=12)  # any characters: quotes, backslashes, newlines, non-ASCII
summaries = st.builds(
    Summary,
    title=text,
    verdict=st.sampled_from(["blocked", "high_risk", "low_risk"]),
    score=st.integers(0, 500),
    top_risks=st.lists(st.sampled_from(["BUD-001", "REG-010"]), max_size=3).map(tuple),
    risk_severities=st.just(()),
)
problems = st.builds(
    Problem, file=text, line=st.integers(1, 9), column=st.integers(1, 9), path=text, message=text
)
rows = st.builds(
    BatchRow,
    source=text,
    summary=st.none() | summaries,
    problems=st.lists(problems, max_size=2).map(tuple),
)


def _whole(batch: list[BatchRow], summary_only: bool) -> bytes:
    """The document's end as one json.dumps (what the batch wrote before it was streamed)."""
    if summary_only:
        whole = {"schema": BATCH_SCHEMA, "summary": summary_json(batch)}
        return (json.dumps(whole, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    rest = {"errors": errors_json(batch), "summary": summary_json(batch)}
    return f"\n],{json.dumps(rest, ensure_ascii=False, indent=2)[1:]}\n".encode()


@settings(max_examples=150, deadline=None)
@given(batch=st.lists(rows, max_size=8), summary_only=st.booleans())
def test_the_streamed_end_of_a_json_batch_is_the_whole_dump_byte_for_byte(batch, summary_only):
    assert b"".join(_json_tail(batch, summary_only)) == _whole(batch, summary_only)


def test_a_long_summary_is_written_in_pieces_not_one_string():
    row = BatchRow("p.yaml", Summary("t", "low_risk", 1, ("BUD-001",), ()))
    batch = [row] * (3 * SUMMARY_CHUNK + 1)
    pieces = list(_json_tail(batch, summary_only=False))
    assert len(pieces) == 1 + 4 + 1  # frame, four chunks of entries, closing
    assert b"".join(pieces) == _whole(batch, summary_only=False)
