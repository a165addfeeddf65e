"""The Saran of a freshly signed MoU names the step it goes on to.

Trial 19, finding 8 (Provinsi Kepulauan Riau – Cà Mau, stage ``mou_signed``, implementing
agreement ``pending``): "Kerja sama dapat dilanjutkan dengan pembenahan: dua risiko tinggi …"
named no next step, where a proposal's Saran names its own ("Usulan dapat diteruskan ke
persetujuan DPRD …"); the PKS appeared only as "Belum waktunya" in the annex. Now the Saran
names the implementing agreement and the action plan with the partner (REGULATION.md, PP
28/2018 practice step 10), where the file lists that step as pending or under way. The
partner is "mitra": a file writes its name as the partner does ("City of General Santos").
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report.advice import advice

NEXT_ID = "penyusunan perjanjian kerja sama (PKS) dan rencana aksi bersama mitra"


def _assessed(stage: str = "mou_signed", status: str | None = "pending", **more: Any) -> Any:
    procedure: list[dict[str, Any]] = [{"step": "signing", "status": "done", "date": "2026-01-20"}]
    if status is not None:
        procedure.append({"step": "implementing_agreement", "status": status})
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar perikanan",
        "date": "2026-05-04",
        "stage": stage,
        "form": "sister_province",
        "local": {"name": "Provinsi Kepulauan Riau", "level": "province"},
        "partner": {"name": "Cà Mau Province", "country": "VN", "level": "province"},
        "sectors": [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Kelautan dan Perikanan",
                "programs": [{"name": "Magang awak kapal", "status": "planned"}],
            }
        ],
        "procedure": procedure,
        **more,
    }
    return paracheck.assess(data)


@pytest.mark.parametrize("status", ["pending", "in_progress"])
def test_a_signed_mou_goes_on_to_its_implementing_agreement_with_the_partner(status):
    said = advice(_assessed(status=status), "id")[0]
    assert said.startswith(f"Kerja sama dapat dilanjutkan ke {NEXT_ID}, dengan syarat"), said
    english = advice(_assessed(status=status), "en")[0]
    assert "implementing agreement (PKS) and the action plan with the partner" in english


@pytest.mark.parametrize(
    ("stage", "status"),
    [
        ("mou_signed", "done"),  # the PKS is behind it
        ("mou_signed", None),  # the file does not list the step: nothing says it is ahead
        ("active", "pending"),  # a running partnership: its programmes are the next step
    ],
)
def test_no_implementing_agreement_is_named_where_it_is_not_the_next_step(stage, status):
    said = " ".join(advice(_assessed(stage=stage, status=status), "id"))
    assert NEXT_ID not in said, said
