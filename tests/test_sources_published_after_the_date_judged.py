"""A background source published after the date judged is not cited: a 2013 memo does not
quote a 2018 news report (practitioner trial 28 #13: TOC-003 cited "BNN, Deputi
Pemberantasan: … (Republika, 21 Oktober 2018)" in a memo dated 15 March 2013).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import paracheck

PACKS = Path(__file__).parent.parent / "src" / "paracheck" / "rules" / "packs"
#: a publication date or year written in a background source's reference
_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
_DAY = re.compile(rf"(\d{{1,2}}) ({'|'.join(_MONTHS)}) ((?:19|20)\d{{2}})")
_YEAR = re.compile(r"\(((?:19|20)\d{2})\)")


def _background() -> list[tuple[str, str, dict]]:
    return [
        (path.stem, rule["id"], source)
        for path in sorted(PACKS.glob("*.yaml"))
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules") or []
        for source in rule.get("sources") or []
        if source.get("kind") in ("practice", "reference")
        and (_DAY.search(source["ref"]) or _YEAR.search(source["ref"]))
    ]


def test_some_background_sources_carry_a_date():
    assert len(_background()) >= 5


@pytest.mark.parametrize(("pack", "rule", "source"), _background())
def test_a_dated_background_source_is_cited_from_its_publication(pack, rule, source):
    day = _DAY.search(source["ref"])
    if day:
        published = f"{day.group(3)}-{_MONTHS.index(day.group(2)) + 1:02d}-{int(day.group(1)):02d}"
    else:
        published = f"{_YEAR.search(source['ref']).group(1)}-01-01"
    assert str(source.get("effective_from")) == published, (pack, rule, source)


PROPOSAL = """
schema: paracheck/proposal/v1
title: Usulan contoh
date: {date}
stage: proposal
local: {{name: Kota Contoh, level: city}}
partner: {{name: Kuching, country: MY, level: city}}
sectors: [{{name: tourism, lead_agency: Dinas Pariwisata}}]
security: {{narcotics_route: high, coordinating_agencies: []}}
"""


@pytest.mark.parametrize(("date", "cited"), [("2013-03-15", False), ("2019-03-15", True)])
def test_a_2013_memo_does_not_cite_a_2018_report(date, cited):
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL.format(date=date)))
    # before the report a Malaysian partner weighs as any other: TOC-011, not TOC-003 (fix34d)
    rule_id = "TOC-003" if cited else "TOC-011"
    toc = next(c for c in a.checks if c.rule_id == rule_id)
    assert toc.status == "risk"
    assert any("Metro TV" in s.ref for s in toc.sources) is cited
    text = paracheck.render(a, "text", "id")
    assert ("Metro TV" in " ".join(text.split())) is cited


@pytest.mark.parametrize(
    ("date", "rule_id"), [("2018-01-25", "TOC-011"), ("2018-02-15", "TOC-003")]
)
def test_malaysia_counts_from_bnns_first_report_not_its_repetition(date, rule_id):
    # practitioner trial 33: a Kalbar–Sarawak proposal of 15 February 2018 on a route rated
    # high was weighed medium, as if no source named Malaysia yet; BNN's Deputi Pemberantasan
    # said most narcotics entering Indonesia transit in Malaysia on 26 January 2018 (Metro TV),
    # months before the Republika report the pack first dated it by
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL.format(date=date)))
    toc = next(c for c in a.checks if c.rule_id == rule_id)
    assert toc.status == "risk"


def test_the_reason_for_a_malaysian_partner_before_the_report_is_true_of_it():
    # trial 33: "mitra berada di luar RRT dan Malaysia" was printed about a partner in Sarawak
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL.format(date="2017-06-01")))
    toc3 = next(c for c in a.checks if c.rule_id == "TOC-003")
    reason = toc3.not_applicable.id
    assert "di luar RRT dan Malaysia" not in reason
    assert "RRT; Malaysia untuk tanggal penilaian sejak 26 Januari 2018" in reason
