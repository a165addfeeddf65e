"""The first screen names an open check by what it checks, in few words where the rule gives
them (``check_short``): both reviewers of trial 160 read REG-042's whole statement, with the
mining case it leaves to REG-043, in the verdict line of memos with no mining sector at all.
The checklist keeps the whole statement."""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assessed, memo

MALANG = Path(__file__).parent / "data" / "holdout163-malang-suwon-education-2026.yaml"


def test_the_verdict_line_names_reg_042_in_few_words() -> None:
    said = memo(MALANG)
    line = said.split("Dapat berubah menjadi", 1)[1].split("Saran (butir 1)", 1)[0]
    pack = paracheck.load_pack(assessed(MALANG).pack.name)
    short = next(r for r in pack.rules if r.id == "REG-042").check_short
    assert short is not None
    assert f"(REG-042 “{short.id}”)" in line
    assert "pertambangan" not in line


def test_the_checklist_keeps_the_whole_statement() -> None:
    a = assessed(MALANG)
    (check,) = [c for c in a.checks if c.rule_id == "REG-042"]
    annex = memo(MALANG).split("DAFTAR PERIKSA", 1)[1]
    assert " ".join(check.statement.id.split()) in annex
    english = " ".join(paracheck.render(a, "text", "en").split())
    # what the fact says, not that the sector is a regional affair (trial 270 M4)
    assert "REG-042 “no sector concerns a central-government asset, licence or service”" in english


def test_a_short_statement_is_shorter_and_follows_the_code_in_lower_case() -> None:
    found = 0
    for name in paracheck.pack_names():
        for rule in paracheck.load_pack(name).rules:
            if rule.check_short is None:
                continue
            found += 1
            assert rule.check is not None
            for lang in ("id", "en"):
                short, whole = getattr(rule.check_short, lang), getattr(rule.check, lang)
                assert len(short) < len(whole), (rule.id, lang)
                assert short[:1].islower(), (rule.id, lang)
    assert found >= 1
