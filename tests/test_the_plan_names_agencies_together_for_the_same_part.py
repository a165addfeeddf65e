"""One plan line for an action several agencies take alike, each for its own sector.

Trial 250 L4 (held-out 254, Kota Tarakan – Tawau): REG-041's "Masukkan pelatihan, kerja
bersama, dan serah terima dokumen teknis … di sektornya ke dalam rencana aksi" was printed
three times, once per Dinas; trial 270 saw IMP-007's "Susun perjanjian kerja sama (PKS) per
sektor …" three times over. One line names the agencies together. Lines with programmes of
their own stay apart, each agency with its own (newcomer trial 18:
tests/test_advice_case_per_item.py).
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
TARAKAN = DATA / "holdout254-tarakan-tawau-2026.yaml"


def _lines(a: paracheck.Assessment, rule: str, lang: str) -> list[dict[str, object]]:
    return [
        entry
        for _, entries in view.action_plan(a, lang)
        for entry in entries
        if rule in entry["rules"]  # type: ignore[operator]
    ]


def test_the_agencies_of_one_part_are_named_in_one_line() -> None:
    a = paracheck.assess(paracheck.load_proposal(TARAKAN))
    lines = _lines(a, "REG-041", "id")
    assert len(lines) == 1
    who = str(lines[0]["who"])
    # three Dinas, one with commas in its name: parted by semicolons, the last by "serta"
    assert who == (
        "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kota Tarakan; "
        "Dinas Tenaga Kerja dan Transmigrasi Kota Tarakan; serta Dinas Kesehatan Kota Tarakan"
    )
    memo = paracheck.render(a, "text", "id")
    assert memo.count("penerima manfaat program. (REG-041)") == 1
    english = str(_lines(a, "REG-041", "en")[0]["who"])
    assert english.endswith("; and Dinas Kesehatan Kota Tarakan")


def test_a_shared_counterpart_is_said_once() -> None:
    joined = view._together(
        [
            "Dinas Perdagangan Kota Dumai (bersama Kantor Imigrasi)",
            "Dinas Pariwisata Kota Dumai (bersama Kantor Imigrasi)",
        ],
        "id",
    )
    assert joined == (
        "Dinas Perdagangan Kota Dumai dan Dinas Pariwisata Kota Dumai (bersama Kantor Imigrasi)"
    )
    # different counterparts: each keeps its own
    apart = view._together(["Dinas A (bersama Kantor Imigrasi)", "Dinas B (bersama mitra)"], "id")
    assert apart == "Dinas A (bersama Kantor Imigrasi) dan Dinas B (bersama mitra)"
    english = view._together(
        ["Dinas A, with the Immigration Office", "Dinas B, with the Immigration Office"], "en"
    )
    assert english == "Dinas A and Dinas B, with the Immigration Office"
