"""A proposal whose stage says "usulan" while its procedure records the MoU signed is told so,
and is not found to have run its programmes ahead of an MoU it records as signed first.

Held-out 48 (Manado – Davao City): the stage was left at "proposal" though the signing was
recorded done in March 2024 and the waste-bank programme began in August. The memo read
"Usulan dapat diteruskan ke pelaporan" beside "Program sudah berjalan sebelum MoU
ditandatangani" (REG-045) and "jangan membuat komitmen baru … sampai MoU ditandatangani",
while IMP-006 judged the same file as signed. The notice ``stage_behind_signing`` now asks
the officer to correct one record or the other, the Saran opens on that correction, and
REG-045 at stage "proposal" needs the signing not recorded done (its date comparison still
finds a programme begun before a recorded signing)."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report.advice import advice


def _file(signing: dict[str, Any] | None, started: str = "2024-08-01") -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Manado – Davao City",
        "date": "2026-12-02",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kota Manado", "level": "city"},
        "procedure": [signing] if signing is not None else [],
        "sectors": [
            {
                "name": "environment",
                "programs": [{"name": "Bank sampah", "status": "ongoing", "started": started}],
            }
        ],
    }


SIGNED = {"step": "signing", "status": "done", "date": "2024-03-11"}


def _codes(a: paracheck.Assessment) -> set[str]:
    return {n.code for n in a.notices}


def test_a_signing_recorded_done_at_stage_proposal_is_told_to_be_corrected() -> None:
    a = paracheck.assess(_file(SIGNED))
    (notice,) = [n for n in a.notices if n.code == "stage_behind_signing"]
    said = notice.text.id
    assert said.startswith("Tahap kerja sama tercatat “usulan”, padahal langkah penandatanganan")
    assert "selesai pada 11 Maret 2024" in said and "Lalu nilai ulang." in said
    assert 'recorded as "proposal", yet the signing' in notice.text.en
    # the file is mostly open (incomplete, once the checks that do not apply count on
    # neither side): its Saran says so first, then the correction
    saran = advice(a, "id")
    fix = next(s for s in saran if s.startswith("Bagian Kerja Sama ditugaskan memperbaiki data"))
    assert "(tahap tidak sesuai penandatanganan)" in fix


def test_a_programme_begun_after_the_recorded_signing_is_not_ahead_of_the_mou() -> None:
    a = paracheck.assess(_file(SIGNED))
    check = next(c for c in a.checks if c.rule_id == "REG-045")
    assert check.status == "clear"
    memo = " ".join(paracheck.render(a, "text", "id").split())
    # the advice to wait for the signing, not the procedure list's heading, which names it too
    assert "sampai MoU ditandatangani" not in memo.replace("Wajib sampai MoU ditandatangani", "")


def test_a_programme_begun_before_the_recorded_signing_is_still_found() -> None:
    a = paracheck.assess(_file(SIGNED, started="2023-11-01"))
    assert next(c for c in a.checks if c.rule_id == "REG-045").status == "risk"


@pytest.mark.parametrize(
    "signing",
    [
        None,
        {"step": "signing", "status": "pending"},
        {"step": "signing", "status": "in_progress"},
    ],
    ids=["not-listed", "pending", "in-progress"],
)
def test_an_unsigned_proposal_with_a_programme_under_way_is_found_as_before(signing) -> None:
    a = paracheck.assess(_file(signing))
    assert "stage_behind_signing" not in _codes(a)
    assert next(c for c in a.checks if c.rule_id == "REG-045").status == "risk"


def test_a_signed_stage_with_a_signing_gets_no_such_notice() -> None:
    data = _file(SIGNED)
    data["stage"] = "active"
    assert "stage_behind_signing" not in _codes(paracheck.assess(data))
