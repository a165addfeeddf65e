"""Held-out 73: Kabupaten Sidoarjo – Yokkaichi, evaluated on 25 November 2026, ten weeks after
its five-year MoU ended, with the wastewater programme still running; judged on paper before
paracheck ran on it (expectations written first, in the session's notes).

"Risiko sedang", as I wrote, on the programme going on past the term (REG-051), last year's
45 % realisation and two revisions (BUD-003, BUD-004), the missing report to the Minister
(REG-026) and a joint committee silent since February 2025 (GOV-021). paracheck also read what
my file said without my meaning it: the plan verified before the DPRD approved it (REG-047),
no initiative and no PKS listed (REG-018, IMP-007). REG-047's advice was to make sure the old
verification still held for the plan approved, under "Bila kerja sama dilanjutkan dengan MoU
baru"; beside a lapsed MoU the order is now noted in the evaluation and the new MoU told to
take the steps in order, as REG-020, REG-022 and REG-023 already did.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

SIDOARJO = Path(__file__).parent / "data" / "holdout73-sidoarjo-yokkaichi-2026.yaml"


def test_sidoarjo_is_medium_on_the_lapsed_term_and_its_budget() -> None:
    assert_verdict_and_grounds(
        SIDOARJO,
        "medium_risk",
        {"REG-051", "BUD-003", "BUD-004", "REG-026", "GOV-021", "REG-047", "IMP-007"},
        {"IMP-013", "IMP-006", "HR-001", "HR-002"},
        {"REG-042"},
    )


def test_the_order_of_the_old_mou_is_noted_and_the_new_mou_takes_the_steps_in_order() -> None:
    plan = dict(
        (heading, [str(act["text"]) for act in acts])
        for heading, acts in view.action_plan(assessed(SIDOARJO), "id")
    )
    assert (
        "Catat dalam bahan evaluasi bahwa rencana kerja sama MoU yang telah berakhir "
        "diverifikasi sebelum DPRD memberi persetujuan."
    ) in plan["Evaluasi dan keputusan atas MoU yang telah berakhir"]
    assert plan["Bila kerja sama dilanjutkan dengan MoU baru — Persetujuan"] == [
        "Untuk MoU baru, ajukan rencana kerja samanya untuk diverifikasi sesudah DPRD memberi "
        "persetujuan."
    ]
    for texts in plan.values():
        assert not any("pastikan hasil verifikasi tetap berlaku" in t for t in texts)


def test_the_saran_puts_the_running_programme_first() -> None:
    said = advice(assessed(SIDOARJO), "id")
    assert said[0].startswith("Masa berlaku MoU telah berakhir pada 14 September 2026")
    assert "Dinas Lingkungan Hidup dan Kebersihan Kabupaten Sidoarjo" in said[0]
    assert any(s.startswith("Temuan prosedur atas MoU yang telah berakhir (REG-047)") for s in said)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(SIDOARJO)
