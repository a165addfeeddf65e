"""A proposal file in a folder that cannot be followed (a link to a file since moved, a link
that names itself) is an error item of the batch, never skipped: ``expand_inputs`` kept only
what ``is_file()`` said was a file, so ``paracheck assess FOLDER`` and ``validate FOLDER``
passed (exit 0) without a word about the proposal they never read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import paracheck

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a-good.yaml").write_bytes(NTB.read_bytes())
    (tmp_path / "b-moved.yaml").symlink_to(tmp_path / "elsewhere" / "gone.yaml")
    (tmp_path / "c-loop.yaml").symlink_to("c-loop.yaml")
    (tmp_path / "notes.txt").symlink_to("nowhere.txt")  # not a proposal name: not listed
    return tmp_path


def test_links_that_cannot_be_followed_are_listed_as_inputs(folder: Path) -> None:
    names = [Path(p).name for p in paracheck.expand_inputs([str(folder)])]
    assert names == ["a-good.yaml", "b-moved.yaml", "c-loop.yaml"]


@pytest.mark.parametrize("command", ["assess", "validate"])
def test_a_folder_with_a_broken_link_fails_naming_it(folder: Path, command: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", command, str(folder), "--lang", "id"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{folder / 'b-moved.yaml'}: Berkas tidak dapat dibaca: berkas tidak ada" in done.stderr
    assert f"{folder / 'c-loop.yaml'}: Berkas tidak dapat dibaca: tautan simbolik" in done.stderr
