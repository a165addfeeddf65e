"""A finding of severity info is a note ("Catatan"), not a risk: neither counted nor scored
(README), so the comparison does not list it among the risks carried, does not word it
"Risiko (skor 4)", and the checklist does not mark it with the risks' cross.

Practitioner trial 31 M4/M9: the 2016→2019 comparison of Sulawesi Selatan – Western
Australia listed IMP-012 under "RISIKO YANG BERTAHAN … Risiko (skor 4) → Risiko (skor 4)";
the Jeollanam-do memo marked REG-033, "Catatan", `[✗]` beside a legend reading "[✗] risiko";
and README's library example printed REG-033 among the risks.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import paracheck

DATA = Path(__file__).parent / "data"
README = Path(__file__).parent.parent / "README.md"


def _assess(name: str) -> paracheck.Assessment:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return paracheck.assess(data, as_of=data["date"])


def _notes(a: paracheck.Assessment) -> list[str]:
    return [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "info"]


def test_a_note_on_both_dates_is_not_a_persisted_risk_nor_worded_as_one():
    old, new = _assess("trial31-sulsel-wa-2016.yaml"), _assess("trial31-sulsel-wa-2019.yaml")
    notes = set(_notes(old)) & set(_notes(new))
    assert notes  # IMP-012: the tourism sector whose programme finished
    comparison = paracheck.diff(old, new)
    assert not notes & {c.rule_id for c in comparison.persisted}
    assert comparison.persisted  # the risks carried are still listed
    text = paracheck.render_diff(comparison, "text", lang="id")
    for rule in notes:
        assert not re.search(rf"{rule}.*\n\s*Risiko \(skor", text)


def test_a_note_that_appears_is_worded_as_a_note_not_a_scored_risk():
    data = yaml.safe_load((DATA / "trial31-sulsel-wa-2019.yaml").read_text(encoding="utf-8"))
    new = paracheck.assess(data, as_of=data["date"])
    notes = _notes(new)
    assert notes
    tourism = next(s for s in data["sectors"] if s["name"] == "tourism")
    tourism["programs"][0]["status"] = "ongoing"  # the finished programme still running
    old = paracheck.assess(data, as_of=data["date"])
    comparison = paracheck.diff(old, new)
    appeared = [c for c in comparison.became_risk if c.rule_id in notes]
    assert appeared and all(c.severity == "info" for c in appeared)
    text = paracheck.render_diff(comparison, "text", lang="id")
    for change in appeared:
        # its status line, after a title of one line or more
        lines = text[text.index(change.rule_id) :].splitlines()
        block = next(line for line in lines[1:4] if "→" in line)
        assert "Catatan" in block and "skor" not in block


def test_the_checklist_marks_a_note_apart_from_the_risks():
    a = _assess("trial31-sulsel-jeonnam-2025.yaml")
    [note, *_] = _notes(a)
    md = paracheck.render(a, "markdown", lang="id")
    row = next(
        line for line in md.splitlines() if line.startswith("| `[") and f"| {note} |" in line
    )
    assert row.startswith("| `[i]`")
    assert "`[i]` catatan" in md
    text = paracheck.render(a, "text", lang="id")
    assert not re.search(rf"✗ {note}\b", text)
    html = paracheck.render(a, "html", lang="id")
    row = next(
        line for line in html.splitlines() if f'href="#check-{note}">{note}</a></td>' in line
    )
    assert row.startswith('<tr class="info">') and '<span class="badge info">Catatan</span>' in row


def test_the_readme_library_example_prints_no_note_among_the_risks():
    block = README.read_text(encoding="utf-8").split("### As a library (Python)", 1)[1]
    code = block.split("```python", 1)[1].split("```", 1)[0]
    loop = code[code.index("for check in result.checks:") :]
    condition = loop.splitlines()[1].strip()
    assert condition.startswith("if ")
    test = condition[3:].split("#", 1)[0].strip().rstrip(":")
    a = _assess("trial31-sulsel-jeonnam-2025.yaml")
    printed = [c.rule_id for c in a.checks if eval(test, {"check": c})]
    assert printed
    assert not set(printed) & set(_notes(a))
