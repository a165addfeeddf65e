"""A recommendation whose action is addressed to Kemlu, Kemendagri (its minister) or the DPRD
names that body as its ``counterpart``, as the assessment contract defines it ("the body it
writes to, consults or reports to"): a ministry's dashboard of what regions owe it filters on
the field, and missed the deposit with Kemlu and the reports to the Home Affairs Minister
(ministry trial 470 M3: 116 such recommendations had none). The memo's actor line is
unchanged: a counterpart its sentence already names is not said twice."""

from __future__ import annotations

import re

import pytest

import paracheck

PACKS = ("permendagri-3-2008", "pp28-2018")  # each with the thesis rules it includes
#: the words that address a body, and the counterparts that body goes by
ADDRESSED = {
    r"kepada (?:Kemlu|Menteri Luar Negeri)\b": "Kemlu",
    r"kepada (?:Kemendagri|Menteri Dalam Negeri)\b": "Kemendagri",
    r"kepada DPRD\b": "DPRD",
}


def _addressed(text: str) -> set[str]:
    return {body for pattern, body in ADDRESSED.items() if re.search(pattern, text)}


def _recommendations():
    for name in PACKS:
        for rule in paracheck.load_pack(name).rules:
            for rec in rule.recommend:
                yield name, rule.id, rec


@pytest.mark.parametrize("name", PACKS)
def test_every_action_addressed_to_a_body_names_one_of_them_as_counterpart(name):
    missing = [
        (rule_id, rec.text.id)
        for pack, rule_id, rec in _recommendations()
        if pack == name and _addressed(rec.text.id) and rec.counterpart is None
    ]
    assert not missing, missing


def test_the_deposit_with_kemlu_and_the_report_to_the_minister_have_their_counterparts():
    pack = paracheck.load_pack("pp28-2018")
    rules = {rule.id: rule for rule in pack.rules}
    deposit = [r for r in rules["REG-015"].recommend if "kepada Kemlu untuk disimpan" in r.text.id]
    assert deposit and {r.counterpart for r in deposit} == {"Kemlu"}
    report = rules["REG-026"].recommend
    assert {r.counterpart for r in report} == {"Kemendagri"}


def test_the_memo_s_actor_line_does_not_name_a_counterpart_its_sentence_names():
    from paracheck.report.view import who

    pack = paracheck.load_pack("pp28-2018")
    (rec,) = [r for rule in pack.rules if rule.id == "REG-026" for r in rule.recommend]
    assert rec.counterpart == "Kemendagri"
    assert who(rec, "id") == "Biro Kerja Sama"
