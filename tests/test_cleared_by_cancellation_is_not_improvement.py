"""A finding that no longer holds only because its programme was cancelled says so in the
comparison, as a removed sector's does: the finding went with the programme, it was not dealt
with.

Practitioner trial 31 M5: Sulawesi Selatan – Western Australia, 2019 → 2023. The mining study
("Kajian bersama tata kelola pascatambang", planned since 2013) was cancelled; BUD-006 (no
funds) and IMP-003 (no measurable target) were listed under "TIDAK LAGI MENJADI TEMUAN" with no
caveat, so in an evaluation of decay the decay read as improvement.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
STUDY = "Kajian bersama tata kelola pascatambang"


def _compare(old_name: str, new_name: str):
    proposals = tuple(paracheck.load_proposal(DATA / n) for n in (old_name, new_name))
    assessments = tuple(paracheck.assess(p, as_of=p.date) for p in proposals)
    return paracheck.diff(*assessments, proposals), assessments


def _cleared_rows(comparison) -> dict[str, view.DiffRow]:
    shown = paracheck.diff_view(comparison, "id")
    return {row.rule: row for group in shown.groups if group.key == "cleared" for row in group.rows}


def test_findings_cleared_by_the_cancelled_study_say_they_were_not_dealt_with():
    comparison, _ = _compare("trial31-sulsel-wa-2019.yaml", "trial31-sulsel-wa-2023.yaml")
    rows = _cleared_rows(comparison)
    for rule in ("BUD-006", "IMP-003"):
        assert rule in rows
        (said,) = [line for line in rows[rule].detail if "dibatalkan" in line]
        assert f"“{STUDY}”" in said and "bukan karena temuannya ditangani" in said
    # only those: a cleared finding whose items were not all the cancelled study has none
    others = [rule for rule in rows if rule not in ("BUD-006", "IMP-003")]
    assert others
    assert not any("dibatalkan" in line for rule in others for line in rows[rule].detail)
    text = paracheck.render_diff(comparison, "text", lang="en")
    assert "not because the finding was dealt with" in text
