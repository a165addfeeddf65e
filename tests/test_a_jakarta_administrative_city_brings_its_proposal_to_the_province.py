"""Jakarta's administrative cities and its administrative regency are not autonomous regions
(UU 29/2007, reported; UU 2/2024 keeps the province as the autonomous region): a sister city
proposed by one of them has no DPRD of its own to approve it and is made by the province. The
memo says so on its first screen and the Saran's first item has the proposal brought to the
provincial government (held-out 78: Kota Administrasi Jakarta Selatan – Seocho-gu read
"Risiko rendah … dapat diteruskan" and "Akan diajukan untuk persetujuan DPRD")."""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from paracheck.report.advice import advice


def _assessed(name: str, level: str = "city") -> paracheck.Assessment:
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": f"Sister City {name} – Seocho-gu",
            "date": "2026-09-10",
            "stage": "proposal",
            "form": "sister_city",
            "local": {"name": name, "level": level},
            "partner": {"name": "Seocho-gu Office", "country": "KR", "level": "district"},
        },
        as_of=dt.date(2026, 9, 10),
    )


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Kota Administrasi Jakarta Selatan", "city"),
        ("Kabupaten Administrasi Kepulauan Seribu", "regency"),
    ],
)
def test_the_first_saran_item_brings_the_proposal_to_the_province(name: str, level: str) -> None:
    a = _assessed(name, level)
    notice = next(n for n in a.notices if n.code == "special_autonomy")
    assert "bukan daerah otonom dan tidak mempunyai DPRD sendiri" in notice.text.id
    assert "has no DPRD of its own" in notice.text.en
    first = advice(a, "id")[0]
    assert first.startswith("Bagian Kerja Sama ditugaskan lebih dulu menyampaikan usulan ini")
    assert "Pemerintah Provinsi" in first and "otonomi khusus" not in first
    assert advice(a, "en")[0].startswith("Assign the Cooperation Section first to bring")
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert '"DPRD" dalam laporan ini berarti DPRD Provinsi' in memo


def test_the_province_itself_gets_no_such_notice() -> None:
    a = _assessed("Provinsi DKI Jakarta", "province")
    assert "special_autonomy" not in {n.code for n in a.notices}
    assert not any(
        "menyampaikan usulan ini kepada Pemerintah Provinsi" in s for s in advice(a, "id")
    )


def test_the_notice_in_a_few_words_says_administrative_city_not_special_autonomy() -> None:
    # a batch's summary row and the web result's bar (held-out 90: "catatan: otonomi khusus")
    a = _assessed("Kota Administrasi Jakarta Selatan")
    assert paracheck.notice_notes(a, "id") == ["kota/kabupaten administrasi, bukan daerah otonom"]
    assert paracheck.notice_notes(a, "en") == [
        "an administrative city or regency, not an autonomous region"
    ]
    papua = _assessed("Kabupaten Mimika", "regency")
    assert paracheck.notice_notes(papua, "id") == ["otonomi khusus"]


def test_after_the_first_item_the_provinces_bodies_act() -> None:
    """Attack 350 M5: the first item makes the proposal the province's, yet the letters read
    "surat Wali Kota" and the actions "Bagian Kerja Sama". After that item the memo names the
    province's bodies (the Gubernur, the Biro Kerja Sama); the item itself keeps the city's
    own unit, which brings the proposal to the province."""
    a = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Sister City Jakarta Selatan – Seocho-gu",
            "date": "2026-09-10",
            "stage": "mou_signed",
            "form": "sister_city",
            "local": {"name": "Kota Administrasi Jakarta Selatan", "level": "city"},
            "partner": {
                "name": "Seocho-gu Office",
                "country": "KR",
                "level": "district",
                "kind": "regional_government",
            },
            "agreement": {"signatory": "other_official"},
            "procedure": [{"step": "signing", "status": "done", "date": "2026-08-01"}],
        },
        as_of=dt.date(2026, 9, 10),
    )
    items = advice(a, "id")
    assert items[0].startswith("Bagian Kerja Sama ditugaskan lebih dulu menyampaikan")
    memo = " ".join(paracheck.render(a, "text", "id").split())
    rest = memo.split(items[0].split(":")[0], 1)[1]
    assert "Gubernur" in rest
    # (the law's own words name every head: "gubernur, bupati, atau wali kota")
    assert "Wali Kota" not in memo.replace("gubernur, bupati, atau wali kota", "")
    assert "Biro Kerja Sama" in rest
    # the city's unit is named only where it brings the proposal to the province
    assert (
        rest.count("Bagian Kerja Sama ditugaskan")
        == memo.count("Bagian Kerja Sama ditugaskan lebih dulu menyampaikan") - 1
    )
    english = " ".join(paracheck.render(a, "text", "en").split()).lower()
    english = english.replace("governor, regent or mayor", "")
    assert "mayor" not in english and "governor" in english
