"""Held-out 98: Kabupaten Lombok Timur – Gangjin-gun, a sister city in which the Korean county
pays for everything (a farm-machinery grant and three months' training of young farmers in
Gangjin) and the APBD nothing, in a regency rated highly prone to human trafficking; judged on
paper before paracheck ran on it (expectations written first, in the session's notes).

"Risiko tinggi", as I wrote: TOC-007 (workers leave a highly trafficking-prone area with
neither Imigrasi nor Polri watching), with the funding resting on the partner alone (BUD-002)
beside it. The region's share is put into the APBD by the Bagian with the TAPD, the partner's
money recorded by the BPKAD, and the departures checked by the Dinas with Imigrasi.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

LOTIM = Path(__file__).parent / "data" / "holdout98-lotim-gangjin-2026.yaml"


def test_lombok_timur_gangjin_is_high_on_trafficking_with_a_partner_paid_budget() -> None:
    assert_verdict_and_grounds(
        LOTIM,
        "high_risk",
        {"TOC-007", "BUD-002", "HR-002"},
        {"REG-002", "REG-032", "REG-001"},
        {"REG-042"},
    )


def _plan() -> list[tuple[str, dict[str, object]]]:
    """The plan as the memo writes it: (stage heading, action with the acting office named)."""
    return [(h, item) for h, items in view.action_plan(assessed(LOTIM), "id") for item in items]


def test_the_region_puts_its_own_share_in_the_apbd_and_records_the_partners() -> None:
    plan = _plan()
    share = [i for _, i in plan if "BUD-002" in i["rules"] and "APBD" in str(i["text"])]
    assert [i["who"] for i in share] == ["Bagian Kerja Sama (bersama TAPD)"]
    recorded = [i for _, i in plan if "REG-033" in i["rules"] and i["who"] == "BPKAD"]
    assert [i["text"] for i in recorded] == ["Catat dana mitra dalam dokumen anggaran."]


def test_the_departures_are_checked_by_the_dinas_with_imigrasi_before_they_happen() -> None:
    checked = [(h, i["who"]) for h, i in _plan() if "TOC-007" in i["rules"]]
    assert (
        "Perencanaan",
        "Dinas Pertanian Kabupaten Lombok Timur (bersama Kantor Imigrasi)",
    ) in checked, checked


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(LOTIM)
