"""A regency or city in Tanah Papua is told that "DPRD" in its memo means its DPRK.

Trial 250 L1 (held-out 255, Kota Jayapura – Vanimo, 2026): the Saran read "Akan diajukan
untuk persetujuan DPRD" and the special-autonomy notice said only to check the special
provisions, while an Aceh regency's notice names its DPRK. UU 2/2021, the second amendment
of Papua's special-autonomy law signed on 19 July 2021, names a regency's or city's council
there the DPRK (secondary sources, medium: docs/sources.md), so the notice says it as
reported, from that day, of a regency or city; a province's council is left to the special
provisions the notice asks to be checked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.facts import reference

DATA = Path(__file__).parent / "data"
JAYAPURA = DATA / "holdout255-jayapura-vanimo-2026.yaml"
SENTENCE = "Dalam laporan ini, sebutan “DPRD” berarti DPRK."


def _notice(data: dict[str, Any]) -> Any:
    a = paracheck.assess(data)
    return next(n for n in a.notices if n.code == "special_autonomy")


def _data() -> dict[str, Any]:
    return yaml.safe_load(JAYAPURA.read_text(encoding="utf-8"))


def test_a_papuan_city_judged_after_uu_2_2021_is_told_its_council_is_the_dprk() -> None:
    notice = _notice(_data())
    assert notice.text.id.startswith("Daerah di Tanah Papua berotonomi khusus")
    assert "Menurut sumber sekunder, sejak berlakunya UU 2/2021 tentang" in notice.text.id
    assert notice.text.id.endswith(SENTENCE)
    assert notice.text.en.startswith("Regions in Papua have special autonomy")
    assert notice.text.en.endswith("In this report, “DPRD” means the DPRK.")
    # the memo the Wali Kota reads says it where the DPRD is named
    memo = paracheck.render(paracheck.assess(_data()), "text", "id")
    assert "persetujuan DPRD" in memo and "“DPRD” berarti DPRK" in memo


def test_before_uu_2_2021_the_notice_names_no_dprk() -> None:
    data = _data()
    data["date"] = dt.date(2021, 7, 18)
    notice = _notice(data)
    assert "DPRK" not in notice.text.id and "DPRK" not in notice.text.en
    data["date"] = dt.date(2021, 7, 19)
    assert _notice(data).text.id.endswith(SENTENCE)


@pytest.mark.parametrize("level", ["regency", "city"])
def test_a_regency_and_a_city_are_told_and_a_province_is_not(level: str) -> None:
    day = dt.date(2026, 1, 1)
    assert reference.special_autonomy_councils("papua", day, level) is not None
    assert reference.special_autonomy_councils("papua", day, "province") is None
    # Aceh names its DPRA and DPRK in its notice already
    assert reference.special_autonomy_councils("aceh", day, level) is None


def test_a_papuan_province_keeps_the_notice_without_a_council_name() -> None:
    data = _data()
    data["local"] = {"name": "Provinsi Papua", "level": "province"}
    notice = _notice(data)
    assert "DPRK" not in notice.text.id
    assert notice.text.id.endswith("periksa ketentuan otonomi khusus itu sebelum melangkah.")


def test_a_file_without_a_date_is_judged_on_the_date_judged() -> None:
    # a valid file with no date of its own crashed the notice (it read the file's date, None):
    # the date judged stands in, as for every other dated notice
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "T",
        "local": {"name": "Kota Jayapura", "level": "city"},
    }
    a = paracheck.assess(data, as_of=dt.date(2026, 1, 1))
    notice = next(n for n in a.notices if n.code == "special_autonomy")
    assert notice.text.id.endswith(SENTENCE)
    earlier = paracheck.assess(data, as_of=dt.date(2020, 1, 1))
    assert "DPRK" not in next(n for n in earlier.notices if n.code == "special_autonomy").text.id
