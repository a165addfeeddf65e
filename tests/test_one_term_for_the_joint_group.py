"""The joint body with the partner has one name in Indonesian, "kelompok kerja bersama", with
"(komite bersama)" once in GOV-021's title: the memo said "kelompok kerja bersama" (GOV-001),
"komite bersama" (GOV-021's advice and the evidence), and "komite atau kelompok kerja
bersama" (GOV-021's title) for the same group (wording review 23 C11)."""

from __future__ import annotations

import re

import paracheck


def _proposal() -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": "2026-05-04",
        "stage": "active",
        "local": {"name": "Kota Ambon", "level": "city"},
        "procedure": [{"step": "signing", "status": "done", "date": "2022-08-01"}],
        "governance": {"joint_working_group": True, "joint_committee_last_met": "2024-03-01"},
    }


def test_the_memo_calls_the_joint_group_kelompok_kerja_bersama():
    result = paracheck.assess(paracheck.Proposal.model_validate(_proposal()))
    assert next(c for c in result.checks if c.rule_id == "GOV-021").status == "risk"
    memo = paracheck.render(result, "markdown", "id")
    assert "Kelompok kerja bersama (komite bersama) ada, tetapi tidak bersidang" in memo
    assert "Jadwalkan sidang kelompok kerja bersama" in memo
    assert "Pertemuan terakhir kelompok kerja bersama" in memo
    assert "komite atau kelompok kerja" not in memo.lower()
    # "komite bersama" only as the title's gloss, and in the reason's account of the study
    others = re.sub(r"\(komite bersama\)|\(di sana disebut komite bersama\)", "", memo)
    assert "komite bersama" not in others.lower(), [
        line for line in others.splitlines() if "komite bersama" in line.lower()
    ]
