"""A file paracheck wrote (a report written with ``-f json``) or a rule pack, given where a
proposal goes, is said to be what it is in one line, with the proposal it was made from.

``paracheck assess p.yaml -f json -o folder/p.json`` and then ``paracheck assess folder``
refused the report by every key a proposal does not have: 88 lines on standard error for
three reports (atk22), none saying that the file is a report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.cli import main
from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal

ROOT = Path(__file__).resolve().parents[1]
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
WELL = ROOT / "examples" / "well-prepared-2023.yaml"
PACK = ROOT / "src" / "paracheck" / "rules" / "packs" / "pp28-2018.yaml"


def _written(*args: str) -> None:
    with pytest.raises(SystemExit) as done:
        main([*args])
    assert done.value.code in (0, 1), done.value.code  # 1: a risk, --fail-on not given


@pytest.fixture()
def reports(tmp_path: Path) -> dict[str, Path]:
    out = {k: tmp_path / f"{k}.json" for k in ("assessment", "diff", "batch")}
    _written("assess", str(NTB), "-f", "json", "-o", str(out["assessment"]))
    _written("diff", str(NTB), str(WELL), "-f", "json", "-o", str(out["diff"]))
    _written("assess", str(NTB), str(WELL), "-f", "json", "-o", str(out["batch"]))
    return out


@pytest.mark.parametrize(
    ("kind", "said", "sources"),
    [
        ("assessment", "an assessment report (JSON)", [NTB]),
        ("diff", "a comparison of two proposals (JSON)", [NTB, WELL]),
        ("batch", "a report on several proposals (JSON)", [NTB, WELL]),
    ],
)
def test_a_json_report_given_as_a_proposal_is_named_as_one_with_its_proposals(
    reports, kind, said, sources
):
    with pytest.raises(InputError) as refused:
        load_proposal(reports[kind])
    [problem] = refused.value.problems
    english = problem.sentence("en")
    assert english.startswith(f"This file is {said} written by paracheck, not a proposal")
    assert english.endswith(", ".join(f"'{s}'" for s in sources))
    text = reports[kind].read_text(encoding="utf-8")
    row = next(i for i, line in enumerate(text.splitlines(), 1) if '"schema"' in line)
    assert problem.line == row  # placed at its schema, what says what the file is
    assert "paracheck" in problem.sentence("id") and "bukan usulan" in problem.sentence("id")


def test_a_rule_pack_given_as_a_proposal_says_to_give_it_with_pack():
    with pytest.raises(InputError) as refused:
        load_proposal(PACK)
    [problem] = refused.value.problems
    assert problem.sentence("en") == "This file is a rule pack, not a proposal; give it with --pack"


def _assess(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", *args, "--summary", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_a_folder_holding_a_proposal_and_its_reports_assesses_the_proposal_only(reports):
    """A JSON report paracheck wrote in the folder is no proposal of it, as a Markdown one is
    not (atk290 #1: every later run of the folder ended in exit 2 on it)."""
    folder = reports["assessment"].parent
    (folder / "p.yaml").write_bytes(NTB.read_bytes())
    done = _assess(str(folder))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "p.yaml" in done.stdout  # the proposal itself assessed
    assert not any(f"{kind}.json" in done.stdout for kind in reports)


def test_reports_named_as_proposals_are_each_said_in_one_line(reports):
    done = _assess(*(str(path) for path in reports.values()))
    assert done.returncode == 2  # a file given that is no proposal, as before
    said = done.stderr.splitlines()
    assert len(said) == len(reports), said  # one line each, not one per key of each
    assert all("written by paracheck, not a proposal" in line for line in said)
