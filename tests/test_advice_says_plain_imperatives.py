"""The advice's Indonesian sentences give their orders in the plain imperative every other
action uses ("Minta …", "Susun …", "Ajukan …"), not "Mintalah …" or "Mohonkan …" beside them,
and say a condition once (wording review 26 C20, C21: "Selama DPRD belum memberi persetujuan,
bahas … sebelum DPRD memutuskan")."""

from __future__ import annotations

import re

from paracheck.rules.loader import load_pack, pack_names

#: imperatives in the "-lah" or "mohon-" form, where the plain one is meant
_ODD = re.compile(r"\b(mintalah|mohonkan|ajukanlah|sampaikanlah|lakukanlah|pastikanlah)\b", re.I)


def _texts() -> list[tuple[str, str, str]]:
    return [
        (name, rule.id, rec.text.id)
        for name in pack_names()
        for rule in load_pack(name).rules
        for rec in rule.recommend
    ]


def test_no_advice_orders_with_mintalah_or_mohonkan() -> None:
    texts = _texts()
    assert len(texts) > 100
    odd = [f"{pack} {rule}: {text}" for pack, rule, text in texts if _ODD.search(text)]
    assert not odd, odd


def test_gov020_says_before_the_dprd_decides_once() -> None:
    gov020 = [text for _, rule, text in _texts() if rule == "GOV-020"]
    twice = [t for t in gov020 if "Selama DPRD belum" in t and "sebelum DPRD memutuskan" in t]
    assert not twice, twice
    assert any(t.startswith("Sebelum DPRD memutuskan, bahas") for t in gov020), gov020
