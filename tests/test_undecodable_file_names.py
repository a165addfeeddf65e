"""A file name whose bytes are not UTF-8 (a Windows-1252 name from a zip, ``caf\\xe9.yaml``)
is assessed like any other and named with ``\\xNN`` for the bytes that are not text.

Python keeps such bytes as lone surrogates, which no report, JSON document or terminal can
encode: every format ended in an internal error (exit 3), and a CSV batch stopped there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    try:
        shutil.copyfile(EXAMPLE, tmp_path / os.fsdecode(b"caf\xe9.yaml"))
        (tmp_path / os.fsdecode(b"rusak\xff.yaml")).write_bytes(b"x: [")
    except (OSError, UnicodeError):  # pragma: no cover - a file system that refuses them
        pytest.skip("this file system does not take non-UTF-8 file names")
    return tmp_path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "markdown", "html"])
def test_a_folder_with_non_utf8_file_names_is_assessed_in_every_format(folder, fmt):
    result = run("assess", str(folder), "--format", fmt, "--lang", "en")
    assert result.returncode == 2, result.stderr  # the broken file, not an internal error
    assert "internal" not in result.stderr.lower()
    assert f"{folder}/rusak\\xff.yaml:1:5: Invalid YAML: the list opened with '['" in result.stderr
    if fmt == "json":
        batch = json.loads(result.stdout)
        assert [r["proposal"]["source"] for r in batch["results"]] == [f"{folder}/caf\\xe9.yaml"]
        assert batch["errors"][0]["source"] == f"{folder}/rusak\\xff.yaml"
    else:  # Markdown writes a backslash as \\
        assert "caf\\xe9.yaml" in result.stdout.replace("\\\\", "\\")


def test_one_such_file_is_assessed_and_its_source_said_with_escapes(folder):
    result = run("assess", os.fsdecode(os.fsencode(folder) + b"/caf\xe9.yaml"), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["proposal"]["source"] == f"{folder}/caf\\xe9.yaml"


def test_validate_names_such_a_file_as_assess_does(folder):
    result = run("validate", str(folder / os.fsdecode(b"caf\xe9.yaml")), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ok: {folder}/caf\\xe9.yaml\n"
