"""A rule's reason that quotes the thesis's word for the regional offices says it one way in
every pack and on every date: "dinas (dalam tesis disebut SKPD)", "the agencies (called SKPD
in the thesis)".

Practitioner trial 28 #15: a 2020 memo using "Perangkat Daerah" everywhere else said "banyak
program tidak terlaksana karena SKPD tidak menindaklanjuti (IV.A)" under IMP-006 and "dinas
(dalam tesis disebut SKPD)" under another rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

PACKS = Path(__file__).parent.parent / "src" / "paracheck" / "rules" / "packs"
#: SKPD as a word of its own (not the budget document "RKA-SKPD")
SKPD = re.compile(r"(?<![-\w])SKPD(?![-\w])")
SAID = {"id": "dalam tesis disebut SKPD", "en": "called SKPD in the thesis"}


def _reasons() -> list[tuple[str, str, str, str]]:
    found = []
    for path in sorted(PACKS.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules") or []:
            texts = [
                rule.get("why") or {},
                *(rule.get("why_dated") or []),
                *(rule.get("why_cases") or []),
            ]
            for text in texts:
                for lang in ("id", "en"):
                    said = " ".join(str(text.get(lang, "")).split())
                    if SKPD.search(said):
                        found.append((path.stem, rule["id"], lang, said))
    return found


def test_some_reasons_quote_the_thesiss_word():
    assert {rule for _, rule, _, _ in _reasons()} >= {"IMP-001", "IMP-006", "IMP-011", "GOV-001"}


@pytest.mark.parametrize(("pack", "rule", "lang", "said"), _reasons())
def test_the_thesiss_word_is_quoted_one_way(pack, rule, lang, said):
    assert len(SKPD.findall(said)) == said.count(SAID[lang]), (pack, rule, lang, said)
