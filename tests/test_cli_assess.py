"""`paracheck assess` as a user runs it: formats, languages, batches, stdin, exit codes and
output files. Commands run in a subprocess, as from a shell, so exit codes, stderr and the
absence of tracebacks are what a user would see."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.facts.template import proposal_template

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
WELL_PREPARED = ROOT / "examples" / "well-prepared-2023.yaml"


def run(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("NO_COLOR", None) if env is None else None
    proc = subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def needs(path: Path) -> Path:
    """A bundled example: its absence is a failure, never a skip."""
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    return path


@pytest.fixture
def proposal(tmp_path: Path) -> Path:
    """A valid proposal (the `paracheck init` template)."""
    path = tmp_path / "proposal.yaml"
    path.write_text(proposal_template("sister_province"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ntb_json() -> dict:
    out = run("assess", str(needs(NTB)), "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


# --- formats and languages on the NTB case ------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_every_check_of_ntb_appears_in_each_format(ntb_json, fmt):
    out = run("assess", str(NTB), "--format", fmt, "--lang", "en")
    assert out.returncode == 0, out.stderr
    for check in ntb_json["checks"]:
        assert check["rule_id"] in out.stdout


def test_english_and_default_indonesian_reports_differ(ntb_json):
    indonesian = run("assess", str(NTB)).stdout
    english = run("assess", str(NTB), "--lang", "en").stdout
    assert "KESIMPULAN" in indonesian.upper() and "VERDICT" not in indonesian.upper()
    assert "VERDICT" in english.upper() and "KESIMPULAN" not in english.upper()


def test_csv_of_ntb_has_one_row_per_check(ntb_json):
    out = run("assess", str(NTB), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["rule_id"] for r in rows] == [c["rule_id"] for c in ntb_json["checks"]]


def test_fail_on_high_fails_ntb_and_passes_a_well_prepared_proposal():
    assert run("assess", str(needs(NTB)), "--fail-on", "high").returncode == 1
    assert run("assess", str(needs(WELL_PREPARED)), "--fail-on", "high").returncode == 0


def test_an_empty_template_fails_on_unknowns_but_not_on_risks():
    template = proposal_template("sister_city").encode("utf-8")
    assert run("assess", "-", "--fail-on", "high", stdin=template).returncode == 0
    assert run("assess", "-", "--fail-on-unknown", "high", stdin=template).returncode == 1


def test_text_report_shows_the_worst_verdict_and_its_open_checks_beside_the_verdict(ntb_json):
    out = run("assess", str(NTB), "--lang", "en")
    lines = out.stdout.splitlines()
    at = next(i for i, x in enumerate(lines) if "Verdict: HIGH RISK" in x)
    beside = " ".join(lines[at : at + 5])
    assert "Could become blocked" in beside  # a verdict inside a sentence: lower case
    for rule_id in ntb_json["worst_because"]:
        assert rule_id in beside


def test_diff_fails_on_new_risks_only_when_asked(tmp_path):
    before = tmp_path / "before.yaml"
    after = tmp_path / "after.yaml"
    head = "schema: paracheck/proposal/v1\ntitle: t\ndate: 2021-03-01\n"
    before.write_text(head + "basis:\n  representative_office_abroad: false\n", encoding="utf-8")
    after.write_text(head + "basis:\n  representative_office_abroad: true\n", encoding="utf-8")
    assert run("diff", str(before), str(after)).returncode == 0
    assert run("diff", str(before), str(after), "--fail-on-new").returncode == 1
    assert run("diff", str(after), str(before), "--fail-on-new").returncode == 0


def test_without_fail_on_a_risky_proposal_still_exits_zero():
    assert run("assess", str(needs(NTB))).returncode == 0


# --- batches ---------------------------------------------------------------------------------


def test_a_folder_with_a_broken_file_reports_it_and_assesses_the_rest(tmp_path):
    for name in ("a.yaml", "b.yml", "c.json"):
        (tmp_path / name).write_text(proposal_template("sister_city"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(
        "schema: paracheck/proposal/v1\ntitle: Broken\nbudgett: {}\n", encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("not a proposal", encoding="utf-8")

    out = run("assess", str(tmp_path), "--format", "json")
    assert out.returncode == 2
    assert "broken.yaml:3:1" in out.stderr and "budgett" in out.stderr
    assert "Traceback" not in out.stderr
    doc = json.loads(out.stdout)
    assert doc["schema"] == "paracheck/batch/v1"
    assert len(doc["results"]) == 3
    assert [e["source"] for e in doc["errors"]] == [str(tmp_path / "broken.yaml")]
    assert [Path(s["source"]).name for s in doc["summary"]] == [
        "a.yaml",
        "b.yml",
        "broken.yaml",
        "c.json",
    ]


def test_batch_text_ends_with_a_summary_table(tmp_path, proposal):
    other = tmp_path / "other.yaml"
    other.write_text(proposal_template("sister_city"), encoding="utf-8")
    out = run("assess", proposal.name, other.name, "--lang", "en", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    summary = out.stdout[out.stdout.rindex("ASSESSMENT SUMMARY") :]
    assert "proposal.yaml" in summary and "other.yaml" in summary


def test_batch_output_keeps_the_order_the_files_were_given(tmp_path):
    paths = []
    for name in ("z.yaml", "a.yaml", "m.yaml"):
        (tmp_path / name).write_text(
            proposal_template("sister_city").replace("title:", f"title: {name} #", 1),
            encoding="utf-8",
        )
        paths.append(str(tmp_path / name))
    out = run("assess", *paths, "--format", "json")
    doc = json.loads(out.stdout)
    assert [r["proposal"]["source"] for r in doc["results"]] == paths


def test_batch_csv_has_the_rows_of_every_proposal(tmp_path, proposal):
    other = tmp_path / "other.yaml"
    other.write_text(proposal_template("sister_city"), encoding="utf-8")
    single = list(csv.DictReader(io.StringIO(run("assess", str(proposal), "-f", "csv").stdout)))
    both = list(
        csv.DictReader(io.StringIO(run("assess", str(proposal), str(other), "-f", "csv").stdout))
    )
    assert len(both) == 2 * len(single) > 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "--summary tidak tersedia dalam CSV"), ("en", "--summary has no CSV form")],
)
@pytest.mark.parametrize("argv", [("--summary", "-f", "csv"), ("--summary", "--format=csv")])
def test_summary_as_csv_is_refused_with_a_usage_error_not_ignored(
    tmp_path, proposal, lang, said, argv
):
    """CSV has no summary table: ``--summary -f csv`` wrote every check of every file as if
    the flag were not there (practitioner trial 29 M3). It is refused before any work, in the
    command's language, with exit 2 and nothing written."""
    other = tmp_path / "other.yaml"
    other.write_text(proposal_template("sister_city"), encoding="utf-8")
    out = run("assess", str(tmp_path), *argv, "--lang", lang, "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 2
    assert said in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize(
    ("lang", "said"), [("id", "Kunci 'budgett' tidak dikenal"), ("en", "Unknown key 'budgett'")]
)
def test_batch_csv_has_an_error_row_for_a_file_it_could_not_assess(tmp_path, lang, said):
    good = tmp_path / "a.yaml"
    good.write_text(proposal_template("sister_city"), encoding="utf-8")
    broken = tmp_path / "b-broken.yaml"
    broken.write_text("schema: paracheck/proposal/v1\ntitle: Broken\nbudgett: {}\n", "utf-8")
    last = tmp_path / "c.yaml"
    last.write_text(proposal_template("sister_city"), encoding="utf-8")
    out = run("assess", str(tmp_path), "--format", "csv", "--lang", lang)
    assert out.returncode == 2
    reader = csv.reader(io.StringIO(out.stdout))
    header = next(reader)
    assert header[:5] == ["proposal", "source", "as_of", "pack", "verdict"]
    assert header[-2:] == ["notice_codes", "notices"]  # the columns stay as they were
    table = [dict(zip(header, line, strict=True)) for line in reader]
    errors = [r for r in table if r["verdict"] == "error"]
    assert errors and {r["source"] for r in errors} == {str(broken)}
    assert all(r["title"].startswith(f"{broken}:") and r["rule_id"] == "" for r in errors)
    assert any(said in r["title"] for r in errors)
    # in input order, as the text summary lists it: a's rows, then b's error, then c's rows
    sources = [r["source"] for r in table]
    assert sources.index(str(broken)) > max(i for i, s in enumerate(sources) if s == str(good))
    assert sources.index(str(broken)) < sources.index(str(last))
    summary = run("assess", str(tmp_path), "--summary", "--lang", lang).stdout
    verdict_word = {"id": "Gagal dinilai", "en": "Not assessed"}[lang]
    assert verdict_word in summary  # the text summary marks the same file as an error


# --- inputs, errors, output ---------------------------------------------------------------


def test_standard_input_is_read_with_dash(proposal):
    out = run("assess", "-", "--format", "json", stdin=proposal.read_bytes())
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["proposal"]["source"] == "-"


def test_a_missing_file_exits_2_with_a_positioned_message_and_no_traceback(tmp_path):
    missing = tmp_path / "nope.yaml"
    out = run("assess", "--lang", "en", str(missing))
    assert out.returncode == 2
    assert out.stderr.startswith(f"{missing}: Cannot read")  # no made-up :0:0
    assert "Traceback" not in out.stderr and out.stdout == ""
    out = run("assess", str(missing))  # in the report's language, Indonesian by default
    assert out.stderr == f"{missing}: Berkas tidak dapat dibaca: berkas tidak ada\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "docx"],
        ["--lang", "fr"],
        ["--fail-on", "severe"],
        ["--as-of", "10/06/2015"],
        ["--pack", "no-such-pack"],
    ],
)
def test_bad_options_are_usage_errors(proposal, args):
    out = run("assess", str(proposal), *args)
    assert out.returncode == 2, out
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert f"'{args[1]}'" in out.stderr  # the message quotes the value that was refused


def test_output_file_is_complete_and_no_temporary_file_is_left(tmp_path, proposal):
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    target.write_text("old report", encoding="utf-8")
    out = run("assess", str(proposal), "--format", "html", "--output", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout == ""  # the report went to the file only
    written = target.read_text(encoding="utf-8")
    assert written == run("assess", str(proposal), "--format", "html").stdout
    assert written.rstrip().endswith("</html>")
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.html"]


def test_text_piped_to_a_file_has_no_colour_codes(proposal):
    out = run("assess", str(proposal))
    assert "\x1b[" not in out.stdout


def test_as_of_changes_the_judgement_date(proposal):
    out = run("assess", str(proposal), "--format", "json", "--as-of", "2015-06-10")
    assert json.loads(out.stdout)["as_of"] == "2015-06-10"


CONTRACT_KEYS = [
    "schema",
    "proposal",
    "as_of",
    "pack",
    "verdict",
    "worst_verdict",
    "worst_because",
    "notices",
    "score",
    "domains",
    "checks",
    "actions",
    "questions",
    "procedure",
]
CHECK_KEYS = {
    "rule_id",
    "domain",
    "title",
    "statement",
    "status",
    "severity",
    "likelihood",
    "impact",
    "score",
    "evidence",
    "missing",
    "clears_when",
    "recommendations",
    "sources",
}


def test_ntb_json_has_every_contract_key_and_each_risk_cites_lines_and_how_to_clear_it():
    first = run("assess", str(NTB), "--format", "json")
    second = run("assess", str(NTB), "--format", "json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout  # deterministic, byte for byte
    data = json.loads(first.stdout)
    assert list(data)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert set(data["proposal"]) >= {"title", "source", "sha256"}
    assert set(data["pack"]) >= {
        "name",
        "version",
        "regime",
        "effective_from",
        "effective_until",
        "superseded",
        "superseded_by",
    }
    risks = [c for c in data["checks"] if c["status"] == "risk"]
    assert risks
    for check in data["checks"]:
        assert set(check) >= CHECK_KEYS, check["rule_id"]
        assert check["score"] == check["likelihood"] * check["impact"]
    for check in risks:
        assert any(e["line"] for e in check["evidence"]), check["rule_id"]
        assert check["clears_when"]["id"] and check["clears_when"]["en"]
        assert check["recommendations"], check["rule_id"]


def test_a_folder_batch_takes_proposals_in_subfolders_and_skips_hidden_ones(tmp_path):
    """Issue 12: a folder batch silently skipped subfolders; now it walks them (a region's
    proposals filed by year), and hidden folders such as .git are not entered."""
    source = (ROOT / "examples" / "well-prepared-2023.yaml").read_bytes()
    (tmp_path / "2023").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "top.yaml").write_bytes(source)
    (tmp_path / "2023" / "nested.yaml").write_bytes(source)
    (tmp_path / ".git" / "hidden.yaml").write_bytes(b"not: a proposal\n")
    out = run("assess", str(tmp_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    sources = [item["proposal"]["source"] for item in json.loads(out.stdout)["results"]]
    assert sources == [str(tmp_path / "2023" / "nested.yaml"), str(tmp_path / "top.yaml")]
    assert run("validate", str(tmp_path)).returncode == 0
