"""A rule's condition said in words (the rule page's "Berisiko bila" where the pack gives no
``risk_when``, the annex's reasons) says no clause twice: a field's guards "given" and "not
null" both read "tercatat", and IMP-002's page read "… atau (tanggal kegiatan terakhir program
tercatat dan tanggal kegiatan terakhir program tercatat) …" (Kabag trial 470 L9)."""

from __future__ import annotations

import re

import pytest

from paracheck.rules import conditions
from paracheck.rules.loader import load_pack

PACKS = ("pp28-2018", "permendagri-3-2008")
#: a whole clause of some length, then "dan"/"atau" ("and"/"or"), then the same clause again,
#: ending where a clause ends ("tidak ada program atau tidak ada program dengan …" is two)
_TWICE = re.compile(
    r"(?:^|(?<=[(,;] )|(?<=\())([^;:()]{12,}?) (?:dan|atau|and|or) \1"
    r"(?=$|[,;)]| (?:dan|atau|and|or) )"
)


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_rule_condition_in_words_repeats_a_clause(pack, lang):
    said = {
        rule.id: conditions.describe(rule.condition, lang)
        for rule in load_pack(pack).rules
        if rule.condition is not None
    }
    assert len(said) > 50
    twice = {rule: m.group(1) for rule, text in said.items() if (m := _TWICE.search(text))}
    assert not twice, twice


def test_imp002s_condition_names_the_last_activity_once():
    rule = next(r for r in load_pack("pp28-2018").rules if r.id == "IMP-002")
    said = conditions.describe(rule.condition, "id")
    assert said.count("tanggal kegiatan terakhir program tercatat") == 1, said
