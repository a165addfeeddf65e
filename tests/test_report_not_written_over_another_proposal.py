"""A report is not written over a proposal file or a rule pack file it was not made from:
``paracheck assess a.yaml -o b.yaml`` (a second proposal meant as an input, typed after -o)
replaced the proposal b.yaml with a.yaml's report, exit 0 (atk22). A file that is a proposal
or a pack says so by its ``schema``, YAML or JSON; it is refused before anything is written.
A report written before is written over, as always."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
NTB = str(ROOT / "examples" / "ntb-zhejiang-2015.yaml")
WELL = ROOT / "examples" / "well-prepared-2023.yaml"
PACK = ROOT / "src" / "paracheck" / "rules" / "packs" / "pp28-2018.yaml"

COMMANDS = {
    "assess": ["assess", NTB],
    "assess-json": ["assess", NTB, "-f", "json"],
    "batch": ["assess", NTB, NTB, "--summary"],
    "diff": ["diff", NTB, NTB],
    "checklist": ["checklist"],
}


def _victims(folder: Path) -> dict[str, Path]:
    """A proposal as YAML, the same as JSON, and a rule pack, none of them an input."""
    files = {
        "yaml proposal": folder / "other.yaml",
        "json proposal": folder / "other.json",
        "pack": folder / "pack.yaml",
    }
    files["yaml proposal"].write_bytes(WELL.read_bytes())
    document = yaml.safe_load(WELL.read_text(encoding="utf-8"))
    files["json proposal"].write_text(json.dumps(document, default=str), encoding="utf-8")
    paracheck.load_proposal(files["json proposal"])  # a proposal indeed
    files["pack"].write_bytes(PACK.read_bytes())
    return files


@pytest.mark.parametrize("victim", ["yaml proposal", "json proposal", "pack"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_report_is_not_written_over_a_proposal_or_pack_it_was_not_made_from(
    tmp_path, capsys, command, victim
):
    target = _victims(tmp_path)[victim]
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(SystemExit) as done:
        main([*COMMANDS[command], "-o", str(target), "--lang", "en"])
    assert done.value.code == 2
    said = capsys.readouterr().err
    kind = "rule pack" if victim == "pack" else "proposal"
    assert f"over {target}: it is a {kind} file; choose another name" in said, said
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_a_report_written_before_is_written_over(tmp_path):
    for fmt in ("text", "json", "markdown", "html", "csv"):
        target = tmp_path / f"report.{fmt}"
        target.write_text("an older report\n", encoding="utf-8")
        for _ in range(2):  # over a report of its own kind too
            with pytest.raises(SystemExit) as done:
                main(["assess", NTB, "-f", fmt, "-o", str(target)])
            assert done.value.code == 0
        assert target.read_text(encoding="utf-8") != "an older report\n"
