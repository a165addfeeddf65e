"""A line of advice naming several agencies says each acts for its own sector.

Review 280: the risk details of held-out 274 gave NRG-005's action to "Dinas Pekerjaan Umum
dan Penataan Ruang Kota Kupang; Dinas Lingkungan Hidup Kota Kupang (bersama PLN): Periksa
apakah lokasi kegiatan sektor ini …", the singular read as one sector the two share; the
plan's merged REG-041 line of held-out 254 ended "… di sektornya ke dalam rencana aksi" with
nothing for "-nya" to point at. A line for one agency keeps the rule's own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
KUPANG = DATA / "holdout274-kupang-vilnius-energi-2026-12.yaml"
TARAKAN = DATA / "holdout254-tarakan-tawau-2026.yaml"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_the_risk_details_line_for_two_agencies_says_their_sectors_each(fmt: str) -> None:
    report = paracheck.render(paracheck.assess(paracheck.load_proposal(KUPANG)), fmt, "id")
    flat = " ".join(report.split())
    assert "lokasi kegiatan sektornya masing-masing berada di kawasan" in flat
    if fmt != "csv":  # a table of checks, without the plan
        # the plan gives the same action one line per agency, in the rule's own words
        assert "lokasi kegiatan sektor ini berada di kawasan" in flat


def test_the_english_details_say_their_sectors() -> None:
    flat = " ".join(
        paracheck.render(paracheck.assess(paracheck.load_proposal(KUPANG)), "text", "en").split()
    )
    assert "Check whether their sectors' sites lie in" in flat
    assert "Check whether this sector's sites lie in" in flat  # the one-agency lines


def test_a_plan_line_merged_for_three_agencies_says_each_its_own_sector() -> None:
    flat = " ".join(
        paracheck.render(paracheck.assess(paracheck.load_proposal(TARAKAN)), "text", "id").split()
    )
    said = (
        "Cantumkan dalam rencana aksi kerja sama kegiatan alih pengetahuan di sektornya "
        "masing-masing: pelatihan, pendampingan teknis di tempat kerja, dan serah terima "
        "dokumen teknis bagi pegawai daerah dan penerima manfaat program."
    )
    assert said in flat
    assert "masing-masing masing-masing" not in flat


def test_a_sector_said_twice_in_a_merged_line_is_that_sector_the_second_time() -> None:
    """Review 310, 7: "… lokasi kegiatan sektornya masing-masing sebelum sektornya
    masing-masing ditawarkan kepada mitra"."""
    said = view._each_own(
        "Pastikan pasokan listrik di lokasi kegiatan sektor ini sebelum sektor ini ditawarkan "
        "kepada mitra.",
        "id",
    )
    assert said == (
        "Pastikan pasokan listrik di lokasi kegiatan sektornya masing-masing sebelum sektor itu "
        "ditawarkan kepada mitra."
    )
