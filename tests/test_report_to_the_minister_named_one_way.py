"""GOV-003's regular report is the head of region's letter to the Home Affairs Minister, as its
own action and REG-026 say: its title and statement said "kepada Kemendagri" beside an action
"untuk disampaikan … kepada Menteri Dalam Negeri" and the evidence "Laporan berkala kepada
Menteri Dalam Negeri (Kemendagri)" (wording review 23 B7)."""

from __future__ import annotations

import pytest

from paracheck.report import catalogue
from paracheck.rules.loader import load_pack


@pytest.mark.parametrize("pack_name", ["pp28-2018", "permendagri-3-2008"])
def test_the_regular_report_is_addressed_to_the_minister_in_every_text_of_gov_003(pack_name):
    rule = next(r for r in load_pack(pack_name).rules if r.id == "GOV-003")
    for lang, minister in (("id", "Menteri Dalam Negeri"), ("en", "Home Affairs Minister")):
        texts = [rule.title.get(lang), catalogue.statement(rule, lang)]
        texts += [rule.risk_when.get(lang), rule.clears_when.get(lang)]
        texts += [rec.text.get(lang) for rec in rule.recommend]
        for text in texts:
            assert minister in text and "Kemendagri" not in text, (lang, text)
