"""PDF: the HTML report printed by headless Chromium.

Why Chromium and not WeasyPrint: the PDF is then exactly the HTML report people already open
in a browser (one template, one layout engine), Chromium prints CSS paged media including page
margin boxes with ``counter(page)`` / ``counter(pages)`` (running header and page numbers), and
the project already needs it for the HTML screenshot test. WeasyPrint would add a second
layout engine with its own CSS subset (the report's grid and flex layout would need a separate
print design) and Pango system libraries. The cost is an external program: when it is missing
the user gets one clear line naming the command that installs it.

Nothing is fetched: the HTML is self-contained, written to a private temporary folder, and
Chromium runs with networking features off.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from paracheck.errors import PrintError, UsageError

if TYPE_CHECKING:
    from paracheck.batch import BatchItem
    from paracheck.engine.model import Assessment

#: Programs tried in order; ``PARACHECK_CHROMIUM`` names another.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = "apt-get install chromium"
TIMEOUT_S = 120
#: the seconds a batch's print may take for each document beside :data:`TIMEOUT_S`: Chromium
#: printed 100 generated reports in ~50 s on the project's machine, and a fixed 120 s
#: failed a batch of 400 after all its work, writing nothing (atk270 #3)
PER_DOCUMENT_S = 2


def browser() -> str:
    """The Chromium executable to print with, or a :class:`UsageError` saying how to get one."""
    named = os.environ.get("PARACHECK_CHROMIUM")
    if named:
        found = shutil.which(named)
        if found:
            return found
        raise UsageError.of("usage.chromium_named", name=repr(named))
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise UsageError.of("usage.chromium_missing", hint=INSTALL_HINT)


#: a rule's code ("BUD-007", "REG-042") in the report's text
_CODE = re.compile(r"\b[A-Z]{2,4}-\d{3}\b")
#: a run of text between two tags
_TEXT = re.compile(r">([^<]+)<")
#: an inline SVG (the heat map), kept whole by :func:`unbroken_codes`
_SVG = re.compile(r"(<svg\b.*?</svg>)", re.DOTALL)


def unbroken_codes(html: str) -> str:
    """``html`` with each rule code in the body's text kept on one line (a span that does not
    wrap): Chromium breaks a line after a hyphen, and the printed Saran read "(BUD-⏎007)",
    "REG-⏎042" (trial 30 C2). The code's characters stay as they are, so the PDF's text is
    still found by searching "BUD-007"; attributes (links, ids), the head and inline SVGs
    are untouched."""
    at = html.find("<body")
    if at < 0:
        return html
    head, body = html[:at], html[at:]

    def wrapped(match: re.Match[str]) -> str:
        text = _CODE.sub(r'<span style="white-space:nowrap">\g<0></span>', match[1])
        return f">{text}<"

    # an SVG's text is left as it is: a <span> inside <svg> is HTML the parser does not take
    # in SVG, so it closed the heat map at the first code, which then spilled out as loose
    # text on every printed memo (trial 231 #1); an SVG text does not wrap anyway
    parts = _SVG.split(body)
    return head + "".join(
        part if part.startswith("<svg") else _TEXT.sub(wrapped, part) for part in parts
    )


def html_to_pdf(html: str, timeout: float = TIMEOUT_S) -> bytes:
    """Print a self-contained HTML document to PDF bytes (A4, the document's own @page), rule
    codes unbroken (:func:`unbroken_codes`), Chromium given ``timeout`` seconds."""
    html = unbroken_codes(html)
    program = browser()
    with tempfile.TemporaryDirectory(prefix="paracheck-pdf-") as tmp:
        folder = Path(tmp)
        page = folder / "report.html"
        page.write_text(html, encoding="utf-8")
        out = folder / "report.pdf"
        command = [
            program,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--disable-extensions",
            "--no-pdf-header-footer",
            f"--user-data-dir={folder / 'profile'}",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PrintError.of("usage.pdf_timeout", seconds=round(timeout)) from None
        if not out.exists() or out.stat().st_size == 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise PrintError.of("usage.pdf_failed", code=done.returncode, detail=detail[0])
        data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise PrintError.of("usage.pdf_not_pdf")
    return data


def render_pdf(assessment: Assessment, lang: str) -> bytes:
    """One assessment as a printed PDF: the decision memo first, the annex after it."""
    from paracheck.report import documents
    from paracheck.report.messages import check_lang

    return html_to_pdf(documents.html(assessment, check_lang(lang)))


def render_batch_pdf(items: Sequence[BatchItem], lang: str, summary_only: bool = False) -> bytes:
    """Many assessments in one PDF, each starting on a new page, then the summary."""
    from paracheck.report import render_batch

    pieces = render_batch(items, "html", lang, summary_only=summary_only)
    seconds = print_seconds(0 if summary_only else len(items))
    return html_to_pdf(b"".join(pieces).decode("utf-8"), timeout=seconds)


def print_seconds(documents: int) -> float:
    """How long Chromium may take to print a batch of ``documents`` reports (a summary alone:
    0): :data:`TIMEOUT_S` and :data:`PER_DOCUMENT_S` for each report."""
    return TIMEOUT_S + PER_DOCUMENT_S * max(documents, 0)
