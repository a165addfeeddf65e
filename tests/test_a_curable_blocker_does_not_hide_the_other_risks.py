"""Beside a blocker the region can remove, the Saran counts the other risks the memo records,
the high ones by code: they stand whatever the cure (trial 231 #3: a regency's proposal with a
religious strand, REG-030, named only that blocker, every other action deferred, and read as
ready for the DPRD once the strand was gone, beside no dedicated staff and a water sector
with no agency and no programme). A blocker the region cannot remove (no diplomatic
relations) stops the exploration instead: no such sentence."""

from __future__ import annotations

from typing import Any

import paracheck
from paracheck.report.advice import advice


def _proposal(**over: Any) -> dict[str, Any]:
    proposal: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Usulan Sister City Kabupaten Pamekasan – Al-Ahsa",
        "date": "2026-11-27",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kabupaten Pamekasan", "level": "regency"},
        "partner": {"name": "Al-Ahsa", "country": "SA", "level": "city"},
        "basis": {"central_affairs": ["religion"]},
        "human_resources": {"dedicated_staff": 0},
        "sectors": [
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan Kabupaten Pamekasan",
                "programs": [{"name": "Beasiswa bahasa Arab", "status": "planned"}],
            },
            {"name": "water_sanitation", "programs": []},
        ],
    }
    proposal.update(over)
    return proposal


def test_the_other_risks_are_counted_beside_a_curable_blocker():
    a = paracheck.assess(_proposal())
    assert a.verdict == "blocked"
    highs = [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high"]
    assert "HR-001" in highs and "IMP-002" in highs
    said = advice(a, "id")
    (beside,) = [s for s in said if s.startswith("Selain penghambat itu")]
    assert f"di antaranya berbobot tinggi ({', '.join(highs)})" in beside
    assert beside.endswith(
        "usulan yang sudah diperbaiki dinilai kembali, dan risiko itu ditindaklanjuti sesuai "
        "rencana tindak lanjut hasil penilaian itu."
    )
    assert any(s.startswith("Besides the blocker") for s in advice(a, "en"))


def test_no_such_sentence_beside_a_blocker_the_region_cannot_remove():
    a = paracheck.assess(
        _proposal(partner={"name": "Tainan City", "country": "TW", "level": "city"}, basis={})
    )
    assert a.verdict == "blocked"
    assert not any(s.startswith("Selain penghambat itu") for s in advice(a, "id"))
