"""`paracheck checklist`, `diff`, `rules list|show|docs`, atomic report files, lazy start-up,
and the HTML report as a browser draws it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zlib

import pytest

from paracheck.facts.template import proposal_template
from paracheck.report import render
from paracheck.report.files import write_atomically

from .test_cli_assess import ROOT, needs, run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_checklist_lists_the_procedure_and_every_rule_of_the_pack():
    from paracheck.rules.loader import load_pack, pack_names

    pack = load_pack(pack_names()[0])
    out = run("checklist", "--pack", pack.name, "--format", "markdown", "--lang", "en")
    assert out.returncode == 0, out.stderr
    for rule in pack.rules:
        assert rule.id in out.stdout
    assert "## Procedure" in out.stdout


SIGNED_EARLY = "{step: signing, status: done, date: 2021-06-05}"
SIGNED_AFTER_DPRD = "{step: signing, status: done, date: 2021-10-05}"


def test_diff_of_a_proposal_and_its_fixed_version(tmp_path):
    """The example signed before DPRD approval, fixed by signing after it: the diff names the
    checks that changed (REG-020 cleared) and none of those that did not."""
    import paracheck

    old = needs(ROOT / "examples" / "signed-before-dprd-2021.yaml")
    text = old.read_text(encoding="utf-8")
    assert SIGNED_EARLY in text
    fixed = tmp_path / "fixed.yaml"
    fixed.write_text(text.replace(SIGNED_EARLY, SIGNED_AFTER_DPRD), encoding="utf-8")
    before = {c.rule_id: c.status for c in paracheck.assess(paracheck.load_proposal(old)).checks}
    after = {c.rule_id: c.status for c in paracheck.assess(paracheck.load_proposal(fixed)).checks}
    assert before["REG-020"] == "risk" and after["REG-020"] == "clear"

    out = run("diff", str(old), str(fixed), "--lang", "en")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    # the risks that stayed are said in a section of their own, not as changes (trial 28 #8)
    persisted = [i for i, line in enumerate(lines) if line.startswith("RISKS THAT PERSISTED")]
    if persisted:
        end = next((i for i in range(persisted[0], len(lines)) if not lines[i].strip()), None)
        lines = lines[: persisted[0]] + (lines[end:] if end is not None else [])
    shown = [line.split()[0] if line.split() else "" for line in lines]
    assert "REG-020" in shown, out.stdout
    change = lines[shown.index("REG-020") + 1]
    assert "Risk" in change and "Clear" in change, change
    assert "No check changed." not in out.stdout
    for rule_id, status in after.items():  # a check whose status stayed is not listed
        assert (rule_id in shown) == (status != before[rule_id]), rule_id


def test_diff_of_a_proposal_with_itself_changes_nothing(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text(proposal_template("sister_province"), encoding="utf-8")
    out = run("diff", str(old), str(old), "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "Verdict unchanged" in out.stdout and "No check changed." in out.stdout
    assert run("diff", str(old), str(tmp_path / "missing.yaml")).returncode == 2


def test_rules_list_and_show():
    listing = run("rules", "list", "--lang", "en")
    assert listing.returncode == 0, listing.stderr
    first = next(
        line.split()[0]
        for line in listing.stdout.splitlines()
        if line[:3].isalpha() and "-" in line.split()[0]
    )
    shown = run("rules", "show", first.lower(), "--lang", "en")
    assert shown.returncode == 0 and first in shown.stdout and "Why" in shown.stdout
    assert run("rules", "show", "XXX-999").returncode == 2


def test_committed_rule_docs_are_up_to_date(tmp_path):
    from paracheck.report.reference import reference_docs

    committed = ROOT / "docs" / "rules"
    for name, text in reference_docs().items():
        assert (committed / name).exists(), f"run `paracheck rules docs` ({name} missing)"
        assert (committed / name).read_text(encoding="utf-8") == text, (
            f"docs/rules/{name} is stale: run `paracheck rules docs`"
        )


def test_rules_docs_writes_one_page_per_pack(tmp_path):
    from paracheck.report.reference import reference_docs
    from paracheck.rules.loader import pack_names

    out = run("rules", "docs", "--output", str(tmp_path))
    assert out.returncode == 0, out.stderr
    expected = sorted(f"{name}.md" for name in pack_names())
    assert expected  # the shipped packs
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    pages = reference_docs()
    for name in expected:  # each page is the pack's reference, and the command says so
        assert (tmp_path / name).read_text(encoding="utf-8") == pages[name]
        assert str(tmp_path / name) in out.stdout


@pytest.mark.parametrize(
    "argv, packs",
    [
        (["--help"], False),
        (["schema"], False),
        (["validate", "examples/ntb-zhejiang-2015.yaml"], False),
        # waivers are checked against the pack in force, as assess does: the pack, never the engine
        (["validate", "examples/well-prepared-2023.yaml"], True),
    ],
)
def test_help_validate_and_schema_do_not_load_the_engine_or_the_packs(argv, packs):
    watched = (
        (
            "('paracheck.engine.assess', 'paracheck.engine.adapter', "
            "'paracheck.engine.compiler', 'durable', 'jinja2')"
        )
        if packs
        else "('paracheck.engine', 'paracheck.rules.loader', 'durable', 'jinja2')"
    )
    code = (
        "import sys\nfrom paracheck.cli import app\n"
        f"try:\n    app({argv!r}, prog_name='paracheck')\nexcept SystemExit:\n    pass\n"
        f"loaded = [m for m in sys.modules if m.startswith({watched})]\n"
        "print('LOADED', loaded)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert "LOADED []" in out.stdout, out.stdout + out.stderr


def test_an_interrupted_write_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new " * 100_000)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def _png_pixels_vary(png: bytes) -> bool:
    """Decode the PNG's image data (stdlib zlib) and check it is not one flat colour."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data = 8, b""
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    return len(set(raw[i] for i in range(0, len(raw), 997))) > 8


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed here (CI installs it)")
def test_html_report_draws_a_non_blank_page_in_a_browser(tmp_path):
    import paracheck

    ntb = paracheck.assess(
        paracheck.load_proposal(str(ROOT / "examples" / "ntb-zhejiang-2015.yaml"))
    )
    html = tmp_path / "report.html"
    html.write_text(render(ntb, "html", "id"), encoding="utf-8")
    png = tmp_path / "report.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={png}",
            "--window-size=1200,1600",
            html.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert png.exists() and png.stat().st_size > 20_000
    assert _png_pixels_vary(png.read_bytes())
