"""One case, one heading: a rule page says a case under "Tidak berlaku bila" or under "Tidak
menjadi temuan bila", never both (trust17 #4: REG-020's page read "Tidak berlaku bila: MoU
belum tercatat ditandatangani" and then "Tidak menjadi temuan bila: MoU belum
ditandatangani, atau …"; REG-048's "…, dan bila DPRD sudah menyetujui, …"). A rule with
``applies_when`` leaves its antecedent out of ``clears_when``: the reports show
``clears_when`` under a risk, where the antecedent holds, so the clause said nothing there
either."""

from __future__ import annotations

import re

import pytest

import paracheck
from paracheck.rules.loader import load_pack

PACKS = ("pp28-2018", "permendagri-3-2008")
HEAD = {"id": "**Tidak menjadi temuan bila:** ", "en": "**Not a finding when:** "}


def _restated(rule, lang: str, page: str) -> list[str]:
    """The antecedent's case as the page's "Tidak menjadi temuan bila" says it: the
    ``otherwise`` clause (its first part, before "; … diperiksa pada …"), or "bila <the
    statement's own 'if'>" ("…, dan bila DPRD sudah menyetujui, …")."""
    at = page.index(HEAD[lang]) + len(HEAD[lang])
    clears = page[at : page.index("\n", at)].lower()
    said = []
    for applies in rule.antecedents:
        case = getattr(applies.otherwise, lang).split(";")[0].lower()
        case = case.replace(" tercatat", "").replace("is not recorded as ", "is not ")
        if case in clears:
            said.append(case)
    antecedent = re.match(r"(?:Bila|If) (.+?),", getattr(rule.check, lang))
    if antecedent:
        again = ("bila " if lang == "id" else "once ") + antecedent.group(1).lower()
        if again in clears:
            said.append(again)
    return said


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pack", PACKS)
def test_a_rule_page_says_the_inapplicable_case_only_under_its_own_heading(pack, lang):
    loaded = load_pack(pack)
    rules = [r for r in loaded.rules if r.applies_when is not None and r.clears_when]
    assert {"REG-020", "REG-021", "REG-022", "REG-023", "REG-024", "REG-048"} <= {
        r.id for r in rules
    }
    twice = {}
    for rule in rules:
        said = _restated(rule, lang, paracheck.render_rule(loaded, rule, lang))
        if said:
            twice[rule.id] = said
    assert not twice, twice


@pytest.mark.parametrize("pack", PACKS)
def test_reg_020_page_has_the_unsigned_mou_under_one_heading(pack):
    loaded = load_pack(pack)
    page = paracheck.render_rule(loaded, loaded.rule("REG-020"), "id")
    assert "**Tidak berlaku bila:** MoU belum tercatat ditandatangani" in page
    assert page.count("belum ditandatangani") + page.count("belum tercatat ditandatangani") == 1
