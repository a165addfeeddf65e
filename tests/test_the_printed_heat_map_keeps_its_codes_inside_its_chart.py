"""The printed memo's heat map stays whole: the PDF keeps rule codes on one line by wrapping
them in a non-breaking span, and inside the map's inline SVG that span is HTML the parser
does not take, so it closed the SVG at the first code: every printed memo showed seven of the
25 cells, the codes spilled out below as loose text (trial 231 #1, seen with Poppler and
MuPDF). An SVG's text is left as it is; the codes in the body's text are still kept whole."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.report import render
from paracheck.report.pdf import unbroken_codes

NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"
SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def test_the_heat_maps_svg_is_printed_as_the_html_report_has_it():
    html = render(paracheck.assess(paracheck.load_proposal(NTB)), "html", "id")
    maps = SVG.findall(html)
    assert maps and any("IMP-001" in svg for svg in maps)  # the map names the codes
    printed = unbroken_codes(html)
    assert SVG.findall(printed) == maps
    assert not any("<span" in svg for svg in SVG.findall(printed))


def test_codes_outside_the_chart_are_still_kept_on_one_line():
    html = render(paracheck.assess(paracheck.load_proposal(NTB)), "html", "id")
    outside = SVG.sub("", unbroken_codes(html))
    assert '<span style="white-space:nowrap">IMP-001</span>' in outside
