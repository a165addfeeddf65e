"""A report is not written over the proposal file that standard input is (atk21):
``paracheck assess - -o p.yaml < p.yaml`` replaced the proposal by its report (exit 0, the
officer's file lost), where ``paracheck assess p.yaml -o p.yaml`` is refused. A proposal piped
in (``cat p.yaml | …``) is no file of its own and may be written anywhere."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import paracheck

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "well-prepared-2023.yaml"


def _run(args: list[str], stdin_path: Path) -> subprocess.CompletedProcess[str]:
    with stdin_path.open("rb") as stdin:
        return subprocess.run(
            [sys.executable, "-m", "paracheck", *args],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [["assess", "-"], ["assess", "-", "-f", "json"], ["diff", "-", str(EXAMPLE)]],
    ids=["assess", "assess-json", "diff"],
)
def test_the_report_is_refused_over_the_file_standard_input_reads(tmp_path, command):
    proposal = tmp_path / "usulan.yaml"
    shutil.copyfile(EXAMPLE, proposal)
    before = _digest(proposal)
    done = _run([*command, "-o", str(proposal)], proposal)
    assert done.returncode == 2, done.stderr
    assert _digest(proposal) == before
    refusal = paracheck.errors.Words.of("usage.over_input", path=str(proposal)).render("id")
    assert refusal in done.stderr
