"""REG-046 (Full Powers issued before the central government's approval) advises only the
case the file shows, as REG-011 does with ``when`` on its recommendations, and where the MoU
was also signed before that approval (REG-023) the two findings get one report to
Kemendagri, not two (newcomer trial 23 U1: "Bila persetujuan pemerintah pusat memang belum
diperoleh atau diperoleh sesudah Surat Kuasa, …; bila MoU belum ditandatangani, …" beside a
signed MoU whose approval the file dates, and REG-023's "Laporkan MoU … kepada Kemendagri"
as a second report)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal

#: a regency's MoU signed on 26 June 2026 under Full Powers of 10 June, the central
#: government's approval dated 15 July: after both
SIGNED: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kabupaten Uji – Higashimatsushima",
    "date": "2026-11-10",
    "stage": "mou_signed",
    "form": "sister_city",
    "local": {"name": "Kabupaten Uji", "level": "regency"},
    "partner": {
        "name": "Higashimatsushima City",
        "country": "JP",
        "level": "city",
        "kind": "regional_government",
    },
    "sectors": [{"name": "disaster_management", "lead_agency": "BPBD Kabupaten Uji"}],
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2024-09-02"},
        {"step": "exploration", "status": "done", "date": "2024-12-09"},
        {"step": "letter_of_intent", "status": "done", "date": "2025-03-11"},
        {"step": "cooperation_plan", "status": "done", "date": "2025-06-23"},
        {"step": "dprd_approval", "status": "done", "date": "2025-08-14"},
        {"step": "verification", "status": "done", "date": "2025-10-20"},
        {"step": "agreement_drafting", "status": "done", "date": "2026-02-16"},
        {"step": "central_approval", "status": "done", "date": "2026-07-15"},
        {"step": "full_powers", "status": "done", "date": "2026-06-10"},
        {"step": "signing", "status": "done", "date": "2026-06-26"},
    ],
    "agreement": {"signatory": "head_of_region"},
}

#: the hedges the file's own facts answer
HEDGES = ("Bila persetujuan pemerintah pusat memang belum diperoleh atau", "bila MoU belum")


def _step(data: dict[str, Any], name: str, **values: Any) -> None:
    for entry in data["procedure"]:
        if entry["step"] == name:
            entry.update(values)


def _reports(data: dict[str, Any], lang: str = "id") -> list[tuple[list[str], str]]:
    """(rules, text) of each action of the plan for REG-046 or REG-023."""
    a = paracheck.assess(Proposal.model_validate(copy.deepcopy(data)))
    risks = {c.rule_id for c in a.checks if c.status == "risk"}
    assert "REG-046" in risks, risks
    return [
        (list(act.rules), act.text.get(lang))
        for act in a.actions
        if {"REG-046", "REG-023"} & set(act.rules)
    ]


@pytest.mark.parametrize(("lang", "both"), [("id", "Surat Kuasa yang juga"), ("en", "also")])
def test_signed_before_the_approval_too_gets_one_report_to_kemendagri(lang: str, both: str) -> None:
    reports = _reports(SIGNED, lang)
    assert len(reports) == 1, reports
    ((rules, text),) = reports
    assert rules == ["REG-023", "REG-046"], rules
    # to the minister of Kemendagri, in the head of region's letter (review 340 M5)
    minister = {"id": "Menteri Dalam Negeri", "en": "Home Affairs Minister"}[lang]
    assert minister in text and both in text, text
    assert not any(hedge in text for hedge in HEDGES), text


def test_a_signed_mou_whose_full_powers_came_first_reports_that_order_without_hedging() -> None:
    data = copy.deepcopy(SIGNED)
    _step(data, "signing", date="2026-07-20")  # signed after the approval: no REG-023
    ((rules, text),) = _reports(data)
    assert rules == ["REG-046"]
    assert text == (
        "Siapkan surat Bupati kepada Menteri Dalam Negeri untuk melaporkan bahwa Surat Kuasa "
        "terbit sebelum persetujuan pemerintah pusat diperoleh."
    )


@pytest.mark.parametrize(
    ("central", "said"),
    [
        (
            {"status": "done", "date": "2026-07-15"},
            "Sebelum MoU ditandatangani, laporkan kepada Kemendagri bahwa persetujuan "
            "pemerintah pusat baru diperoleh sesudah Surat Kuasa terbit.",
        ),
        (
            {"status": "pending", "date": None},
            "Selesaikan persetujuan pemerintah pusat sebelum MoU ditandatangani, dan laporkan "
            "kepada Kemendagri bahwa Surat Kuasa terbit lebih dulu.",
        ),
    ],
)
def test_a_proposal_is_told_only_its_own_case(central: dict[str, Any], said: str) -> None:
    data = copy.deepcopy(SIGNED)
    data["stage"] = "proposal"
    _step(data, "signing", status="pending", date=None)
    _step(data, "central_approval", **central)
    ((rules, text),) = _reports(data)
    assert rules == ["REG-046"]
    assert text == said
