"""The first screen names an open check by what it checks, in few words where the rule gives
them (``check_short``): both reviewers of trial 160 read REG-042's whole statement, with the
mining case it leaves to REG-043, in the verdict line of memos with no mining sector at all.
The checklist keeps the whole statement."""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assessed, memo

MALANG = Path(__file__).parent / "data" / "holdout163-malang-suwon-education-2026.yaml"


def test_the_verdict_line_asks_reg_042s_question_in_few_words() -> None:
    said = memo(MALANG)
    line = " ".join(said.split("Dapat berubah menjadi", 1)[1].split("Saran (butir 1", 1)[0].split())
    pack = paracheck.load_pack(assessed(MALANG).pack.name)
    asked = next(r for r in pack.rules if r.id == "REG-042").check_open
    assert asked is not None
    # the question it leaves, not its statement in quotation marks, which read as a result
    # (reviews 240 and 280)
    assert f"belum dapat dinilai, yaitu {asked.id} (REG-042)." in line
    assert "“" not in line
    assert "pertambangan" not in line


def test_a_check_without_its_question_is_named_by_its_statement() -> None:
    # a pack that gives no question (here one built in code under a name of its own, which
    # the reports cannot look up): each open check in quotation marks, as before
    pack = paracheck.load_pack("pp28-2018").model_copy(update={"name": "pp28-tanpa-pertanyaan"})
    a = paracheck.assess(paracheck.load_proposal(MALANG), pack=pack)
    (check,) = [c for c in a.checks if c.rule_id == "REG-042"]
    line = " ".join(paracheck.render(a, "text", "id").split())
    assert f"(REG-042 “{check.statement.id}”)" in line
    assert "yaitu apakah" not in line


def test_a_question_starts_apakah_or_whether_in_lower_case() -> None:
    found = 0
    for name in paracheck.pack_names():
        for rule in paracheck.load_pack(name).rules:
            if rule.check_open is None:
                continue
            found += 1
            assert rule.check_open.id.startswith("apakah "), rule.id
            assert rule.check_open.en.startswith("whether "), rule.id
            assert not rule.check_open.id.endswith((".", "?")), rule.id
    assert found >= 4


def test_the_checklist_keeps_the_whole_statement() -> None:
    a = assessed(MALANG)
    (check,) = [c for c in a.checks if c.rule_id == "REG-042"]
    annex = memo(MALANG).split("DAFTAR PERIKSA", 1)[1]
    assert " ".join(check.statement.id.split()) in annex
    english = " ".join(paracheck.render(a, "text", "en").split())
    # the first screen asks the question it leaves (reviews 240 and 280)
    assert (
        "namely whether a sector concerns an asset, licence or service held by the central "
        "government (REG-042)"
    ) in english


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
