"""An MoU recorded signed without its date, whose process opened before Permendagri 25/2020
came into force on 22 May 2020 and whose PKS came after: the day of the signing decides which
instrument's steps it owed, so a finding of either instrument waits on that date (review 491
H2, Kemendagri trial 500 M1). The PKS's date is the latest the signing can have been, not its
day: judged at it, a process whose steps were all taken by February 2020 read "Permendagri
3/2008 sudah tidak berlaku pada tanggal perjanjian kerja sama (PKS)" beside REG-011's high
risk and a letter reporting an MoU "ditandatangani tanpa persetujuan itu"."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "review491-signing-undated-2021.yaml"

#: the checks whose instrument came into force (REG-011, REG-016: Permendagri 25/2020's
#: central approval and verification) or went out of force (REG-012, REG-015: 3/2008's Full
#: Powers and deposit) on 22 May 2020, each a finding on one side of that day for this file
STRADDLING = ("REG-011", "REG-012", "REG-015", "REG-016")


def _assessed(signing: str = "{step: signing, status: done}") -> paracheck.Assessment:
    text = FILE.read_text(encoding="utf-8")
    assert "{step: signing, status: done}" in text
    return paracheck.assess(
        paracheck.load_proposal_text(text.replace("{step: signing, status: done}", signing))
    )


def _statuses(result: paracheck.Assessment) -> dict[str, str]:
    return {c.rule_id: c.status for c in result.checks}


def test_a_finding_of_either_regime_waits_on_the_signing_date():
    result = _assessed()
    checks = {c.rule_id: c for c in result.checks}
    for rule in STRADDLING:
        assert checks[rule].status == "unknown", rule
        assert checks[rule].missing == ["procedure.signing.date"], rule
    # no reason names the PKS's day as the signing's
    for check in result.checks:
        said = check.not_applicable.id if check.not_applicable else ""
        assert "pada tanggal perjanjian kerja sama" not in said, check.rule_id


@pytest.mark.parametrize(
    ("day", "found", "not_in_force"),
    [
        # signed under Permendagri 3/2008: its Full Powers and deposit are findings, the
        # central approval and verification of 25/2020 not owed
        ("2020-03-01", ("REG-012", "REG-015"), ("REG-011", "REG-016")),
        # signed under Permendagri 25/2020: the other way round
        ("2020-09-01", ("REG-011", "REG-016"), ("REG-012", "REG-015")),
    ],
)
def test_each_answer_gives_the_findings_of_its_own_regime(day, found, not_in_force):
    """The open checks are those each possible answer decides: dated, the file has the
    findings of the instrument in force on that day and none of the other's."""
    statuses = _statuses(_assessed(f"{{step: signing, status: done, date: {day}}}"))
    assert all(statuses[rule] == "risk" for rule in found), statuses
    assert all(statuses[rule] == "clear" for rule in not_in_force), statuses


def test_the_signing_date_question_names_the_checks_it_decides():
    result = _assessed()
    text = " ".join(paracheck.render(result, "text", "id").split())
    questions = text.split("PERTANYAAN YANG PERLU DIJAWAB", 1)[1].split(" 2. ", 1)[0]
    assert questions.startswith(" 1. Pada tanggal berapa langkah “penandatanganan MoU” selesai")
    assert all(rule in questions for rule in STRADDLING), questions
    row = next(e for e in result.procedure if e.step == "central_approval")
    assert row.issue is not None
    assert row.issue.id.startswith("wajib bila MoU ditandatangani sejak 22 Mei 2020")
    assert "signed on or after May 22, 2020" in row.issue.en


def test_a_process_opened_after_the_change_is_judged_as_before():
    """Every opening step after 22 May 2020: the signing cannot precede it, and the central
    approval not on file is REG-011's finding as it was."""
    text = FILE.read_text(encoding="utf-8")
    for old, new in (("2019-03-01", "2020-06-01"), ("2019-06-20", "2020-07-20")):
        text = text.replace(f"date: {old}", f"date: {new}")
    statuses = _statuses(paracheck.assess(paracheck.load_proposal_text(text)))
    assert statuses["REG-011"] == "risk"
    assert statuses["REG-012"] == "clear"
