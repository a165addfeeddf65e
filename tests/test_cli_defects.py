"""CLI defects found by trying paracheck as a new user (issue 12), one test each."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NTB = "examples/ntb-zhejiang-2015.yaml"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_diff_of_a_folder_is_a_usage_error_not_a_crash():
    out = run("diff", "examples/", NTB)
    assert out.returncode == 2, out.stderr
    assert "folder" in out.stderr and "Traceback" not in out.stderr
    assert "internal error" not in out.stderr


@pytest.mark.parametrize("args", [["-h"], ["assess", "-h"], ["rules", "-h"]])
def test_short_help_option_works(args):
    out = run(*args)
    assert out.returncode == 0, out.stderr
    assert "Pemakaian:" in out.stdout  # Indonesian by default (test_cli_help_indonesian.py)
    english = run(*args, "--lang", "en") if args == ["assess", "-h"] else None
    if english is not None:
        assert english.returncode == 0 and "Usage:" in english.stdout, english.stderr


@pytest.mark.parametrize("command", ["assess", "validate", "diff", "checklist"])
def test_help_shows_no_python_types(command):
    out = run(command, "--help").stdout
    assert "<bool>" not in out and "list[str]" not in out and "<str>" not in out


def test_bad_choice_says_what_is_allowed_without_pydantic_words():
    out = run("assess", NTB, "--fail-on", "info", "--lang", "en")
    assert out.returncode == 2
    assert "'info' is not one of" in out.stderr
    assert "Value error" not in out.stderr
    out = run("assess", NTB, "--fail-on", "info")  # Indonesian, the default
    assert out.returncode == 2
    assert "'info' tidak dikenal; pilih salah satu: 'blocker', 'high'" in out.stderr
    assert "Value error" not in out.stderr


def test_tab_indentation_gets_a_hint(tmp_path):
    bad = tmp_path / "tab.yaml"
    bad.write_text("schema: paracheck/proposal/v1\ntitle: t\nlocal:\n\tname: x\n", encoding="utf-8")
    out = run("validate", "--lang", "en", str(bad))
    assert out.returncode == 2
    assert f"{bad}:4:1:" in out.stderr and "spaces, not tabs" in out.stderr
    # the tab is the character that cannot start a value: quoting it would not mend it
    # (trial26 C2: "(put the value in quotes); a tab: …")
    assert "quotes" not in out.stderr
    assert "replace the tab with spaces" in out.stderr
    out = run("validate", str(bad))  # and in Indonesian, the default
    assert f"{bad}:4:1:" in out.stderr and "dengan spasi, bukan tab" in out.stderr
    assert "tanda kutip" not in out.stderr
    assert "ganti tab itu dengan spasi" in out.stderr


def test_whole_file_errors_have_no_made_up_position(tmp_path):
    out = run("validate", "--lang", "en", str(tmp_path / "missing.yaml"))
    assert out.returncode == 2
    assert ":0:0" not in out.stderr and "missing.yaml: Cannot read" in out.stderr


def test_rules_docs_says_where_it_writes(tmp_path):
    out = run("rules", "docs", "--lang", "en", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"into {tmp_path.resolve() / 'docs' / 'rules'}" in out.stdout
    assert all(
        line.split(" ", 1)[1].startswith("/")
        for line in out.stdout.splitlines()
        if line.startswith("wrote ")
    )


def test_readme_usage_lines_can_be_pasted():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "rules list | show" not in text
    for line in text.splitlines():
        if line.startswith("paracheck rules "):
            assert "|" not in line.split("#")[0], line


def test_total_score_is_described_as_the_sum_it_is():
    out = run("assess", NTB, "--lang", "en").stdout
    assert "score = likelihood × impact" not in out
    assert "total score = the sum over the risks; one risk's score = likelihood (1–5)" in out


def test_csv_score_is_zero_where_there_is_no_risk():
    out = run("assess", NTB, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["score"] for r in rows if r["status"] != "risk"} == {"0"}
    assert all(
        int(r["score"]) == int(r["likelihood"]) * int(r["impact"])
        for r in rows
        if r["status"] == "risk"
    )


def test_diff_shows_a_score_only_beside_a_risk():
    out = run(
        "diff",
        "examples/signed-before-dprd-2021.yaml",
        "examples/well-prepared-2023.yaml",
        "--lang",
        "en",
    ).stdout
    assert "→ Clear" in out or "→ Unknown" in out
    assert "Clear (" not in out and "Unknown (" not in out


def _waiver_for_no_rule(tmp_path: Path) -> Path:
    text = (ROOT / NTB).read_text(encoding="utf-8")
    path = tmp_path / "waiver.yaml"
    path.write_text(
        text + "\naccepted_risks:\n  - rule: ZZZ-999\n    reason: test\n"
        "    accepted_by: Sekda\n    until: 2030-01-01\n",
        encoding="utf-8",
    )
    return path


def test_validate_and_assess_agree_on_a_waiver_naming_no_rule(tmp_path):
    path = _waiver_for_no_rule(tmp_path)
    validated, assessed = run("validate", str(path)), run("assess", str(path))
    assert validated.returncode == assessed.returncode == 2
    assert "ZZZ-999" in validated.stderr and "ZZZ-999" in assessed.stderr


def test_validate_accepts_a_folder_as_assess_does():
    validated = run("validate", "examples/")
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.count("Format benar, isi belum dinilai: ") == len(
        list((ROOT / "examples").glob("*.yaml"))
    )


def test_a_lapsed_waiver_is_shown_on_its_check_in_every_human_format(tmp_path):
    import paracheck
    from paracheck.report import render

    text = (ROOT / NTB).read_text(encoding="utf-8")
    path = tmp_path / "lapsed.yaml"
    path.write_text(
        text + "\naccepted_risks:\n  - rule: IMP-001\n    reason: pilot year\n"
        "    accepted_by: Sekda\n    until: 2015-01-31\n",
        encoding="utf-8",
    )
    result = paracheck.assess(paracheck.load_proposal(str(path)))
    check = next(c for c in result.checks if c.rule_id == "IMP-001")
    assert check.status == "risk" and check.waiver is not None and check.waiver.lapsed
    for fmt in ("text", "markdown", "html"):
        out = render(result, fmt, "id")
        flat = " ".join(out.split())  # the text memo wraps at 100 columns
        assert "Penerimaan risiko sudah lewat waktu (31 Januari 2015)" in flat, fmt
        assert "pilot year" in flat
