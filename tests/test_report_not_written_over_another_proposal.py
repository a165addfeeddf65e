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


#: the schema line of a proposal as YAML may also write it: each file is a proposal that
#: ``paracheck validate`` accepts, and each was replaced by a report (atk23)
SCHEMA_SPELLINGS = {
    "tagged": "schema: !!str paracheck/proposal/v1\n",
    "folded": "schema: >-\n  paracheck/proposal/v1\n",
    "explicit key": "? schema\n: paracheck/proposal/v1\n",
    "escaped slash": 'schema: "paracheck\\x2Fproposal/v1"\n',
}


@pytest.mark.parametrize("spelling", SCHEMA_SPELLINGS)
def test_a_proposal_whose_schema_is_written_another_yaml_way_is_not_written_over(
    tmp_path, capsys, spelling
):
    target = tmp_path / "other.yaml"
    target.write_text(SCHEMA_SPELLINGS[spelling] + "title: Usulan lain\n", encoding="utf-8")
    paracheck.load_proposal(target)  # a proposal indeed
    before = target.read_bytes()
    with pytest.raises(SystemExit) as done:
        main(["assess", NTB, "-o", str(target), "--lang", "en"])
    assert done.value.code == 2
    assert "it is a proposal file; choose another name" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_a_yaml_file_that_names_another_schema_is_still_written_over(tmp_path):
    """The parsed look is for paracheck's own schemas only: a report's JSON (its schema is
    paracheck/assessment/…) and any other YAML with a ``schema`` key are written over."""
    for text in ("schema: !!str paracheck/assessment/v2\n", "schema: other/v1\ntitle: x\n"):
        target = tmp_path / "other.yaml"
        target.write_text(text, encoding="utf-8")
        with pytest.raises(SystemExit) as done:
            main(["assess", NTB, "-o", str(target)])
        assert done.value.code == 0
        assert target.read_text(encoding="utf-8") != text
