"""A comparison tells a field left out (unknown) from its explicit null where that null says
something (trial 430 M2: Gianyar – Kamakura 2023 left the joint committee's last meeting out,
which the assessment asks, and the comparison with 2024 read "Pertemuan terakhir kelompok
kerja bersama: belum pernah bersidang → 18 Maret 2024"; a file that then wrote null, never
met, turned GOV-021 into a risk and the verdict low → medium with no input said to change).

The contract's ``inputs_changed`` says which side left the field out (``old_unknown``,
``new_unknown``); a field whose null means nothing is as before: left out and null are one."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render_diff

LEFT_OUT = Path(__file__).parent / "data" / "trial430-sumbar-miyagi-2024-no-meeting-date.yaml"
COMMITTEE = "governance:\n  joint_working_group: true\n"


def _compared(old_text: str, new_text: str) -> tuple[object, str, str]:
    old, new = (paracheck.load_proposal_text(t) for t in (old_text, new_text))
    a, b = paracheck.assess(old), paracheck.assess(new)
    d = paracheck.diff(a, b, proposals=(old, new))
    said = " ".join(render_diff(d, "text", lang="id", assessments=(a, b)).split())
    english = " ".join(render_diff(d, "text", lang="en", assessments=(a, b)).split())
    return d, said, english


def _with(line: str) -> str:
    text = LEFT_OUT.read_text(encoding="utf-8")
    assert COMMITTEE in text and "joint_committee_last_met" not in text
    return text.replace(COMMITTEE, COMMITTEE + line)


def test_a_meeting_date_left_out_then_null_is_a_changed_input() -> None:
    d, said, english = _compared(
        LEFT_OUT.read_text(encoding="utf-8"), _with("  joint_committee_last_met: null\n")
    )
    (change,) = [c for c in d.inputs_changed if c.path == "governance.joint_committee_last_met"]
    assert (change.old, change.new, change.old_unknown, change.new_unknown) == (
        None,
        None,
        True,
        False,
    )
    assert "Pertemuan terakhir kelompok kerja bersama: belum diisi → belum pernah bersidang" in said
    assert "Last meeting of the joint committee: empty → never met" in english


def test_a_meeting_date_left_out_is_not_said_never_met() -> None:
    _, said, _ = _compared(
        LEFT_OUT.read_text(encoding="utf-8"), _with("  joint_committee_last_met: 2024-03-18\n")
    )
    assert "Pertemuan terakhir kelompok kerja bersama: belum diisi → 18 Maret 2024" in said
    assert "belum pernah bersidang →" not in said


def test_a_field_whose_null_means_nothing_is_unchanged_left_out_or_null() -> None:
    text = LEFT_OUT.read_text(encoding="utf-8")
    count = "  meetings_per_year: 2\n"
    assert count in text
    left_out = text.replace(count, "")
    d, _, _ = _compared(
        left_out, left_out.replace(COMMITTEE, COMMITTEE + "  meetings_per_year: null\n")
    )
    assert not [c for c in d.inputs_changed if c.path.startswith("governance.")]


def test_a_language_the_file_does_not_list_is_said_to_count_no_staff() -> None:
    """Web 490 L6: "Jumlah staf yang menguasai bahasa Jepang: belum diisi → 1" beside the old
    memo's "bahasa Jepang tidak tercantum pada isian ini, sehingga dihitung 0"."""
    web = Path(__file__).parent / "data" / "web490-banyuwangi-isahaya-2024.yaml"
    old_text = web.read_text(encoding="utf-8")
    assert "  language_staff:\n    en: 3\n" in old_text
    new_text = old_text.replace(
        "  language_staff:\n    en: 3\n", "  language_staff:\n    en: 3\n    ja: 1\n"
    )
    _, said, _english = _compared(old_text, new_text)
    assert "Jumlah staf yang menguasai bahasa Jepang: 0 (tidak tercantum) → 1" in said
    assert "belum diisi → 1" not in said
    _, _, back = _compared(new_text, old_text)
    assert "Japanese: 1 → 0 (not listed)" in back
