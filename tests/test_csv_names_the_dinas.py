"""The CSV names the agency the file gives a sector, as the memo's plan does (newcomer trial
19 #9: an office pasting the CSV into its task list read "Perangkat Daerah pengampu sektor"
where the memo said "Dinas Perikanan Kabupaten Belitung")."""

from __future__ import annotations

import csv
import io

import pytest

import paracheck
from paracheck.report import render

AGENCY = "Dinas Perikanan Kabupaten Contoh"


def _assessment(lead_agency: str | None) -> paracheck.Assessment:
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kabupaten Contoh – Kota Mitra",
            "date": "2026-05-20",
            "stage": "active",
            "local": {"name": "Kabupaten Contoh", "level": "regency"},
            "partner": {"name": "Kota Mitra", "country": "JP"},
            "sectors": [
                {
                    "name": "fisheries",
                    "lead_agency": lead_agency,
                    "programs": [
                        {"name": "Pelatihan budi daya", "status": "stalled", "kpis": ["x"]}
                    ],
                }
            ],
            "procedure": [{"step": "signing", "status": "done", "date": "2021-06-01"}],
        }
    )


def _advice(out: str, rule: str) -> str:
    rows = list(csv.DictReader(io.StringIO(out)))
    return next(row["recommendations"] for row in rows if row["rule_id"] == rule)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_csv_names_the_dinas_the_memo_names(lang):
    a = _assessment(AGENCY)
    advice = _advice(render(a, "csv", lang), "IMP-004")
    assert AGENCY in advice
    assert AGENCY in render(a, "markdown", lang)
    generic = {"id": "Perangkat Daerah pengampu sektor", "en": "lead agency"}[lang]
    assert generic not in advice


def test_a_sector_without_an_agency_keeps_the_generic_owner_in_both():
    a = _assessment(None)
    advice = _advice(render(a, "csv", "id"), "IMP-004")
    assert "Perangkat Daerah pengampu sektor" in advice
