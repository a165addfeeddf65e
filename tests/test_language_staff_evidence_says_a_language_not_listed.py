"""The count of staff speaking the partner's language points at the ``language_staff``
mapping's line and, where the mapping does not list that language, says so (practitioner
trial 25 C1: "Pegawai yang menguasai bahasa mitra (bahasa Melayu): 0 (baris 62)" pointed at
line 62 for a key ``ms`` the file does not have; the 0 is counted, not written)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report.view import evidence_line

#: Kota Madiun – Ōmuta: a Japanese partner, ``language_staff: {ja: 0}`` on line 39
MADIUN = Path(__file__).resolve().parent / "data" / "trial25-madiun-omuta-2009.yaml"


def _staff_evidence(text: str) -> paracheck.Evidence:
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    check = next(c for c in a.checks if c.rule_id == "HR-002")
    return next(e for e in check.evidence if e.path.startswith("human_resources.language_staff"))


def _line_of(text: str, start: str) -> int:
    return next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith(start))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Jumlah staf yang menguasai bahasa Jepang: 0 (baris {line}) — bahasa Jepang tidak "
            "tercantum pada isian ini, sehingga dihitung 0",
        ),
        (
            "en",
            "Number of staff who speak Japanese: 0 (line {line}) — Japanese is not listed in this "
            "entry, so it is counted as 0",
        ),
    ],
)
def test_a_language_the_mapping_does_not_list_is_said_not_listed(lang, said):
    text = MADIUN.read_text(encoding="utf-8").replace("{ja: 0}", "{en: 1}")
    staff = _staff_evidence(text)
    assert staff.path == "human_resources.language_staff.ja"
    assert staff.value == 0
    line = _line_of(text, "  language_staff:")
    assert staff.line == line
    assert evidence_line(staff, lang) == said.format(line=line)


def test_a_language_the_mapping_lists_needs_no_note():
    text = MADIUN.read_text(encoding="utf-8")
    staff = _staff_evidence(text)
    assert staff.path == "human_resources.language_staff.ja"
    assert staff.value == 0
    assert staff.line == _line_of(text, "  language_staff:")
    assert staff.note is None
