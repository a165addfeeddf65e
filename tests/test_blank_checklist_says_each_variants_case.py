"""The blank checklist says the case each variant of a recommendation is for, as the rule's
page does (wording review 18 C6: REG-010 printed "Sampaikan MoU …" and "Bila DPRD belum pernah
memberi persetujuan, sampaikan MoU …", the same advice twice with no word which is which)."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report import catalogue
from paracheck.rules.loader import load_pack


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_every_recommendation_given_for_a_case_says_its_case_in_the_blank_checklist(fmt):
    pack = load_pack("pp28-2018")
    out = " ".join(paracheck.render_checklist(pack, "id", fmt).split())
    rule = next(r for r in pack.rules if r.id == "REG-010")
    cases = [r["case"] for r in catalogue.recommendations(rule, "id", pack.actors) if r["case"]]
    assert len(cases) >= 2
    for case in cases:
        assert f"diberikan bila: {case})" in out, case
    english = " ".join(paracheck.render_checklist(pack, "en", fmt).split())
    assert "given when: " in english
