"""A file name in a Markdown report reads as the name it is.

The Markdown reports show a proposal's file as code (`` `usulan.yaml` ``) in the memo's header,
the batch summary, the list of files that could not be assessed and a comparison's header. It
was escaped as Markdown text and then put between backticks, where Markdown reads no escapes:
"Usulan [revisi].yaml" showed as "Usulan \\[revisi\\].yaml", a Windows path
"C:\\data\\usulan.yaml" with every backslash doubled, "<b>" as "&lt;b&gt;", and a backtick in
the name ended the code early. Each name is now rendered by a CommonMark (with tables)
parser and must read exactly as written.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import paracheck
from tests.test_fuzz_surfaces import _cli

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"
NAMES = [
    "Usulan [revisi 2].yaml",
    "a\\b.yaml",
    "<i>miring.yaml",
    "satu `dua` tiga.yaml",
    "`awal.yaml",
    "a|b.yaml",
    "R&amp;D.yaml",
    "__x__ *y*.yaml",
]
PARSER = MarkdownIt("commonmark").enable("table")


def _code_texts(markdown: str) -> list[str]:
    """The text of every code span of the rendered Markdown, as a reader sees it."""
    return [
        html.unescape(code)
        for code in re.findall(r"<code>(.*?)</code>", PARSER.render(markdown), re.S)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_file_name_in_a_markdown_report_reads_as_written(tmp_path, name):
    (tmp_path / "f").mkdir()
    path = tmp_path / "f" / name
    shutil.copyfile(NTB, path)
    proposal = paracheck.load_proposal(str(path))
    memo = paracheck.render(paracheck.assess(proposal), "markdown", "id")
    assert str(path) in _code_texts(memo)
    bad = tmp_path / "f" / ("x" + name)
    bad.write_text("schema: paracheck/proposal/v1\ntitle: T\ndate: 2015-02-30\n", encoding="utf-8")
    code, out, err = _cli(["assess", str(tmp_path / "f"), "-f", "markdown", "--summary"])
    assert code == 2, err
    shown = _code_texts(out)
    assert str(path) in shown and str(bad) in shown, shown
    assert any(text.startswith(f"{bad}:3:7: ") for text in shown), shown  # the failed file
    code, out, err = _cli(["diff", str(path), str(path), "-f", "markdown"])
    assert code in (0, None), err
    assert _code_texts(out).count(str(path)) == 2, _code_texts(out)
