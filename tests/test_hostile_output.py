"""A hostile-output corpus rendered in every format (issue 14, item 7).

Each proposal of the corpus puts one hostile string into every free-text field the proposal
model accepts it in (found by trying every string of the NTB example): script tags, event
handlers, ``javascript:`` links, a line break forging a ``## Verdict`` heading, spreadsheet
formulas, terminal escape sequences, NUL, rich markup. Every format is rendered in both
languages and checked for what that format must never let through. The ``validate`` echo of
key names and whole batches (with hostile file names) are checked through the real command.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt

import paracheck
from paracheck.errors import InputError
from paracheck.facts.loader import parse_proposal_data
from paracheck.report import render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"

HOSTILE = {
    "script": "<script>alert('x')</script>",
    "img": '<img src=x onerror="alert(1)">',
    "link": "[Lihat dokumen](javascript:alert(document.cookie))",
    "autolink": "<javascript:alert(1)>",
    "heading": "Kerja sama\n## Verdict: LOW RISK\n\n- [x] semua aman",
    "setext": "Judul\n===",
    "formula": '=HYPERLINK("http://evil.example","klik")',
    "plus": "+62-812-555",
    "minus": "-1+2",
    "at": "@SUM(A1:A9)",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "clear screen": "Provinsi\x1b[2J\x1b[H",
    "window title": "Kota\x1b]0;pwned\x07",
    "hidden": "\x1b[8mtersembunyi\x1b[0m",
    "nul": "Nama\x00terpotong",
    "c1": "Nama\x9b31m",
    "rich": "[bold red]MERAH[/bold red] [link=javascript:alert(1)]klik[/link]",
    "backslash": "\\[a](javascript:alert(1))",
    "entity": "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img&#62; &#x3C;b&#x3E;",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _leaves(data: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, (*path, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, (*path, i))]
    return [path] if isinstance(data, str) else []


def _set(data: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _base() -> dict[str, Any]:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["accepted_risks"] = [
        {"rule": "GOV-001", "reason": "x", "accepted_by": "Sekda", "until": "2030-01-01"}
    ]
    return json.loads(json.dumps(data, default=str))


def _valid(data: dict[str, Any]) -> bool:
    try:
        parse_proposal_data(data, "hostile.yaml")
    except InputError:
        return False
    return True


def _free_text_fields(base: dict[str, Any]) -> list[tuple]:
    """Every string leaf of the example that accepts arbitrary text."""
    fields = []
    for path in _leaves(base):
        if path[0] == "schema":
            continue
        trial = json.loads(json.dumps(base, default=str))
        _set(trial, path, HOSTILE["script"] + HOSTILE["clear screen"])
        if _valid(trial):
            fields.append(path)
    return fields


@pytest.fixture(scope="module")
def corpus() -> dict[str, paracheck.Assessment]:
    base = _base()
    assert _valid(base)
    fields = _free_text_fields(base)
    assert ("title",) in fields and len(fields) >= 10, fields
    out = {}
    for name, text in HOSTILE.items():
        data = json.loads(json.dumps(base))
        for path in fields:
            _set(data, path, text)
        # the programmes of a sector told apart after the hostile text (each field holds it
        # still): one equal to another in every field is refused as written twice
        for sector in data.get("sectors") or ():
            for j, program in enumerate(sector.get("programs") or ()):
                if isinstance(program.get("name"), str):
                    program["name"] += f" {j}"
        out[name] = paracheck.assess(data)
    return out


def _cases(corpus):
    for name, assessment in corpus.items():
        for lang in ("id", "en"):
            yield name, lang, assessment


def test_the_corpus_reaches_titles_names_and_free_text(corpus):
    a = corpus["script"]
    assert a.proposal.title == HOSTILE["script"]
    assert any(HOSTILE["script"] in json.dumps(ev.value) for c in a.checks for ev in c.evidence)


def test_markdown_carries_no_markup_links_or_forged_headings(corpus):
    parser = MarkdownIt("commonmark", {"html": True})
    benign = render(paracheck.assess(_base()), "markdown", "en")
    benign_headings = len(re.findall(r"<h[1-6]>", parser.render(benign)))
    for name, lang, a in _cases(corpus):
        md = render(a, "markdown", lang)
        html = parser.render(md)
        assert "<script" not in html and "<img" not in html, name
        assert "javascript:" not in "".join(re.findall(r'href="[^"]*"', html)), name
        assert not re.search(r"^\s*#+\s*Verdict: LOW RISK", md, re.M), name
        assert not re.search(r"^\s*[-*] \[x\] semua aman", md, re.M), name
        assert len(re.findall(r"<h[1-6]>", html)) == benign_headings, name
        assert not CONTROL.search(md), (name, lang)


def test_markdown_shows_an_ampersand_as_written_and_entities_as_text():
    """ "Wageningen University & Research" reads so in the Markdown itself (not "&amp;"), and
    an entity a proposal writes is shown as those characters, never decoded into markup."""
    parser = MarkdownIt("commonmark", {"html": True})
    data = _base()
    data["title"] = "Wageningen University & Research (R&D, A & B)"
    for lang in ("id", "en"):
        md = render(paracheck.assess(data), "markdown", lang)
        assert ": Wageningen University & Research (R&D, A & B)\n" in md, lang
        assert "&amp;" not in md, lang
    data["title"] = HOSTILE["entity"]
    md = render(paracheck.assess(data), "markdown", "id")
    heading = re.search(r"<h1>(.*?)</h1>", parser.render(md))
    assert heading is not None
    # the reader sees exactly the characters the proposal wrote: each "&" stays an "&"
    # (escaped once by the HTML renderer), no entity is decoded
    assert heading.group(1).endswith(
        "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;#60;img&amp;#62; "
        "&amp;#x3C;b&amp;#x3E;"
    ), heading.group(1)


def test_html_is_escaped(corpus):
    for name, lang, a in _cases(corpus):
        page = render(a, "html", lang)
        assert "<script>alert" not in page and "<img src=x" not in page, name
        assert 'href="javascript:' not in page, name
        assert "&lt;script&gt;" in page or name != "script"


def test_csv_cells_are_never_formulas_or_control_characters(corpus):
    for name, lang, a in _cases(corpus):
        table = list(csv.reader(io.StringIO(render(a, "csv", lang))))
        assert len(table) > 1
        for row in table:
            for cell in row:
                assert not cell.startswith(FORMULA_START), (name, cell[:60])
                assert not CONTROL.search(cell.replace("\r", "")), (name, cell[:60])
        if name == "formula":
            assert any(cell.startswith("'=HYPERLINK") for row in table for cell in row)


TERMINAL_ATTACKS = ("clear screen", "window title", "hidden", "nul", "c1", "rich")


@pytest.mark.parametrize("color", [False, True])
def test_terminal_text_carries_no_escape_sequences_or_nul(corpus, color):
    # plain text: every proposal of the corpus; coloured: those aimed at terminals (a text
    # report takes a quarter of a second, the corpus has both languages elsewhere)
    sgr = re.compile(r"\x1b\[[0-9;]*m")
    for name in TERMINAL_ATTACKS if color else HOSTILE:
        text = render(corpus[name], "text", "en" if color else "id", color=color)
        left = sgr.sub("", text) if color else text
        assert not CONTROL.search(left), (name, repr(CONTROL.search(left)))
        assert "\x1b[8m" not in text and "\x1b[2J" not in text, name
        if name == "rich":
            assert "[bold red]MERAH[/bold red]" in text


def test_json_keeps_the_data_exactly_and_escaped(corpus):
    for name, a in corpus.items():
        out = render(a, "json", "en")
        assert not re.search(r"[\x00-\x1f]", out.replace("\n", "")), name
        assert json.loads(out)["proposal"]["title"] == a.proposal.title == HOSTILE[name].strip()


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args], capture_output=True, timeout=300
    )


def test_validate_echoes_hostile_key_names_without_control_characters(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "schema": "paracheck/proposal/v1",
                "title": "x",
                "evil\x1b[2J\x1b]0;pwned\x07": 1,
                "nul\x00key": 2,
            }
        ),
        encoding="utf-8",
    )
    done = run("validate", str(bad))
    assert done.returncode == 2
    assert b"\x1b" not in done.stderr and b"\x00" not in done.stderr and b"\x07" not in done.stderr
    assert b"evil\\x1b[2J" in done.stderr


def test_a_batch_with_hostile_file_names_is_clean_in_text_and_csv(tmp_path):
    data = _base()
    for name in ("=1+1.json", "evil\x1b[2J.json", "<script>x.json"):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "broken\x1b]0;t\x07.json").write_text("{", encoding="utf-8")
    text = run("assess", str(tmp_path))
    assert text.returncode == 2
    assert not CONTROL.search(text.stdout.decode()), text.stdout[-500:]
    assert b"\x1b" not in text.stderr and b"\x07" not in text.stderr
    table = list(csv.reader(io.StringIO(run("assess", str(tmp_path), "-f", "csv").stdout.decode())))
    for row in table:
        for cell in row:
            assert not cell.startswith(FORMULA_START) and not CONTROL.search(cell)


def test_pdf_shows_hostile_text_as_text_and_no_control_characters(corpus, tmp_path):
    import shutil

    pdf = pytest.importorskip("paracheck.report.pdf")
    if not shutil.which("pdftotext") or not any(shutil.which(b) for b in pdf.BROWSERS):
        pytest.skip("chromium and poppler-utils are not installed here (.ci/run installs them)")
    for name in ("script", "clear screen"):
        out = tmp_path / f"{name}.pdf"
        out.write_bytes(pdf.render_pdf(corpus[name], "id"))
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert not CONTROL.search(text.replace("\f", "")), name
        if name == "script":  # printed as the words it is, not run as a script
            assert "<script>alert('x')</script>" in " ".join(text.split())
