"""A reason names a regulation only on the dates it is in force (REGULATION.md: "cite only what
was in force on the proposal's date"). PP 28/2018's pack can judge a date before Permendagri
25/2020 (promulgated 22 May 2020), given by name (``--pack pp28-2018``): IMP-020's and
REG-026's era-neutral reason opened "Permendagri 25/2020 menyebut …" and their sources listed
it on such a date. The sentence is now a dated paragraph resting on the regulation, dated by
its promulgation: both given, or neither; and, resting on a regulation rather than a study,
it still opens the reason as a legal basis does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.rules.loader import load_pack

PROMULGATED = dt.date(2020, 5, 22)


def _check(day: str, rule_id: str, **fields: Any) -> Any:
    data = {"schema": "paracheck/proposal/v1", "title": "Kerja sama", "date": day, **fields}
    assessed = paracheck.assess(data, pack="pp28-2018")
    return next(c for c in assessed.checks if c.rule_id == rule_id)


CASES = {
    "IMP-020": {"partner": {"own_contribution": False}},
    "REG-026": {"stage": "evaluation", "procedure": [{"step": "reporting", "status": "pending"}]},
}


@pytest.mark.parametrize("rule_id", CASES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_dated_before_permendagri_25_2020_neither_names_it_nor_cites_it(rule_id, lang):
    check = _check("2019-03-01", rule_id, **CASES[rule_id])
    assert check.status == "risk"
    assert "25/2020" not in check.why.get(lang)
    assert not any("25/2020" in s.ref for s in check.sources)


@pytest.mark.parametrize("rule_id", CASES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_from_its_promulgation_the_reason_opens_on_it_with_its_source(rule_id, lang):
    check = _check(PROMULGATED.isoformat(), rule_id, **CASES[rule_id])
    assert check.why.get(lang).startswith("Permendagri 25/2020")
    assert any(s.ref == "Permendagri 25/2020" for s in check.sources)


def test_no_era_neutral_reason_of_the_pp28_pack_names_permendagri_25_2020_where_it_may_not_hold():
    """A rule the pack may judge before 22 May 2020 (no start of its own from then) says
    Permendagri 25/2020 only in a paragraph dated from its promulgation."""
    for rule in load_pack("pp28-2018").rules:
        if rule.effective_from is not None and rule.effective_from >= PROMULGATED:
            continue
        for lang in ("id", "en"):
            assert "25/2020" not in rule.why.get(lang), rule.id
        for para in rule.why_dated:
            if "25/2020" in para.id:
                assert para.effective_from is not None and para.effective_from >= PROMULGATED
