"""A signed MoU whose central-government approval was issued with no DPRD approval on file:
REG-058 steps aside to REG-010, and its letter to the Home Affairs Minister comes with
REG-010's advice, after the DPRD's approval (trial 430 M4: for the ministry evaluator the
main point of Gianyar – Kamakura 2023 was said only by the annex's "Dicatat pada REG-010").

The letter is stated where the file says the DPRD's step was "not needed", asked ("Bila …")
where the step is not listed, and absent where no central approval is on file."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render

DATA = Path(__file__).parent / "data"
GIANYAR = (DATA / "trial430-gianyar-kamakura-2023.yaml").read_text(encoding="utf-8")
DPRD_STEP = (
    "  - step: dprd_approval\n"
    "    status: not_applicable\n"
    '    document: "Telaah Bagian Hukum 2 Juni 2022: MoU tidak membebani APBD, persetujuan'
    ' DPRD dianggap tidak diperlukan"\n'
)
CENTRAL_DONE = "  - {step: central_approval, status: done, date: 2022-10-10}\n"


def _assessed(text: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal_text(text, source="gianyar-2023.yaml"))


def _letters(a: paracheck.Assessment) -> list[str]:
    """REG-010's actions that write to the Home Affairs Minister."""
    return [
        act.text.id
        for act in a.actions
        if "REG-010" in act.rules and "Menteri Dalam Negeri" in act.text.id
    ]


def test_the_file_as_given_holds_both_rules_under_reg_010() -> None:
    a = _assessed(GIANYAR)
    status = {c.rule_id: c.status for c in a.checks}
    assert status["REG-010"] == "risk"
    assert [c.covered_by for c in a.checks if c.rule_id == "REG-058"] == ["REG-010"]


def test_a_dprd_step_recorded_as_not_needed_states_the_letter() -> None:
    assert DPRD_STEP in GIANYAR
    (letter,) = _letters(_assessed(GIANYAR))
    assert letter.startswith(
        "Setelah DPRD memberikan persetujuan atas MoU yang telah ditandatangani,"
    )
    assert (
        "melaporkan bahwa persetujuan pemerintah pusat terbit sebelum ada persetujuan DPRD"
        in letter
    )


def test_a_dprd_step_not_listed_asks_whether_the_dprd_approved_first() -> None:
    (letter,) = _letters(_assessed(GIANYAR.replace(DPRD_STEP, "")))
    assert letter.startswith(
        "Setelah DPRD memberikan persetujuan atas MoU yang telah ditandatangani,"
    )
    assert ", bila persetujuan pemerintah pusat terbit sebelum ada persetujuan DPRD," in letter


def test_no_central_approval_on_file_writes_no_letter() -> None:
    assert CENTRAL_DONE in GIANYAR
    a = _assessed(GIANYAR.replace(CENTRAL_DONE, ""))
    assert "risk" in {c.status for c in a.checks if c.rule_id == "REG-010"}
    assert _letters(a) == []


def test_the_memo_puts_the_letter_after_the_request_to_the_dprd() -> None:
    memo = " ".join(render(_assessed(GIANYAR), "text", "id").split())
    to_dprd = memo.index("Sampaikan MoU yang sudah ditandatangani beserta rencana kerja samanya")
    letter = memo.index(
        "melaporkan bahwa persetujuan pemerintah pusat terbit sebelum ada persetujuan"
    )
    assert to_dprd < letter


def test_an_mou_signed_before_permendagri_25_2020_writes_no_letter() -> None:
    # REG-058, whose letter this is, judges the order by the signing's date
    signing = "  - {step: signing, status: done, date: 2022-11-03"
    assert signing in GIANYAR
    a = _assessed(GIANYAR.replace(signing, "  - {step: signing, status: done, date: 2020-05-01"))
    assert "risk" in {c.status for c in a.checks if c.rule_id == "REG-010"}
    assert _letters(a) == []
