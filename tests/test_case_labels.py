"""A recommendation given in a case names that case in plain words (``case_label``).

Words19 B7: the rule pages and the blank checklist wrote each case as its condition in words,
which read as operator code and repeated a clause: "(diberikan bila: status langkah
persetujuan DPRD tidak dicantumkan; dan tahap kerja sama tidak tercatat atau … atau
(tanggal penandatanganan MoU tercatat, tanggal penandatanganan MoU tercatat, dan …))". Now
the pack names the case ("masa berlaku MoU telah berakhir"), the pages and the checklist show
that name, and the loader refuses a ``when`` without its name, or a name without a ``when``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules import loader
from paracheck.rules.loader import load_pack, pack_names

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("pp28-2018", "permendagri-3-2008")
PACKS = ROOT / "src" / "paracheck" / "rules" / "packs"


def _mini(tmp_path: Path, **extra: Any) -> Path:
    data = yaml.safe_load((ROOT / "tests" / "packs" / "mini.yaml").read_text())
    rec = data["rules"][0]["recommend"][0]
    data["rules"][0]["recommend"].append({**rec, **extra})
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


def test_a_user_pack_case_without_its_name_is_refused_with_where_and_how(tmp_path):
    path = _mini(tmp_path, when={"path": "budget.multi_year", "eq": True})
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = str(caught.value)
    assert f"{path}:" in said and "BUD-001.recommend[1].case_label" in said
    assert "case_label: {id: …, en: …}" in said


def test_the_cli_refuses_it_with_exit_code_2_and_no_traceback(tmp_path):
    path = _mini(tmp_path, when={"path": "budget.multi_year", "eq": True})
    example = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
    out = subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(example), "--pack", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2, out
    assert "case_label" in out.stderr and "Traceback" not in out.stderr


def test_a_case_name_without_a_case_is_refused(tmp_path):
    path = _mini(tmp_path, case_label={"id": "selalu", "en": "always"})
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    assert "BUD-001.recommend[1].case_label" in str(caught.value)


def test_a_named_case_is_shown_by_its_name_on_the_page_and_the_checklist(tmp_path):
    case = {"id": "anggaran tahun jamak", "en": "a multi-year budget"}
    path = _mini(tmp_path, when={"path": "budget.multi_year", "eq": True}, case_label=case)
    pack = load_pack(str(path))
    rule = pack.rules[0]
    for lang, given in (("id", "diberikan bila"), ("en", "given when")):
        page = paracheck.render_rule(pack, rule, lang)
        assert f"({given}: {case[lang]})" in page
        checklist = paracheck.render_checklist(pack, lang, "markdown")
        assert f"({given}: {case[lang]})" in checklist


@pytest.mark.parametrize("name", pack_names())
def test_every_shipped_case_has_its_name(name):
    """No shipped rule is exempt any more: the rules whose cases were reworked (IMP-*,
    NRG-002, REG-042, BUD-005) name their cases too."""
    pack = load_pack(name)
    unnamed = [
        (rule.id, i)
        for rule in pack.rules
        for i, rec in enumerate(rule.recommend)
        if rec.when is not None and rec.case_label is None
    ]
    assert unnamed == []


@pytest.mark.parametrize(
    ("file", "rule_id"),
    [
        ("pp28-2018.yaml", "REG-042"),
        ("thesis-obstacles.yaml", "IMP-002"),
        ("thesis-obstacles.yaml", "NRG-002"),
        ("thesis-obstacles.yaml", "BUD-005"),
    ],
)
def test_a_shipped_rule_once_exempt_is_refused_without_its_case_name(
    tmp_path, monkeypatch, file, rule_id
):
    """The shipped packs, copied to a folder taken as the packs' own, with the first
    ``case_label`` of a rule that used to be exempt taken out: the loader refuses them as it
    refuses a user pack (before, a shipped IMP-* or REG-042 case went without its name)."""
    for source in PACKS.glob("*.yaml"):
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / file
    lines = target.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"  - id: {rule_id}")
    label = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("case_label:"))
    assert not any(line.startswith("  - id: ") for line in lines[start + 1 : label])
    del lines[label]
    target.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setattr(loader, "PACKS_DIR", tmp_path)
    with pytest.raises(PackError) as caught:
        load_pack(str(tmp_path / "pp28-2018.yaml"))
    assert f"{rule_id}.recommend[0].case_label" in str(caught.value)


@pytest.mark.parametrize("name", SHIPPED)
def test_no_named_case_on_the_blank_checklist_repeats_a_clause_or_reads_as_code(name):
    """The review's examples: a clause twice in one case, "paling cepat tanggal penilaian"
    (a >= written out), "bukan MoU ditandatangani, berjalan, evaluasi, maupun usulan" (a
    stage that cannot exist)."""
    pack = load_pack(name)
    named = {
        rec.case_label.id
        for rule in pack.rules
        for rec in rule.recommend
        if rec.case_label is not None
    }
    checklist = paracheck.render_checklist(pack, "id", "markdown")
    # the checklist gives the rules in force today; each case it names is a name of the pack
    assert any(f"(diberikan bila: {label})" in checklist for label in named)
    for line in checklist.splitlines():
        if "diberikan bila:" not in line or not any(f": {x})" in line for x in named):
            continue
        assert "paling cepat tanggal penilaian" not in line, line
        assert "maupun usulan" not in line, line
        assert (
            "tanggal penandatanganan MoU tercatat, tanggal penandatanganan MoU tercatat" not in line
        )
