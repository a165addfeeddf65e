"""A user pack whose every recommendation of a rule has a case (``when``) that may all be
false leaves a risk with no advice (advice19, item 5): ``paracheck rules test`` fails such
a rule on its ``fires`` example, naming the rule and the example, and exits 1. (Whether a
rule's cases cover every case it fires in is not decided at load: docs/rule-language.md.)"""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli.typer_app import app
from paracheck.rules.loader import load_pack

MINI = Path(__file__).parent / "packs" / "mini.yaml"


def _pack(tmp_path: Path) -> Path:
    """The test pack with BUD-001's one recommendation given only at the evaluation stage.
    Its fires example states no stage: the case is open there, so the advice is given; a
    second fires example at the proposal stage makes the case certainly false."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "BUD-001")
    for rec in rule["recommend"]:
        rec["when"] = {"path": "stage", "eq": "evaluation"}
        rec["case_label"] = {"id": "tahap evaluasi", "en": "the evaluation stage"}
    fired = dict(rule["examples"]["fires"][0])
    rule["examples"]["fires"].append({**fired, "stage": "proposal"})
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_fired_example_left_with_no_advice_fails_the_rules_examples(tmp_path):
    _, failures = paracheck.run_examples(load_pack(str(_pack(tmp_path))))
    assert [(f.rule_id, f.kind, f.index) for f in failures] == [("BUD-001", "fires", 1)]
    assert "no recommendation" in str(failures[0])
    assert "tanpa rekomendasi" in failures[0].describe("id")


def test_rules_test_exits_1_and_names_the_rule(tmp_path):
    result = CliRunner().invoke(app, ["rules", "test", "--pack", str(_pack(tmp_path))])
    assert result.exit_code == 1
    assert "BUD-001" in result.output and "tanpa rekomendasi" in result.output


def test_the_shipped_packs_keep_advice_on_every_fired_example():
    for name in paracheck.pack_names():
        assert paracheck.run_examples(name)[1] == [], name
