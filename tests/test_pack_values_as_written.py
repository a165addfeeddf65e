"""A user pack's yes/no, whole numbers and thresholds are read as their author wrote them, or
refused at the rule and field saying what was written (exit 2, no traceback).

Before: ``curable: yes``, ``after_expiry: 1`` and ``statutory: "on"`` were taken as true
(pydantic's lax booleans; a pack author typing ``no`` would have been surprised the other way),
``likelihood: true`` as 1, and a threshold ``lt: 010`` as octal 8, ``lt: 0x10`` as 16 and
``lt: 1:30`` as 90 (YAML 1.1's base 60) — the pack loaded and judged with another number.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

HERE = Path(__file__).parent
MINI = HERE / "packs" / "mini.yaml"
RECOMMENDATION = 'text: {id: "Alokasikan APBD", en: "Allocate APBD"}}'
BUD_001_WEIGHT = '    likelihood: 4\n    impact: 4\n    title: {id: "Tidak ada dana"'
SIGNING = "{step: signing, required_from: mou_signed}"
THRESHOLD = "{path: energy.reserve_margin_pct, lt: 0}"


def _pack(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "bad.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


BOOLEANS = [  # (field written, edit of mini.yaml, problem path)
    (
        "curable: yes",
        (BUD_001_WEIGHT, BUD_001_WEIGHT.replace("    title:", "    curable: yes\n    title:")),
        "BUD-001.curable",
        "'yes'",
    ),
    (
        "after_expiry: 1",
        (RECOMMENDATION, RECOMMENDATION[:-1] + ", after_expiry: 1}"),
        "BUD-001.recommend[0].after_expiry",
        "1",
    ),
    (
        "after_expiry: no",
        (RECOMMENDATION, RECOMMENDATION[:-1] + ", after_expiry: no}"),
        "BUD-001.recommend[0].after_expiry",
        "'no'",
    ),
    (
        'statutory: "on"',
        (SIGNING, SIGNING[:-1] + ', statutory: "on"}'),
        "procedure[2].statutory",
        "'on'",
    ),
]


@pytest.mark.parametrize(
    ("written", "edit", "path", "shown"), BOOLEANS, ids=[b[0] for b in BOOLEANS]
)
def test_a_pack_yes_no_written_other_than_true_or_false_is_refused_saying_what_was_written(
    tmp_path, written, edit, path, shown
):
    pack = _pack(tmp_path, *edit)
    with pytest.raises(PackError) as err:
        load_pack(str(pack))
    said = [(p.path, p.describe("id"), p.describe("en")) for p in err.value.problems]
    assert [s[0] for s in said] == [path], said
    assert said[0][1].endswith(f"harus berupa true atau false; tertulis {shown}"), said
    assert "write true or false" in said[0][2] and said[0][2].endswith(f"got {shown}"), said


@pytest.mark.parametrize("written", ["true", '"4"', "4.0", "010"])
def test_a_likelihood_that_is_not_a_whole_number_as_written_is_refused(tmp_path, written):
    pack = _pack(
        tmp_path, BUD_001_WEIGHT, BUD_001_WEIGHT.replace("likelihood: 4", f"likelihood: {written}")
    )
    with pytest.raises(PackError) as err:
        load_pack(str(pack))
    said = [(p.path, p.describe("id")) for p in err.value.problems]
    assert [s[0] for s in said] == ["BUD-001.likelihood"], said
    shown = {"true": "true", '"4"': "'4'", "4.0": "4.0", "010": "'010'"}[written]
    assert said[0][1].endswith(f"harus berupa bilangan bulat; tertulis {shown}"), said


@pytest.mark.parametrize("written", ["010", "0x10", "0b101", "1:30", "1:30.5", "0o7"])
def test_a_threshold_in_octal_hex_or_base_60_is_refused_not_read_as_another_number(
    tmp_path, written
):
    pack = _pack(tmp_path, THRESHOLD, THRESHOLD.replace("lt: 0}", f"lt: {written}}}"))
    with pytest.raises(PackError) as err:
        load_pack(str(pack))
    said = [(p.path, p.describe("id")) for p in err.value.problems]
    assert [s[0] for s in said] == ["NRG-001.when.any[0].lt"], said
    expected = f": 'energy.reserve_margin_pct' berupa angka; tertulis '{written}'"
    assert said[0][1].endswith(expected), said


@pytest.mark.parametrize(("written", "value"), [("1_000", 1000), ("-5", -5), ("+3", 3), ("0", 0)])
def test_a_threshold_written_in_decimal_is_read_as_that_number(tmp_path, written, value):
    pack = load_pack(
        str(_pack(tmp_path, THRESHOLD, THRESHOLD.replace("lt: 0}", f"lt: {written}}}")))
    )
    rule = next(r for r in pack.rules if r.id == "NRG-001")
    assert rule.when["any"][0]["lt"] == value


def test_a_condition_quotes_a_yaml_boolean_as_written_not_as_python_spells_it(tmp_path):
    pack = _pack(tmp_path, THRESHOLD, THRESHOLD.replace("lt: 0}", "lt: true}"))
    with pytest.raises(PackError) as err:
        load_pack(str(pack))
    said = err.value.problems[0].describe("id")
    assert said.endswith("berupa angka; tertulis true") and "True" not in said


def test_the_command_line_refuses_a_pack_boolean_written_yes_with_exit_2(tmp_path):
    pack = _pack(tmp_path, *BOOLEANS[0][1])
    proposal = tmp_path / "p.yaml"
    proposal.write_text("schema: paracheck/proposal/v1\ntitle: t\ndate: 2015-06-10\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(proposal), "--pack", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=HERE.parent,
    )
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert re.search(
        r"bad\.yaml:\d+:[1-9]\d*: BUD-001\.curable: harus berupa true atau false; tertulis 'yes'",
        done.stderr,
    ), done.stderr
