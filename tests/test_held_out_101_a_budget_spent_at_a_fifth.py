"""Held-out 101: Kota Mataram – Zhoushan, running three years after its MoU, with last year's
budget realised at 20 % and cut three times, a tourism sector stalled since February 2025;
judged on paper before paracheck ran on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote. I put the budget first (the thesis's obstacle at its worst);
paracheck grounds the verdict on IMP-006 (half the sectors with no programme running, a year
after the MoU) and keeps BUD-003 and BUD-004 medium beside it: the pack reads last year's
realisation as an early sign with a yardstick of its own (70 %), not as a stop, and no source
gives a figure that would make 20 % worse than 65 %. Accepted: the budget's remedies (the
causes traced with the BPKAD, the activities made an RKPD priority) are in the plan.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

MATARAM = Path(__file__).parent / "data" / "holdout101-mataram-zhoushan-2026.yaml"


def test_mataram_zhoushan_is_high_on_decay_with_the_budget_beside_it() -> None:
    assert_verdict_and_grounds(
        MATARAM,
        "high_risk",
        {"IMP-006", "BUD-003", "BUD-004", "IMP-004", "GOV-002", "GOV-021", "HR-002"},
        {"REG-044", "REG-051", "NRG-002", "TOC-012"},
        {"REG-042"},
    )


def test_the_budget_remedies_are_the_regions_own() -> None:
    plan = [i for _, items in view.action_plan(assessed(MATARAM), "id") for i in items]
    who = {i["who"] for i in plan if {"BUD-003", "BUD-004"} & set(i["rules"])}
    assert "Bagian Kerja Sama (bersama BPKAD)" in who and "Bappeda" in who, who


def test_the_stalled_programme_is_rescheduled_or_closed_by_its_dinas() -> None:
    plan = [i for _, items in view.action_plan(assessed(MATARAM), "id") for i in items]
    (stalled,) = [i for i in plan if "IMP-004" in i["rules"]]
    assert stalled["who"].startswith("Dinas Pariwisata Kota Mataram")
    assert "batalkan secara resmi" in stalled["text"]


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(MATARAM)
