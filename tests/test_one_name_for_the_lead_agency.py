"""The body that takes up a sector has one name in Indonesian, "Perangkat Daerah pengampu",
wherever a memo, the checklist or the template speaks of it (wording review 23
B3). IMP-001's title said "Perangkat Daerah yang bertanggung jawab menindaklanjutinya", its
reason "Perangkat Daerah yang ditunjuk", its statement and evidence "Perangkat Daerah
pengampu", NRG-004's owner "Perangkat Daerah bidang penanaman modal" and the template
"perangkat daerah penanggung jawab": five names an officer had to read as one."""

from __future__ import annotations

import paracheck
from paracheck.facts.template import proposal_template

OTHER_NAMES = (
    "Perangkat Daerah yang bertanggung jawab",
    "Perangkat Daerah yang ditunjuk",
    "perangkat daerah penanggung jawab",
    "Perangkat Daerah bidang",
)


def _proposal() -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama investasi uji",
        "date": "2025-03-17",
        "stage": "proposal",
        "form": "investment",
        "local": {"name": "Provinsi Sulawesi Tenggara", "level": "province"},
        "sectors": [{"name": "industry", "lead_agency": None, "programs": []}],
        "energy": {"reserve_margin_pct": -4},
    }


def test_a_memo_names_the_sector_s_missing_agency_perangkat_daerah_pengampu():
    result = paracheck.assess(paracheck.Proposal.model_validate(_proposal()))
    risks = {c.rule_id for c in result.checks if c.status == "risk"}
    assert {"IMP-001", "NRG-004"} <= risks
    memo = paracheck.render(result, "markdown", "id")
    assert "Sektor tanpa Perangkat Daerah pengampu" in memo
    assert "Perangkat Daerah pengampu urusan penanaman modal" in memo
    for other in OTHER_NAMES:
        assert other.casefold() not in memo.casefold(), other


def test_the_checklist_and_template_use_the_same_name():
    checklist = paracheck.render_checklist(paracheck.load_pack("pp28-2018"), "id", "markdown")
    assert "Sektor tanpa Perangkat Daerah pengampu tidak mempunyai penanggung jawab" in checklist
    assert "Perangkat Daerah pengampu urusan penanaman modal" in checklist
    template = proposal_template()
    assert "Perangkat Daerah pengampu; null = belum ada" in template
    for text in (checklist, template):
        for other in OTHER_NAMES:
            assert other.casefold() not in text.casefold(), other
