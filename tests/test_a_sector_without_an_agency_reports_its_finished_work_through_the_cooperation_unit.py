"""A sector whose agency the file leaves empty has its finished programmes reported by the
cooperation unit, not by the agency still to be appointed. Trial 210 #9: at an evaluation
due now, IMP-012's report on the Aceh health sector's finished first-aid training went to
"Perangkat Daerah yang akan ditetapkan mengampu sektor kesehatan (bersama Biro Kerja Sama)",
an office that did not run the programme and does not exist yet; the Biro, which the action
already involved, reports. A sector with a named agency keeps it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import paracheck
from paracheck.report import render

AS_OF = dt.date(2026, 3, 2)


def _file(health_agency: str | None) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama Provinsi Jawa Tengah – Victoria: evaluasi",
        "date": AS_OF.isoformat(),
        "stage": "evaluation",
        "form": "sister_province",
        "local": {"name": "Provinsi Jawa Tengah", "level": "province"},
        "partner": {"name": "State of Victoria", "country": "AU", "level": "province"},
        "procedure": [{"step": "signing", "status": "done", "date": "2021-09-01"}],
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah",
                "programs": [{"name": "Pertukaran guru", "status": "done"}],
            },
            {
                "name": "health",
                "lead_agency": health_agency,
                "programs": [{"name": "Pelatihan perawat", "status": "done"}],
            },
        ],
    }


def _plan_lines(a: paracheck.Assessment) -> list[str]:
    memo = render(a, "markdown", lang="id")
    plan = memo.split("## Rencana tindak lanjut per tahap", 1)[1].split("## Saran", 1)[0]
    return [line for line in plan.splitlines() if "IMP-012" in line]


def test_the_cooperation_unit_reports_for_a_sector_without_an_agency():
    a = paracheck.assess(_file(None), as_of=AS_OF)
    lines = _plan_lines(a)
    assert any(
        line.startswith("- **Biro Kerja Sama**: Sampaikan hasil dan manfaat")
        and line.endswith("(IMP-012: sektor kesehatan)")
        for line in lines
    )
    assert not any("akan ditetapkan mengampu sektor kesehatan" in line for line in lines)
    # the named agency of the other sector keeps its own line
    assert any(
        line.startswith(
            "- **Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah (bersama Biro Kerja Sama)**"
        )
        for line in lines
    )


def test_a_named_agency_reports_for_its_own_sector():
    a = paracheck.assess(_file("Dinas Kesehatan Provinsi Jawa Tengah"), as_of=AS_OF)
    lines = _plan_lines(a)
    # with the other sector's agency, which takes the same part: one line (trial 250 L4)
    assert any(
        line.startswith(
            "- **Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah dan Dinas Kesehatan "
            "Provinsi Jawa Tengah (bersama Biro Kerja Sama)**"
        )
        for line in lines
    )
    assert not any(line.startswith("- **Biro Kerja Sama**: Sampaikan hasil") for line in lines)
