"""Held-out 56: two proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). One verdict agrees;
the other is higher than expected, on risks the report frames for a renewal. Two things
mended: IMP-013 says it does not apply past the MoU's end, and the brief no longer says a
plan "Diajukan" to the DPRD before the DPRD has it.

- Kota Bukittinggi – Majlis Perbandaran Seremban (an evaluation in March 2018 of an MoU that
  ended in July 2017, under Permendagri 3/2008): the evaluation for the Wali Kota's decision
  first; "Risiko tinggi" on no money and a sector left only with a cancelled programme, both
  "Bila kerja sama dilanjutkan dengan MoU baru"; the overdue report to the Minister
  (REG-026) and the deposit with Kemlu asked (REG-015).
- Kabupaten Pamekasan – Tarim (santri sent to Tarim, recorded as touching religion):
  "Terhambat" by REG-030; nothing else goes on until the religious part leaves the plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BUKITTINGGI = DATA / "holdout56-bukittinggi-seremban-2018.yaml"
PAMEKASAN = DATA / "holdout56-pamekasan-tarim-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks", "open_"),
    [
        (
            BUKITTINGGI,
            "high_risk",
            {"BUD-001", "IMP-002", "REG-026", "GOV-002", "GOV-021"},
            {"IMP-013", "REG-051", "IMP-006", "IMP-011", "BUD-007", "TOC-016", "GOV-003"},
            {"REG-015"},
        ),
        (
            PAMEKASAN,
            "blocked",
            {"REG-030", "REG-006", "BUD-007", "IMP-003", "IMP-020"},
            {"HR-002", "REG-001", "REG-002", "REG-049"},
            set(),
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str], open_: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks, open_)


def test_an_ended_mou_is_evaluated_first_and_its_quiet_years_are_not_judged_as_running() -> None:
    a = assessed(BUKITTINGGI)
    assert a.pack.name == "permendagri-3-2008"
    saran = advice(a, "id")
    assert saran[0].startswith("Masa berlaku MoU telah berakhir pada 9 Juli 2017")
    assert "menurut Permendagri 3/2008" in saran[0]
    imp013 = next(c for c in a.checks if c.rule_id == "IMP-013")
    assert imp013.status == "clear"
    assert imp013.not_applicable is not None
    assert "masa berlaku MoU telah berakhir" in imp013.not_applicable.id


def test_a_religious_subject_blocks_until_it_leaves_the_plan() -> None:
    a = assessed(PAMEKASAN)
    saran = advice(a, "id")
    assert "REG-030" in saran[0] and saran[0].startswith("Usulan tidak diteruskan")
    brief = dict(view.brief(a, "id"))
    # the exploration is still under way: the plan goes to the DPRD later
    assert "Akan diajukan untuk persetujuan DPRD" in brief
    assert "Diajukan untuk persetujuan DPRD" not in brief


@pytest.mark.parametrize("path", [BUKITTINGGI, PAMEKASAN])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
