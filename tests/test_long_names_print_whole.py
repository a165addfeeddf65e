"""A proposal's title and names as long as the contract allows (500 characters) print whole
and on the page (atk23): an unbroken title ran off the PDF's right edge (99 of its 500
characters on the page), and a long title's running header ran into five lines over the
page's own text."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import paracheck
from paracheck.report import documents

LONG_WORD = "Kerjasama" * 55  # 495 characters without a space
LONG_TITLE = ("Kerja sama pendidikan dan kebudayaan " * 14)[:500].strip()


def _assessed(title: str) -> paracheck.Assessment:
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": title,
            "date": "2023-01-01",
            "local": {"name": "Kota Contoh", "level": "city"},
            "partner": {"name": LONG_WORD, "country": "JP"},
        }
    )


def _running_header(html: str) -> str:
    """The printed page's running header, its CSS escapes ("\\b7 ") read back."""
    found = re.search(r'@top-left \{ content: "([^"]*)"', html)
    assert found, "no running header"
    return re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m.group(1), 16)), found.group(1))


@pytest.mark.parametrize("title", [LONG_WORD, LONG_TITLE])
def test_a_long_title_runs_as_one_shortened_line_in_the_printed_header(title):
    header = _running_header(documents.html(_assessed(title), "id"))
    shown, _, day = header.rpartition(" · ")
    assert day == "1 Januari 2023"
    assert shown.endswith("…") and len(shown) <= documents.RUNNING_TITLE
    assert title.startswith(shown[:-1])


def test_a_short_title_runs_whole_in_the_printed_header():
    title = "Sister City Kota Contoh – Musterstadt"
    assert _running_header(documents.html(_assessed(title), "id")).startswith(title + " · ")


def test_an_unbroken_title_prints_whole_on_the_page(tmp_path):
    from paracheck.report import pdf

    if not shutil.which("pdftotext") or not any(shutil.which(b) for b in pdf.BROWSERS):
        pytest.skip("chromium and poppler-utils are not installed here (.ci/run installs them)")
    out = tmp_path / "memo.pdf"
    out.write_bytes(pdf.render_pdf(_assessed(LONG_WORD), "id"))
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert LONG_WORD in "".join(text.split())  # broken across lines, every character there
