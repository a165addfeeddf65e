"""The title of the light narcotics finding (TOC-012, a partner outside the main supplier
countries, a moderately exposed route, no BNN) names no country: above a Korean partner it
read "Kerja sama dengan mitra di luar RRT dan Malaysia menambah arus orang …", two countries
that have nothing to do with the proposal (trial 30 C5). The check still states the condition."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.facts.loader import load_proposal

#: trial 30's Sumenep–Wando-gun (Korea) proposal: medium narcotics route, no BNN
WANDO = Path(__file__).parent / "data" / "trial30-sumenep-wando-usulan.yaml"


def test_the_title_over_a_korean_partner_names_no_other_country() -> None:
    a = paracheck.assess(load_proposal(WANDO))
    (found,) = [c for c in a.checks if c.rule_id == "TOC-012"]
    assert found.status == "risk"
    proposal = load_proposal(WANDO)
    assert proposal.partner.country == "KR"
    for lang, countries in (("id", ("RRT", "Malaysia")), ("en", ("PRC", "Malaysia"))):
        title = getattr(found.title, lang)
        assert not any(country in title for country in countries), title
        assert "BNN" in title
    # the check's statement keeps the condition the finding rests on
    assert "(RRT; Malaysia untuk tanggal penilaian sejak 26 Januari 2018" in found.statement.id
