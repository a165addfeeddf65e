"""A step no stage requires is "tidak wajib" in the HTML note, as the Markdown table's "Wajib"
column says "tidak" for it, not "(opsional)" (wording review 23 C8: "Penyimpanan naskah di
Kemlu (opsional)" in HTML, "| Penyimpanan naskah di Kemlu | tidak |" in Markdown)."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck

ROOT = Path(__file__).resolve().parents[1]


def test_a_step_no_stage_requires_reads_tidak_wajib_in_html_and_tidak_in_markdown():
    proposal = paracheck.load_proposal(ROOT / "tests" / "calibration" / "bali-hawaii-2019.yaml")
    result = paracheck.assess(proposal, as_of=proposal.date)
    html = paracheck.render(result, "html", "id")
    notes = re.findall(r'<span class="note">\(([^)]*)\)</span>', html)
    assert "tidak wajib" in notes
    assert "opsional" not in html.lower()
    markdown = paracheck.render(result, "markdown", "id")
    assert re.search(r"\| [^|]+ \| tidak \|", markdown)  # the table's "Wajib" column
    assert "opsional" not in markdown.lower()
