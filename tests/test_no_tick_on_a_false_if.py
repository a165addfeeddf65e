"""A conditional statement whose "if" is false says "Tidak berlaku: …", not a tick (trust17 #6,
#7: the rules vacuous16 left without ``applies_when``).

- IMP-007 ticked "Pelaksanaan berjalan melalui perjanjian kerja sama (PKS) atau rencana aksi"
  on ``implementing_agreement: not_applicable`` alone: a later PKS is not needed only where
  the MoU itself sets out activities, costs and schedule, and a proposal does not show that,
  just as the step-status question offers "tidak diperlukan" only with a written basis.
- The residual risks (TOC-002/004/006/008), the narcotics routes (TOC-003/011/012), BUD-006,
  IMP-003 and HR-005 ticked "Bila …" statements whose "if" was false.

Verdicts and statuses do not change: only the clear check's words do.
"""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck

BASE = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2023-03-01"}

CASES = {
    "IMP-007": {
        "stage": "active",
        "procedure": [{"step": "implementing_agreement", "status": "not_applicable"}],
    },
    "TOC-002": {
        "sectors": [{"name": "fisheries"}],
        "security": {"iuu_fishing": "high", "coordinating_agencies": []},
    },
    "TOC-003": {
        "partner": {"name": "Perth", "country": "AU"},
        "sectors": [{"name": "tourism"}],
        "security": {"narcotics_route": "high", "coordinating_agencies": []},
    },
    "TOC-004": {
        "partner": {"name": "Hangzhou", "country": "CN"},
        "sectors": [{"name": "tourism"}],
        "security": {"narcotics_route": "high", "coordinating_agencies": []},
    },
    "TOC-006": {"security": {"terrorism": "high", "coordinating_agencies": []}},
    "TOC-008": {
        "sectors": [{"name": "fisheries"}],
        "security": {"human_trafficking": "high", "coordinating_agencies": []},
    },
    "TOC-011": {
        "partner": {"name": "Hangzhou", "country": "CN"},
        "sectors": [{"name": "trade"}],
        "security": {"narcotics_route": "low", "coordinating_agencies": []},
    },
    "TOC-012": {
        "partner": {"name": "Perth", "country": "AU"},
        "sectors": [{"name": "trade"}],
        "security": {"narcotics_route": "low", "coordinating_agencies": []},
    },
    "BUD-006": {
        "sectors": [
            {
                "name": "culture",
                "programs": [{"name": "Festival", "status": "done", "budget_idr": 0}],
            }
        ]
    },
    "IMP-003": {
        "sectors": [{"name": "culture", "programs": [{"name": "Festival", "status": "cancelled"}]}]
    },
    "HR-005": {
        "human_resources": {"dedicated_staff": 0},
        "sectors": [{"name": "culture"}, {"name": "trade"}, {"name": "education"}],
    },
}


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_false_if_is_said_not_ticked(rule_id, pack):
    data = {**BASE, **CASES[rule_id]}
    as_of = dt.date(2023, 3, 1) if pack == "pp28-2018" else dt.date(2016, 3, 1)
    a = paracheck.assess(data, pack=pack, as_of=as_of)
    check = next(c for c in a.checks if c.rule_id == rule_id)
    assert check.status == "clear", rule_id
    assert check.not_applicable is not None, rule_id
    out = " ".join(paracheck.render(a, "text", lang="id").split())
    line = out[out.index(f"/ {rule_id} ") :]
    assert f"Tidak berlaku: {check.not_applicable.id}" in line[:600], line[:600]
    assert f"☑ {rule_id} " not in out


def test_a_pks_recorded_as_not_needed_asks_for_its_written_basis():
    a = paracheck.assess({**BASE, **CASES["IMP-007"]}, as_of=dt.date(2023, 3, 1))
    check = next(c for c in a.checks if c.rule_id == "IMP-007")
    assert "MoU sendiri memuat kegiatan, biaya, dan jadwal" in check.not_applicable.id
    assert "dasar tertulis" in check.not_applicable.id
    assert "written basis" in check.not_applicable.en
    done = {
        **BASE,
        "stage": "active",
        "procedure": [{"step": "implementing_agreement", "status": "done"}],
    }
    ticked = next(
        c
        for c in paracheck.assess(done, as_of=dt.date(2023, 3, 1)).checks
        if c.rule_id == "IMP-007"
    )
    assert ticked.status == "clear" and ticked.not_applicable is None  # a PKS made: a tick
