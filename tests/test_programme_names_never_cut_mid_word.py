"""A programme's name the officer wrote is quoted whole in the Saran, and never cut inside a word.

fix31a: the Saran of newcomer trial 24's Kendari – Yeosu file asked "apakah program “Promosi
bersama wisata bahari Teluk Kendari – Y…” yang terhenti dijadwalkan ulang": a name cut at 48
characters, in the middle of "Yeosu", in the text the head of region signs. The Saran names
a programme by its whole name; a list that caps a long name (a question's place, a checklist
item) cuts it at the end of a word, with "…", in every format."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data" / "trial24-kendari-yeosu-pks-pending.yaml"


def _proposal() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _names(data: dict[str, Any]) -> list[str]:
    return [p["name"] for s in data["sectors"] for p in s.get("programs") or []]


@pytest.fixture(scope="module")
def assessed() -> tuple[dict[str, Any], paracheck.Assessment]:
    data = _proposal()
    long = [n for n in _names(data) if len(n) > 48]
    assert long, "the file must name a programme longer than any cap"
    return data, paracheck.assess(data)


def _flat(text: str) -> str:
    """The text with its line breaks and indents as single spaces (the text memo wraps)."""
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_quotes_a_stalled_programmes_whole_name(
    assessed: tuple[dict[str, Any], paracheck.Assessment], lang: str
) -> None:
    data, a = assessed
    stalled = [
        p["name"]
        for s in data["sectors"]
        for p in s["programs"]
        if p["status"] == "stalled" and len(p["name"]) > 48
    ]
    assert stalled
    said = " ".join(saran(a, lang).items)
    for name in stalled:
        assert f"“{name}”" in said


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv", "json"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_format_cuts_a_programme_name_inside_a_word(
    assessed: tuple[dict[str, Any], paracheck.Assessment], fmt: str, lang: str
) -> None:
    data, a = assessed
    out = paracheck.render(a, fmt, lang)
    if fmt == "json":  # the names as written, whatever the escaping
        out = json.dumps(json.loads(out), ensure_ascii=False)
    out = _flat(out)
    names = _names(data)
    for name in names:
        if len(name) > 48 and fmt in ("text", "markdown", "html"):
            assert f"“{name}”" in out  # the Saran's
    firsts = {n.split()[0] for n in names}
    cuts = [c for c in re.findall(r"“([^”]*)…”", out) if c.split()[:1] and c.split()[0] in firsts]
    for cut in cuts:  # a name cut short (a place in a list), "“If …”" is no name
        cut_of = [n for n in names if n.startswith(cut) and len(n) > len(cut)]
        assert cut_of, f"“{cut}…” is no programme's name"
        assert all(not n[len(cut)].isalnum() for n in cut_of), f"“{cut}…” cuts a word"
