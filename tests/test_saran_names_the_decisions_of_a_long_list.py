"""A Saran whose decision lists many risks by their codes names in words the decisions those
findings ask (the pack's ``saran_decision``), each with its code.

Newcomer trial 24, P1 (Kendari–Yeosu, running): "Kerja sama dapat dilanjutkan; sembilan risiko
sedang (BUD-003, BUD-004, GOV-021, HR-002, HR-003, IMP-004, IMP-005, BUD-005, GOV-003) …" —
nine codes and no words; the stalled tourism promotion, the one decision the office had to
take, was not named."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report.advice import advice

_STEPS = (
    "initiative",
    "exploration",
    "letter_of_intent",
    "cooperation_plan",
    "dprd_approval",
    "verification",
    "agreement_drafting",
    "central_approval",
    "full_powers",
    "signing",
    "implementing_agreement",
)

#: a running partnership with a stalled programme (IMP-004), slow answers (HR-003), a low
#: realisation (BUD-003) and a mid-year cut (BUD-004): four medium risks
RUNNING: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kota Uji – Yeosu",
    "date": "2026-11-20",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {"name": "Yeosu-si", "country": "KR", "level": "city", "language": "ko"},
    "sectors": [
        {
            "name": "tourism",
            "lead_agency": "Dinas Pariwisata Kota Uji",
            "programs": [
                {
                    "name": "Promosi bersama",
                    "status": "stalled",
                    "budget_idr": 100000000,
                    "kpis": ["2 promosi"],
                    "last_activity": "2026-10-01",
                }
            ],
        }
    ],
    "budget": {
        "apbd_allocation_idr": 300000000,
        "multi_year": True,
        "realization_rate": 0.5,
        "revisions_last_year": 1,
    },
    "human_resources": {
        "dedicated_staff": 2,
        "language_staff": {"ko": 1},
        "trained_staff": 1,
        "response_days": 12,
    },
    "procedure": [{"step": s, "status": "done", "date": "2024-01-10"} for s in _STEPS],
    "agreement": {"signatory": "head_of_region", "expires": "2029-08-18"},
}

DECISION = {
    "id": "apakah program yang terhenti dijadwalkan ulang atau dibatalkan secara resmi (IMP-004)",
    "en": "whether the stalled programme is rescheduled or formally cancelled (IMP-004)",
}


def _assessed(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(Proposal.model_validate(copy.deepcopy(data)))


def _setting(a: paracheck.Assessment) -> list[str]:
    return [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "medium"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_list_of_risks_names_the_decision_in_words(lang: str) -> None:
    a = _assessed(RUNNING)
    assert a.verdict == "medium_risk", a.verdict
    setting = _setting(a)
    assert "IMP-004" in setting and len(setting) > 3, setting
    first = advice(a, lang)[0]
    assert DECISION[lang] in first, first


def test_a_short_list_keeps_its_codes_alone() -> None:
    data = copy.deepcopy(RUNNING)
    data["budget"].update(realization_rate=0.9, revisions_last_year=0)
    data["human_resources"]["response_days"] = 3
    a = _assessed(data)
    assert "IMP-004" in _setting(a) and len(_setting(a)) <= 3, _setting(a)
    assert "apakah" not in advice(a, "id")[0]
