"""The thesis's own case (NTB–Zhejiang) is quoted as the thesis's case, never as if it were
the reader's partnership: a report of Wakatobi–Korea must not read "the provincial government
saw itself only as a liaison" or "blackouts reach Senggigi" as findings about Wakatobi.

Every sentence of a rule text that names a particular of the NTB–Zhejiang case names NTB too
("Pada kasus NTB–Zhejiang, …", "Dinas Pertanian NTB"), and the parts of a rule that speak
about the reader's own partnership (title, statement, clears_when, recommendations) name
none of them.
"""

from __future__ import annotations

import re

import pytest

from paracheck.rules.loader import load_pack, pack_names

# particulars of the thesis's case that a rule text may quote only as the thesis's case
CASE_WORDS = (
    "Senggigi",
    "Lombok",
    "Zhejiang",
    "AIP-PRISMA",
    "pemerintah provinsi",
    "provincial government",
)
SENTENCE = re.compile(r"(?<=[.;])\s+")


def _rules():
    seen = set()
    for name in pack_names():
        for rule in load_pack(name).rules:
            if rule.id not in seen:
                seen.add(rule.id)
                yield rule


def _case_words(text: str) -> list[str]:
    return [w for w in CASE_WORDS if w.casefold() in text.casefold()]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_why_sentence_quoting_the_thesis_case_names_it_as_ntb(lang):
    unmarked = [
        (rule.id, sentence)
        for rule in _rules()
        for sentence in SENTENCE.split(" ".join(rule.why.get(lang).split()))
        if _case_words(sentence) and "NTB" not in sentence
    ]
    assert not unmarked, unmarked


@pytest.mark.parametrize("lang", ["id", "en"])
def test_what_a_rule_says_about_the_readers_partnership_names_no_thesis_particular(lang):
    found = []
    for rule in _rules():
        texts = [rule.title, rule.check, rule.clears_when, *(r.text for r in rule.recommend)]
        for text in texts:
            if text is not None and (_case_words(text.get(lang)) or "NTB" in text.get(lang)):
                found.append((rule.id, text.get(lang)))
    assert not found, found
