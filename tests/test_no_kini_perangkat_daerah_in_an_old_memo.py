"""The reasons of IMP-001 and the rule on sectors not started a year after the MoU said
"dinas (SKPD, kini Perangkat Daerah)": in a memo dated 2009, when the term was still SKPD
(REGULATION.md "Terms by era": Perangkat Daerah from UU 23/2014 and PP 18/2016), "kini" is
false (newcomer trial 25, M2). The reasons name the thesis's own term, which holds on any
date."""

from __future__ import annotations

import pytest

import paracheck
from tests.madiun_omuta import madiun_omuta

PACKS = ("permendagri-3-2008", "pp28-2018")


@pytest.mark.parametrize("judged", ["2009-06-15", "2026-01-20"])
def test_a_memo_says_no_kini_perangkat_daerah_on_any_date(judged):
    proposal = madiun_omuta(
        "2007-10-05", judged, sectors="  - {name: industry, lead_agency: null, programs: []}\n"
    )
    result = paracheck.assess(proposal)
    imp001 = next(c for c in result.checks if c.rule_id == "IMP-001")
    assert imp001.status == "risk"
    assert "SKPD" in imp001.why.id  # the thesis's term, still named
    memo = paracheck.render(result, "markdown", "id")
    assert "kini Perangkat Daerah" not in memo


@pytest.mark.parametrize("pack", PACKS)
def test_no_rule_reason_says_kini_perangkat_daerah(pack):
    from paracheck.rules.loader import load_pack

    for rule in load_pack(pack).rules:
        assert "kini Perangkat Daerah" not in rule.why.id, rule.id
