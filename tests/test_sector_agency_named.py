"""The memo names the agency that acts on a sector's finding, as the proposal names it, where
the recommendation says "Perangkat Daerah pengampu sektor" (held-out proposal 16: the plan
told "the sector's lead agency" to consult KKP while the proposal named Dinas Kelautan dan
Perikanan Provinsi NTT)."""

from __future__ import annotations

import json

import paracheck
from paracheck.report import view

DKP = "Dinas Kelautan dan Perikanan Provinsi NTT"


def _fisheries(*extra_sectors: dict, agency: str | None = DKP) -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama perikanan",
        "date": "2026-06-01",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "sectors": [
            {"name": "fisheries", "lead_agency": agency, "programs": []},
            *extra_sectors,
        ],
        "security": {"iuu_fishing": "high", "coordinating_agencies": ["Polri"]},
    }
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def _plan_lines(result: paracheck.Assessment, rule: str) -> list[str]:
    return [
        act["who"]
        for _, acts in view.action_plan(result, "id")
        for act in acts
        if rule in act["rules"]
    ]


def test_a_sector_finding_names_the_agency_the_proposal_gives():
    result = _fisheries()
    assert {c.rule_id for c in result.checks if c.status == "risk"} >= {"TOC-001"}
    assert _plan_lines(result, "TOC-001") == [f"{DKP} (bersama KKP)", f"{DKP} (bersama Bakamla)"]
    memo = paracheck.render(result, "text", "id", width=10_000)
    assert f"→ [Perencanaan] {DKP} (bersama KKP): Konsultasikan cakupan" in memo
    for fmt in ("markdown", "html"):
        assert DKP in paracheck.render(result, fmt, "en")
    data = json.loads(paracheck.render(result, "json", "id"))
    assert data["proposal"]["sector_agencies"] == [DKP]
    # the contract keeps the glossary's actor: the name is the reports' reading of it
    (toc,) = [c for c in data["checks"] if c["rule_id"] == "TOC-001"]
    assert {r["owner"] for r in toc["recommendations"]} == {"Perangkat Daerah pengampu sektor"}


def test_a_sector_with_no_agency_named_keeps_the_generic_actor():
    result = _fisheries(agency=None)
    assert _plan_lines(result, "TOC-001")[0] == "Perangkat Daerah pengampu sektor (bersama KKP)"


def test_sectors_of_different_agencies_keep_the_generic_actor():
    other = {"name": "fisheries", "lead_agency": "Dinas Pariwisata", "programs": []}
    result = _fisheries(other)
    assert _plan_lines(result, "TOC-001")[0] == "Perangkat Daerah pengampu sektor (bersama KKP)"
    same = {"name": "fisheries", "lead_agency": f" {DKP} ", "programs": []}
    assert _plan_lines(_fisheries(same), "TOC-001")[0] == f"{DKP} (bersama KKP)"
