"""A regency's or city's programme named for senior high or vocational schools (SMA, SMK) is
REG-054's low risk: since UU 23/2014 the province is reported to manage those schools (its
annex), so the agency brings in the provincial education agency or keeps to its own SD and
SMP. Three trials met a city or regency running an SMK exchange or placement that nothing
flagged (trial 210 #12: Pekalongan's "Pertukaran siswa SMK Batik"; trial 230 #6: a
Banyuwangi SMK exchange; trial 231: Padang's SMK placement in Hildesheim)."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report import render


def _proposal(level: str, programme: str, date: str = "2026-11-20") -> dict[str, Any]:
    local = {"regency": "Kabupaten Banyuwangi", "city": "Kota Padang"}.get(
        level, "Provinsi Jawa Timur"
    )
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Usulan kerja sama pendidikan",
        "date": date,
        "stage": "proposal",
        "form": "technical_cooperation",
        "local": {"name": local, "level": level},
        "partner": {"name": "Hildesheim", "country": "DE", "level": "city"},
        "sectors": [
            {
                "name": "education",
                "lead_agency": f"Dinas Pendidikan {local}",
                "programs": [{"name": programme, "status": "planned"}],
            }
        ],
    }


def _check(a: paracheck.Assessment) -> Any:
    return next(c for c in a.checks if c.rule_id == "REG-054")


@pytest.mark.parametrize(
    "programme",
    [
        "Magang vokasi siswa SMK di Hildesheim",
        "Pertukaran pelajar SMA",
        "Kunjungan guru SMKN 1",
        "Pelatihan guru sekolah menengah kejuruan",
        "Vocational high school teacher exchange",
    ],
)
@pytest.mark.parametrize("level", ["regency", "city"])
def test_a_regency_or_city_programme_for_sma_or_smk_is_a_low_risk(level, programme):
    a = paracheck.assess(_proposal(level, programme))
    check = _check(a)
    assert (check.status, check.severity) == ("risk", "low")
    assert check.items == ["sectors[0].programs[0]"]
    memo = " ".join(render(a, "text", "id").split())
    assert (
        "Koordinasikan program ini dengan Dinas Pendidikan Provinsi, yang mengelola SMA dan SMK"
        in memo
    )


@pytest.mark.parametrize(
    "programme",
    ["Pertukaran guru SMP", "Beasiswa S2 di Hildesheim", "Pertukaran guru madrasah aliyah"],
)
def test_other_schools_are_no_finding(programme):
    assert _check(paracheck.assess(_proposal("city", programme))).status == "clear"


def test_a_provinces_own_smk_programme_is_not_applicable():
    check = _check(paracheck.assess(_proposal("province", "Magang vokasi siswa SMK")))
    assert check.not_applicable is not None
    assert check.not_applicable.id == "pengusulnya provinsi, yang berwenang mengelola SMA dan SMK"


def test_before_uu_23_2014_a_regency_ran_its_secondary_schools():
    check = _check(paracheck.assess(_proposal("regency", "Pertukaran pelajar SMA", "2013-05-01")))
    assert check.status == "clear" and check.not_applicable is not None
    # 2013 is before UU 23/2014 whatever its day: the day's secondary source is not said
    assert check.not_applicable.id == "UU 23/2014 belum berlaku pada tanggal penilaian"
