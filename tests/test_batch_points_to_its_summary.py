"""A batch document in text, Markdown or HTML says at its top where its summary is: the
summary table is ordered by verdict, so it needs every file's result and comes last, after the
memos streamed as each file is assessed (trial26 U5: "# Ringkasan penilaian" was line 1734 of
1750, and the person given the batch file saw the first memo, not the ranking)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.report.messages import message

EXAMPLES = sorted(str(p) for p in (Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def items() -> list:
    return paracheck.assess_many(EXAMPLES[:2])


def _document(items: list, fmt: str, lang: str, summary_only: bool = False) -> str:
    pieces = paracheck.render_batch(items, fmt, lang, summary_only=summary_only)
    return b"".join(pieces).decode("utf-8")


def _before_first_memo(doc: str, lang: str) -> str:
    memo_titles = [message("title.memo", lang), message("title.memo_running", lang)]
    starts = [doc.find(t) for t in memo_titles if t in doc]
    assert starts, "the batch holds memos"
    return doc[: min(starts)]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_top_of_a_batch_points_to_the_summary_at_its_end(items, fmt: str, lang: str) -> None:
    doc = _document(items, fmt, lang)
    top = " ".join(_before_first_memo(doc, lang).split())
    title = message("title.batch", lang)
    assert message("batch.summary_at_end", lang, link="")[:-1] in top
    # the summary is there, after the memos
    assert doc.lower().rindex(title.lower()) > len(top)
    if fmt == "markdown":
        anchor = re.search(r"\]\(#([^)]+)\)", top)
        assert anchor is not None, top
        heading = next(line[2:] for line in doc.splitlines() if line == f"# {title}")
        assert anchor.group(1) == "-".join(heading.lower().split())
    elif fmt == "html":
        anchor = re.search(r'href="#([^"]+)"', top)
        assert anchor is not None, top
        assert f'id="{anchor.group(1)}"' in doc[len(top) :]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_summary_only_batch_has_no_pointer_to_itself(items, fmt: str) -> None:
    doc = _document(items, fmt, "id", summary_only=True)
    assert message("batch.summary_at_end", "id", link="")[:-1] not in " ".join(doc.split())
