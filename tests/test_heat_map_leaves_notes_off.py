"""The HTML heat map ("Peta risiko: kemungkinan × dampak") places the risks, not the notes.

A finding of severity info is a note: "tidak dihitung dan tidak menambah skor", as the same
page's legend says. Practitioner trial 32 W5: the Bitung–Qinzhou memo drew REG-033 (the
partner's funds not recorded, a note) in the 2×2 cell as if it were a risk to weigh.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import paracheck
from paracheck.report.documents import heat_map

FILE = Path(__file__).parent / "data" / "trial32-bitung-qinzhou-2021.yaml"


def _assess() -> paracheck.Assessment:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    return paracheck.assess(data, as_of=data["date"])


def test_the_heat_map_places_every_risk_but_no_note():
    a = _assess()
    notes = {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "info"}
    weighed = [c for c in a.checks if c.status == "risk" and c.severity != "info"]
    assert "REG-033" in notes
    assert weighed
    placed = {
        rule_id: (cell["likelihood"], cell["impact"])
        for cell in heat_map(a, "id")["cells"]
        for rule_id in cell["ids"]
    }
    assert not notes & placed.keys()
    assert placed == {c.rule_id: (c.likelihood, c.impact) for c in weighed}


def test_the_html_heat_map_names_no_note():
    a = _assess()
    page = paracheck.render(a, "html", "id")
    svg = re.search(r'<svg class="heatmap".*?</svg>', page, re.S)
    assert svg is not None
    drawn = set(re.findall(r'class="heat-id">([^<]*)<', svg.group(0)))
    ids = {rule_id for line in drawn for rule_id in line.split()}
    assert "REG-033" not in ids
    assert "REG-023" in ids  # a risk in the same memo is still drawn
    assert "REG-033" not in svg.group(0)
