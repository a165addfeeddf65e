"""A reason gives the legal basis in force first, hedged once, in date order (trust17 #1).

The Indonesian review read REG-010's reason on a 2012 signing as "Persetujuan DPRD … (menurut
sumber sekunder). Undang-undang itu adalah UU 32/2004; menurut sumber sekunder, … Dalam
praktik Permendagri 3/2008 (menurut sumber sekunder), …": the hedge three times; REG-017's
gave the thesis's anecdote before Permendagri 25/2020; and a rule page listed "sampai 2014",
"sejak 2014", "sejak 2020", then "2008 sampai 2020". Now a reason is the dated paragraphs in
force on the date judged, in date order, then the era-neutral ``why``; no reason says
"menurut sumber sekunder" twice; a page lists the dated paragraphs by date.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.rules.loader import load_pack

ROOT = Path(__file__).resolve().parents[1]
PACKS = ("pp28-2018", "permendagri-3-2008")
HEDGE = {
    "id": re.compile(r"menurut sumber sekunder", re.I),
    "en": re.compile(r"\breported(ly)?\b", re.I),
}


def _in_force(x, day: dt.date) -> bool:
    return (x.effective_from is None or x.effective_from <= day) and (
        x.effective_until is None or day <= x.effective_until
    )


def _days(rule) -> list[dt.date]:
    """Every day on which the reason of ``rule`` may change, and the day after each."""
    days = {dt.date(2005, 1, 1), dt.date(2026, 11, 30)}
    for x in [*rule.why_dated, *rule.sources]:
        for d in (x.effective_from, x.effective_until):
            if d is not None:
                days |= {d, d + dt.timedelta(days=1)}
    lo, hi = rule.effective_from or dt.date.min, rule.effective_until or dt.date.max
    return sorted(d for d in days if lo <= d <= hi)


def _assessed_why(pack: str, rule_id: str, signed: dt.date, lang: str) -> str:
    """The reason an assessment gives ``rule_id`` for an MoU signed on ``signed``."""
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "stage": "mou_signed",
        "form": "sister_city",
        "procedure": [{"step": "signing", "status": "done", "date": signed.isoformat()}],
    }
    a = paracheck.assess(data, pack=pack, as_of=signed)
    return next(c for c in a.checks if c.rule_id == rule_id).why.get(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pack", PACKS)
def test_no_reason_on_any_date_hedges_twice(pack, lang):
    from paracheck.rules.model import reason_text

    twice = []
    for rule in load_pack(pack).rules:
        for day in _days(rule):
            paragraphs = [p for p in rule.why_dated if _in_force(p, day)]
            said = reason_text(rule.why, paragraphs, lang)
            if len(HEDGE[lang].findall(said)) > 1:
                twice.append(f"{rule.id} on {day}: {said}")
    assert not twice, twice


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("pack", "signed"),
    [
        ("pp28-2018", dt.date(2012, 3, 1)),
        ("pp28-2018", dt.date(2016, 3, 1)),
        ("pp28-2018", dt.date(2021, 3, 1)),
        ("permendagri-3-2008", dt.date(2012, 3, 1)),
    ],
)
def test_an_assessment_gives_the_legal_basis_before_what_follows_from_it(pack, signed, lang):
    rules = {r.id: r for r in load_pack(pack).rules}
    for rule_id in ("REG-010", "REG-017", "REG-020"):
        rule = rules[rule_id]
        why = _assessed_why(pack, rule_id, signed, lang)
        neutral = getattr(rule.why, lang)
        assert why.endswith(neutral), (rule_id, why)  # the case, the consequence: last
        held = [p for p in rule.why_dated if _in_force(p, signed)]
        assert held, (rule_id, "a dated paragraph is in force on this date")
        first = min(held, key=lambda p: p.effective_from or dt.date.min)
        assert why.startswith(" ".join(getattr(first, lang).split())), (rule_id, why)


def test_the_thesis_anecdote_of_reg_017_follows_permendagri_25_2020():
    why = _assessed_why("pp28-2018", "REG-017", dt.date(2022, 6, 1), "id")
    assert why.index("Permendagri 25/2020") < why.index("NTB–Zhejiang"), why


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pack", PACKS)
def test_a_rule_page_lists_the_dated_paragraphs_in_date_order(pack, lang):
    loaded = load_pack(pack)
    for rule in loaded.rules:
        if len(rule.why_dated) < 2:
            continue
        page = paracheck.render_rule(loaded, rule, lang)
        at = [page.index(" ".join(getattr(p, lang).split())) for p in rule.why_dated]
        shown = [p for _, p in sorted(zip(at, rule.why_dated, strict=True), key=lambda x: x[0])]
        starts = [p.effective_from or dt.date.min for p in shown]
        assert starts == sorted(starts), rule.id
        # the legal basis first on the page too: the era-neutral reason after the list
        assert page.index(" ".join(getattr(rule.why, lang).split())) > max(at), rule.id
