"""A conditional check ("Bila DPRD sudah menyetujui, LoI sudah ditandatangani sebelumnya")
whose condition the file leaves open is not ticked (practitioner review 160).

The NTB example records its LoI, plan, DPRD approval, consultation and Full Powers as
unknown: the order checks on them (REG-024, REG-046, REG-048) were "☑ … Tidak ada temuan",
which an officer reads as "the DPRD approved after the LoI". Their rule leaves that case to
the rule on the step itself (REG-010 asks whether the DPRD approved), so they stay clear,
but say what they wait for (``waits_on``, from the antecedent's ``open``) in every format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.report import view

ROOT = Path(__file__).resolve().parents[1]
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
WAITING = {
    "REG-024": "REG-010",
    "REG-048": "REG-010",
    "REG-046": "REG-012",
}


def _ntb(text: str | None = None, tmp_path: Path | None = None) -> Any:
    if text is None:
        return paracheck.assess(paracheck.load_proposal(str(NTB)))
    assert tmp_path is not None
    path = tmp_path / "ntb.yaml"
    path.write_text(text, "utf-8")
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _check(a: Any, rule: str) -> Any:
    (found,) = [c for c in a.checks if c.rule_id == rule]
    return found


def test_an_order_check_on_an_unknown_step_is_clear_but_waits_for_the_rule_that_asks() -> None:
    a = _ntb()
    for rule, asking in WAITING.items():
        check = _check(a, rule)
        assert check.status == "clear" and check.due and check.not_applicable is None
        assert check.waits_on is not None
        assert check.waits_on.id.startswith("menunggu jawaban tentang ")
        assert check.waits_on.id.endswith(f"({asking})")
        assert check.waits_on.en.endswith(f"({asking})")
        assert view.shown(check) == "waiting"
        # the rule it points to asks the question: it is open, not a tick either
        assert _check(a, asking).status == "unknown"


def test_the_memo_says_not_judged_yet_instead_of_a_tick() -> None:
    a = _ntb()
    memo = " ".join(paracheck.render(a, "text", "id").split())
    for rule in WAITING:
        assert f"☑ {rule} " not in memo
        assert re.search(rf"◌ {rule} [^☑✗☐]*— Dinilai setelah pertanyaan nomor", memo), rule
    assert "◌ dinilai setelah pertanyaan lain dijawab — berlaku atau tidaknya" in memo  # legend
    english = " ".join(paracheck.render(a, "text", "en").split())
    assert "is answered (the DPRD's approval, REG-010)" in english


def test_a_waiting_check_names_the_question_it_waits_for_and_the_question_names_it() -> None:
    """Wording review 200, 9: "REG-046 … — Ditunda: menunggu jawaban tentang Surat Kuasa
    (REG-012)" read as the Full Powers postponed, gave no question number, and the question
    on the Full Powers listed REG-012 and REG-021 but not REG-046; review 220, 1: "Menunggu
    jawaban tentang Surat Kuasa" read as the region waiting for Kemlu's reply."""
    a = _ntb()
    questions, _ = view.memo_questions(a, "id")
    for rule, asking in WAITING.items():
        (number,) = [n for n, q in enumerate(questions, 1) if asking in q["checks"]]
        # beside the checks the question settles, not among them: a waiting check is not open
        assert rule in questions[number - 1]["waiting"], rule
        assert rule not in questions[number - 1]["checks"], rule
        said = view.status_words(_check(a, rule), "id", a)
        assert said.startswith(f"Dinilai setelah pertanyaan nomor {number} dijawab ("), said
        assert said.endswith(f", {asking})"), said
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "Ditunda:" not in memo and "Menunggu jawaban" not in memo
    # the question's own line keeps to the checks it settles (the waiting row names it by
    # its number; named on the question's line too, NTB's Saran ran onto a third page)
    (line,) = [q for q in questions if "REG-012" in q["checks"]]
    assert view.settled_checks(line["checks"], "id") == "REG-012, REG-021"  # type: ignore[arg-type]


def test_without_the_assessment_a_waiting_check_names_no_number() -> None:
    """A row shown without the memo's questions (the CSV, a comparison) keeps the rule."""
    check = _check(_ntb(), "REG-024")
    said = view.status_words(check, "id")
    assert said == "Dinilai setelah pertanyaan tentang persetujuan DPRD dijawab (REG-010)"
    assert view.status_words(check, "en") == (
        "Judged once the question on the DPRD's approval is answered (REG-010)"
    )


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "json"])
def test_every_format_says_it(fmt: str) -> None:
    a = _ntb()
    out = paracheck.render(a, fmt, "id")
    if fmt == "json":
        checks = {c["rule_id"]: c for c in json.loads(out)["checks"]}
        for rule in WAITING:
            assert checks[rule]["status"] == "clear"
            assert checks[rule]["waits_on"]["id"].startswith("menunggu jawaban tentang")
        assert all(c["waits_on"] is None for rule, c in checks.items() if rule not in WAITING)
        return
    said = " ".join(out.split())
    if fmt == "csv":
        row = next(line for line in out.splitlines() if ",REG-024," in line)
        assert "Dinilai setelah pertanyaan tentang persetujuan DPRD dijawab (REG-010) — Bila" in row
    else:
        # the memo's question on the DPRD's approval, by its number in the memo's list
        shown, _ = view.memo_questions(a, "id")
        number = next(n for n, q in enumerate(shown, 1) if "REG-010" in q["checks"])
        assert f"Dinilai setelah pertanyaan nomor {number} dijawab (persetujuan DPRD, REG-010)" in (
            said
        )


def test_a_known_approval_after_the_letter_is_ticked(tmp_path: Path) -> None:
    text = NTB.read_text("utf-8")
    text = text.replace(
        "{step: letter_of_intent, status: unknown}",
        "{step: letter_of_intent, status: done, date: 2014-09-01}",
    ).replace(
        "{step: dprd_approval, status: unknown}",
        "{step: dprd_approval, status: done, date: 2014-12-01}",
    )
    a = _ntb(text, tmp_path)
    check = _check(a, "REG-024")
    assert check.status == "clear" and check.waits_on is None
    assert view.shown(check) == "clear"


def test_an_approval_known_not_given_does_not_apply_rather_than_waits(tmp_path: Path) -> None:
    text = NTB.read_text("utf-8").replace(
        "{step: dprd_approval, status: unknown}", "{step: dprd_approval, status: pending}"
    )
    check = _check(_ntb(text, tmp_path), "REG-024")
    assert check.waits_on is None
    assert check.not_applicable is not None
    assert check.not_applicable.id.startswith("DPRD belum menyetujui")


def test_every_shipped_open_condition_names_a_rule_of_its_pack() -> None:
    """An ``open`` text tells the officer where the question is: a rule of the same pack."""
    found = 0
    for name in paracheck.pack_names():
        pack = paracheck.load_pack(name)
        ids = {r.id for r in pack.rules}
        for rule in pack.rules:
            for antecedent in rule.antecedents:
                if antecedent.open is None:
                    continue
                found += 1
                said = antecedent.open.id
                named = re.findall(r"^menunggu jawaban tentang .+ \(([A-Z]+-\d{3})\)$", said)
                assert named and named[0] in ids, (name, rule.id)
                assert antecedent.open.en.startswith("awaiting the answer on "), (name, rule.id)
                assert antecedent.open.en.endswith(f"({named[0]})"), (name, rule.id)
                # the reports say when it is judged from its parts (view.waiting_words)
                assert view.waiting_words(antecedent.open, "id").startswith(
                    "Dinilai setelah pertanyaan tentang "
                ), (name, rule.id)
                assert view.waiting_words(antecedent.open, "en").startswith(
                    "Judged once the question on "
                ), (name, rule.id)
    assert found >= 6


def test_the_question_a_deferred_check_waits_for_is_asked_wherever_it_waits() -> None:
    """ "menunggu jawaban tentang persetujuan DPRD (REG-010)" is true only where REG-010 is
    open: over every bundled, held-out and calibration file and 100
    generated proposals, the rule a deferred check names is unknown."""
    import datetime as dt
    import sys

    import yaml

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen import proposals  # type: ignore[import-not-found]

    files = [
        *sorted((ROOT / "examples").glob("*.yaml")),
        *sorted((ROOT / "tests" / "data").glob("holdout*.yaml")),
        *sorted((ROOT / "tests" / "calibration").glob("*.yaml")),
    ]
    read = [paracheck.load_proposal(str(f)) for f in files if f.name != "expectations.yaml"]
    read += [
        paracheck.load_proposal_text(yaml.safe_dump(d, allow_unicode=True))
        for d in proposals(100, seed=7)
    ]
    waiting = 0
    for proposal in read:
        a = paracheck.assess(proposal, as_of=proposal.date or dt.date(2026, 11, 30))
        status = {c.rule_id: c.status for c in a.checks}
        for check in a.checks:
            if check.waits_on is None:
                continue
            waiting += 1
            (asked,) = re.findall(r"\(([A-Z]+-\d{3})\)$", check.waits_on.id)
            assert status[asked] == "unknown", (proposal.title, check.rule_id, asked)
    assert waiting >= 50
