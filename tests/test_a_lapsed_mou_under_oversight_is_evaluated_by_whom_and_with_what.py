"""Beside a lapsed MoU, the evaluation's task for a programme of a sector with no agency goes
to the cooperation unit, which prepares the evaluation, not to an office still to be appointed
(trial dprd430 F-13 #11: Kaltim – Sichuan, five years after the lapse, "Perangkat Daerah yang
akan ditetapkan mengampu sektor penanaman modal: Nilai dalam evaluasi kerja sama …"). A sector
with its agency keeps the task, with the unit beside it. And the money the APBD still
allocates is said to be the evaluation's to review (F-4)."""

from __future__ import annotations

from pathlib import Path

import paracheck

OVERSIGHT = Path(__file__).parent / "data" / "dprd430-kaltim-sichuan-2016-oversight.yaml"


def _imp004_lines() -> list[str]:
    memo = paracheck.render(paracheck.assess(paracheck.load_proposal(str(OVERSIGHT))), "text", "id")
    flat = " ".join(memo.split())
    plan = flat[flat.index("RENCANA TINDAK LANJUT") : flat.index("Selama kegiatan kerja sama")]
    return [part for part in plan.split("→ ") if "(IMP-004:" in part]


def test_the_programme_of_a_sector_without_an_agency_is_judged_by_the_unit() -> None:
    (investment,) = [line for line in _imp004_lines() if "Forum investasi" in line]
    assert investment.startswith("Biro Kerja Sama: Nilai dalam evaluasi kerja sama"), investment
    assert "yang akan ditetapkan" not in investment


def test_a_sector_with_its_agency_keeps_the_task_with_the_unit_beside_it() -> None:
    (farming,) = [line for line in _imp004_lines() if "Demplot padi" in line]
    assert farming.startswith(
        "Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Timur (bersama Biro Kerja Sama):"
    ), farming


def _funding(source: str) -> str:
    from paracheck.report import view

    a = paracheck.assess(paracheck.load_proposal_text(source, source="p.yaml"))
    (funding,) = [said for label, said in view.brief(a, "id") if label == "Anggaran"]
    return " ".join(funding.split())


def test_an_apbd_allocation_beside_a_lapsed_mou_is_said_to_wait_for_the_decision() -> None:
    """Trial dprd430 F-4: Rp350 juta in the 2027 APBD for an MoU ended in 2021 read as any
    other allocation in the brief a DPRD member reads for budget oversight; wording 441 M8:
    the brief said it was "ditinjau" where the Saran has the TAPD make sure it is not used,
    save for what still runs and cannot stop (the file's investment forum is ongoing)."""
    source = OVERSIGHT.read_text(encoding="utf-8")
    assert (
        "alokasi APBD Rp350.000.000 untuk satu tahun anggaran, tanpa pendanaan lintas tahun yang "
        "direncanakan (MoU telah berakhir pada 19 September 2021: sampai ada keputusan "
        "berdasarkan hasil evaluasi kerja sama, alokasi ini tidak digunakan untuk kegiatan "
        "bersama mitra, kecuali kegiatan yang masih berjalan dan tidak dapat dihentikan tanpa "
        "merugikan peserta; lihat Saran)"
    ) in _funding(source)
    # with nothing running, nothing is excepted: as the Saran's item says it then
    stalled = source.replace("status: ongoing", "status: stalled").replace(
        "last_activity: 2026-08-30", "last_activity: 2021-06-30"
    )
    assert stalled.count("status: stalled") == 3
    assert (
        "(MoU telah berakhir pada 19 September 2021: sampai ada keputusan berdasarkan hasil "
        "evaluasi kerja sama, alokasi ini tidak digunakan untuk kegiatan bersama mitra; lihat "
        "Saran)"
    ) in _funding(stalled)
