"""The end of a Markdown, HTML or plain-text batch (summary table and errors) is written in
pieces that are the same text as writing it at once: a 10,000-file summary is never held as
one table or one string (issue 16). The JSON end has its own test (test_batch_json_tail.py)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from paracheck.batch import BatchRow, Summary
from paracheck.errors import Problem
from paracheck.report import html, markdown, text

WORDS = [
    "Kerja",
    "sama",
    "Provinsi",
    "<b>NTB</b>",
    "Zhejiang|Hangzhou",
    "`kode`",
    "pengembangan",
    "SebuahKataSangatPanjangTanpaSpasiYangHarusDilipatDalamKolomnya" * 2,
    "—",
    "ü",
]
VERDICTS = ["blocked", "incomplete", "high_risk", "medium_risk", "low_risk"]


def _rows(n: int, seed: int) -> list[BatchRow]:
    """``n`` rows of every shape: broken inputs, long and empty titles, deep folders."""
    rnd = random.Random(seed)

    def words(most: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, most)))

    out = []
    for i in range(n):
        source = "/folder/sub" * rnd.randint(0, 5) + f"/p{i}.yaml"
        if rnd.random() < 0.05:
            problem = Problem(source, 3, 4, "title", f"must be text, got {words(8)}")
            out.append(BatchRow(source, None, (problem,)))
            continue
        risks = tuple(rnd.choice(["GOV-001", "FIN-002", "LEG-0031"]) for _ in range(3))
        # most rows with a stage and a date judged (a second line under the title in text),
        # and their top risks in words
        staged = rnd.random() < 0.8
        summary = Summary(
            words(15),
            rnd.choice(VERDICTS),
            rnd.randint(0, 10 ** rnd.randint(0, 6)),
            risks,
            (),
            stage=rnd.choice(["proposal", "mou_signed", "active", "evaluation"]) if staged else "",
            as_of=dt.date(2000 + rnd.randint(0, 30), rnd.randint(1, 12), 1) if staged else None,
            top_words=tuple((words(6), words(6)) for _ in risks) if staged else (),
            top_scores=tuple(sorted((rnd.randint(1, 25) for _ in risks), reverse=True))
            if staged
            else (),
        )
        out.append(BatchRow(source, summary))
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("module", [markdown, html], ids=["markdown", "html"])
def test_a_markdown_or_html_summary_is_the_same_text_in_whatever_pieces_it_is_written(
    module, lang, monkeypatch
):
    rows = _rows(300, seed=16)
    whole = "".join(module.summary(rows, lang))  # 300 rows: two pieces of 256 rows at most
    monkeypatch.setattr(module, "SUMMARY_CHUNK", 7)
    pieces = list(module.summary(rows, lang))
    assert len(pieces) > 300 // 7
    assert "".join(pieces) == whole


@pytest.mark.parametrize("width", [40, 72, 100, 160])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_plain_text_summary_is_drawn_in_pieces_as_the_whole_table_would_be(width, lang):
    rows = _rows(3 * text.SUMMARY_CHUNK + 5, seed=width)
    pieces = list(text.batch_summary_pieces(rows, lang, color=False, width=width))
    assert len(pieces) == 1 + 4  # the errors and the heading, then four pieces of the table
    assert "".join(pieces) == text.batch_summary(rows, lang, color=False, width=width)


@pytest.mark.parametrize("odd", ["中文", "\x1b[2J"], ids=["wide characters", "control"])
def test_a_summary_with_a_cell_the_piecewise_drawing_does_not_cover_is_drawn_whole(odd):
    rows = _rows(text.SUMMARY_CHUNK + 10, seed=3)
    rows[40] = BatchRow(f"p{odd}.yaml", Summary(f"Judul {odd}", "low_risk", 1, (), ()))
    pieces = list(text.batch_summary_pieces(rows, "id", color=False, width=100))
    assert pieces == [text.batch_summary(rows, "id", color=False, width=100)]


@pytest.mark.parametrize("lang, heading", [("id", "Jumlah skor"), ("en", "Total score")])
def test_the_summary_documents_head_the_score_as_the_sum_it_is(lang, heading):
    """Trial 20 #13: under "Skor", "Risiko sedang 153" above "Risiko tinggi 112" read as
    severity; the column sums a file's risks, and its heading says so in the documents (the
    terminal table keeps "Skor", its widths are set from it)."""
    rows = _rows(12, seed=7)
    md = "".join(markdown.summary(rows, lang))
    page = "".join(html.summary(rows, lang))
    assert f"| {heading} |" in md
    assert f'<th class="num">{heading}</th>' in page
