"""Partner funds are a question, not a finding: that a partner contributes money says
nothing about whether the money is recorded and free of binding conditions (REG-033's
statement). Before, ``other_sources: [partner]`` alone ticked "[✗] Bila ada dana dari mitra,
dana itu sah, tercatat dan tidak mengikat" and the only way to clear it was to refuse the
partner's money (holdout reading, 2026-11-30)."""

from __future__ import annotations

import pytest

import paracheck

BASE = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama dengan dana mitra",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Contoh", "level": "city"},
    "partner": {"name": "City of Example", "country": "AU", "level": "city"},
}


def _reg033(budget: dict, pack: str):
    a = paracheck.assess({**BASE, "budget": budget}, pack=pack)
    return a, next(c for c in a.checks if c.rule_id == "REG-033")


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
def test_partner_funds_alone_are_asked_about_not_flagged(pack):
    a, check = _reg033({"other_sources": ["partner"]}, pack)
    assert check.status == "unknown"
    assert check.missing == ["budget.partner_funds_recorded"]
    asked = [q for q in a.questions if "REG-033" in q.checks]
    assert len(asked) == 1 and asked[0].path == "budget.partner_funds_recorded"
    assert "dicatat dalam dokumen anggaran" in asked[0].text.id
    assert asked[0].text.id.startswith("Bila mitra ikut mendanai")


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
@pytest.mark.parametrize(
    ("budget", "status"),
    [
        ({"other_sources": ["partner"], "partner_funds_recorded": False}, "risk"),
        ({"other_sources": ["partner"], "partner_funds_recorded": True}, "clear"),
        ({"other_sources": ["apbn"]}, "clear"),
        ({"other_sources": []}, "clear"),
    ],
)
def test_partner_funds_are_a_risk_only_when_not_recorded(pack, budget, status):
    assert _reg033(budget, pack)[1].status == status


def test_the_risk_can_be_cleared_by_recording_the_funds():
    _, check = _reg033({"other_sources": ["partner"], "partner_funds_recorded": False}, "pp28-2018")
    assert "tercatat dalam dokumen anggaran" in check.clears_when.id
    assert "recorded in the budget documents" in check.clears_when.en


def test_the_template_and_the_form_offer_the_new_field():
    assert "partner_funds_recorded" in paracheck.proposal_template()
    budget = paracheck.proposal_schema()["$defs"]["Budget"]["properties"]
    assert budget["partner_funds_recorded"]["anyOf"][0]["type"] == "boolean"
