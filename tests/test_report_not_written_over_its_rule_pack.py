"""A report is not written over the rule pack file it was judged with, nor over a file that
pack includes (atk21): ``paracheck assess p.yaml --pack my-pack.yaml -o my-pack.yaml`` replaced
the pack author's rules by the report, exit 0; ``diff`` and ``checklist`` did the same. Each
is refused before anything is written, naming the pack file."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

import paracheck
from paracheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "well-prepared-2023.yaml")
PACKS = ROOT / "src" / "paracheck" / "rules" / "packs"


@pytest.fixture
def pack_folder(tmp_path: Path) -> Path:
    """A copy of the shipped pp28-2018 pack with the files it includes, as a user pack."""
    for source in PACKS.glob("*.yaml"):
        shutil.copyfile(source, tmp_path / source.name)
    return tmp_path


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.yaml")}


COMMANDS = {
    "assess": ["assess", EXAMPLE],
    "assess-json": ["assess", EXAMPLE, "-f", "json"],
    "assess-summary": ["assess", EXAMPLE, EXAMPLE, "--summary"],
    "diff": ["diff", EXAMPLE, EXAMPLE],
    "checklist": ["checklist"],
}


@pytest.mark.parametrize("target", ["pp28-2018.yaml", "thesis-obstacles.yaml"])
@pytest.mark.parametrize("command", COMMANDS)
def test_the_report_is_refused_over_the_pack_or_a_file_it_includes(
    pack_folder, capsys, command, target
):
    pack = pack_folder / "pp28-2018.yaml"
    before = _digests(pack_folder)
    output = pack_folder / target
    with pytest.raises(SystemExit) as done:
        main([*COMMANDS[command], "--pack", str(pack), "-o", str(output)])
    assert done.value.code == 2
    assert _digests(pack_folder) == before
    refusal = paracheck.message("usage.over_pack", "id", path=str(output))
    assert refusal in capsys.readouterr().err
