"""After a lapsed MoU the Saran pauses what still runs and records what has finished.

Review 300, 3 (held-out 214, Pekalongan – Jeonju, MoU ended 27 October 2021): the notice
said activities that can be paused without harm to the participants are paused, while the
Saran's first item, which assigns the task, left the pause out, so a head reading the notice
paused the SMK exchange and an agency reading the Saran did not; and it told the agency to
confirm the basis of "kedua program itu", one of them a scholarship finished in February
2022, where there is nothing left to confirm, only to record for the evaluation.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

import paracheck
from paracheck.report import advice

PEKALONGAN = Path(__file__).parent / "data" / "holdout214-pekalongan-jeonju-2025.yaml"
DATA = yaml.safe_load(PEKALONGAN.read_text(encoding="utf-8"))
SCHOLARSHIP = "Beasiswa S2 Jeonbuk National University untuk ASN (2 orang per angkatan)"


def _first(data: dict, lang: str = "id") -> str:
    return " ".join(advice.saran(paracheck.assess(data), lang).items[0].split())


def test_the_running_programme_is_paused_where_it_can_be_without_harm() -> None:
    first = _first(DATA)
    assert (
        "ditugaskan segera memastikan dasar pelaksanaan program yang masih berjalan itu, tidak "
        "membuat komitmen baru dengan mitra, dan menghentikan sementara kegiatan yang dapat "
        "dihentikan tanpa merugikan peserta, sampai Wali Kota mengambil keputusan"
    ) in first
    assert "kedua program itu" not in first
    # the finished scholarship is recorded, after the assignment and its finding's code
    assert (
        f"(REG-051). Kegiatan program “{SCHOLARSHIP}” sesudah tanggal itu dicatat dalam bahan "
        "evaluasi."
    ) in first
    assert "to pause the activities that can be paused without harm" in _first(DATA, "en")


def test_only_finished_programmes_after_the_term_are_recorded_not_paused() -> None:
    data = copy.deepcopy(DATA)
    for sector in data["sectors"]:
        for programme in sector.get("programs") or []:
            if programme["name"].startswith("Pertukaran siswa SMK"):
                programme["status"] = "done"
    first = _first(data)
    assert "menghentikan sementara" not in first
    assert "memastikan dasar pelaksanaan" not in first
    assert "ditugaskan mencatat kegiatan kedua program itu sesudah tanggal itu" in first
    assert "tidak membuat komitmen baru dengan mitra sampai Wali Kota" in first


def test_the_notice_says_the_same_as_the_saran() -> None:
    """Review 310, 3: the notice box still told the agencies to confirm the basis of, and
    pause, every programme active after the term, the finished scholarship included, and in
    a copy where every programme had ended it ordered a pause of programmes that had ended."""
    (notice,) = [n for n in paracheck.assess(DATA).notices if n.code == "mou_expired"]
    said = " ".join(notice.text.id.split())
    assert (
        "Program yang tercatat masih berjalan sesudah tanggal itu: “Pertukaran siswa SMK Batik"
        in said
    )
    assert (
        "Program yang berkegiatan sesudah tanggal itu, lalu selesai atau terhenti: "
        f"“{SCHOLARSHIP}” "
        "(Badan Kepegawaian, Pendidikan dan Pelatihan Daerah); kegiatannya sesudah tanggal itu "
        "dicatat dalam bahan evaluasi."
    ) in said
    data = copy.deepcopy(DATA)
    for sector in data["sectors"]:
        for programme in sector.get("programs") or []:
            if programme["name"].startswith("Pertukaran siswa SMK"):
                programme["status"] = "done"
    (ended,) = [n for n in paracheck.assess(data).notices if n.code == "mou_expired"]
    assert "dihentikan sementara" not in ended.text.id
    assert "memastikan dasar pelaksanaannya" not in ended.text.id
    assert "suspended" not in ended.text.en
