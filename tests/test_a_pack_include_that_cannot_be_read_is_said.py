"""An included rule file that is no regular file, or whose name the system cannot take, is a
pack problem said by what it is, as the pack given itself is (attack 462 H3: a name too long
was an internal error, exit 3, blamed on the proposal; H4: a FIFO included hung for ever)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import paracheck

MINI = Path(__file__).parent / "packs" / "mini.yaml"


def _pack(tmp_path: Path, include: str) -> Path:
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["name"] = "mini-include"
    data["include"] = [include]
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_fifo_included_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipa.yaml")
    pack = _pack(tmp_path, "pipa")
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "rules", "test", "--pack", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "pipa.yaml: paket aturan harus berupa berkas biasa, bukan pipa" in done.stderr


def test_an_include_name_too_long_is_said_by_the_system_reason(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "a" * 300)
    with pytest.raises(paracheck.PackError) as refused:
        paracheck.load_pack(str(pack))
    (problem,) = refused.value.problems
    assert "(ENAMETOOLONG)" in problem.describe("id")
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "rules", "test", "--pack", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "kesalahan internal" not in done.stderr


def test_two_packs_of_one_name_are_refused_by_the_reference_pages(tmp_path: Path) -> None:
    """Attack 462 M3: ``rules docs --pack a.yaml --pack b.yaml``, both named ``mini``, wrote
    one page, the other's lost with exit 0; the same pack given twice is one page."""
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(paracheck.UsageError) as refused:
        paracheck.write_reference_docs(tmp_path / "docs", [str(first), str(second)])
    said = refused.value.text("id")
    assert "dua paket aturan sama-sama bernama 'mini'" in said
    assert not (tmp_path / "docs" / "mini.md").exists()
    written = paracheck.write_reference_docs(tmp_path / "docs", [str(first), str(first)])
    assert [p.name for p in written] == ["mini.md"]
