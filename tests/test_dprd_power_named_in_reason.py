"""Every rule that cites the DPRD's power to approve (UU 32/2004 Pasal 42(1)(g), then UU
23/2014) names, in the reason it gives on a date, the law in force that day — not "lihat
sumber" (trust17 #2: REG-048 said "(menurut sumber sekunder; lihat sumber)" where
REG-010/020/024 named UU 32/2004 or UU 23/2014; the 2008 pack's REG-020/024 named neither)."""

from __future__ import annotations

import datetime as dt

import pytest

from paracheck.rules.loader import load_pack
from paracheck.rules.model import reason_text

PACKS = ("pp28-2018", "permendagri-3-2008")
DPRD_POWER = "UU 32/2004 Pasal 42(1)(g)"
DAYS = [
    dt.date(2009, 6, 1),
    dt.date(2014, 10, 1),
    dt.date(2014, 10, 2),
    dt.date(2019, 1, 1),
    dt.date(2020, 5, 21),
    dt.date(2020, 5, 22),
    dt.date(2025, 1, 1),
]


def _in_force(x, day: dt.date) -> bool:
    return (x.effective_from is None or x.effective_from <= day) and (
        x.effective_until is None or day <= x.effective_until
    )


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pack", PACKS)
def test_a_rule_citing_the_dprd_power_names_the_law_of_the_day_in_its_reason(pack, lang):
    loaded = load_pack(pack)
    citing = [r for r in loaded.rules if any(s.ref == DPRD_POWER for s in r.sources)]
    assert {"REG-010", "REG-020", "REG-024", "REG-048"} <= {r.id for r in citing}
    for rule in citing:
        for day in DAYS:
            if not _in_force(rule, day) or not _in_force(loaded, day):
                continue
            reason = reason_text(rule.why, [p for p in rule.why_dated if _in_force(p, day)], lang)
            law = "UU 32/2004" if day <= dt.date(2014, 10, 1) else "UU 23/2014"
            other = "UU 23/2014" if law == "UU 32/2004" else "UU 32/2004"
            assert law in reason, (rule.id, day, reason)
            assert other not in reason, (rule.id, day, reason)
            assert "lihat sumber" not in reason and "see the sources" not in reason, rule.id
