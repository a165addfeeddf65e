"""The other sources' money already certain (``budget.other_sources_idr``) is what BUD-001
weighs beside an APBD allocation of Rp0: a source named with Rp0 of it certain is no money
(attack 450 H1: "sumber dana lain: APBN, Rp0 di antaranya sudah pasti" beside BUD-001's tick,
and a running partnership with Rp0 from every source had no budget finding); money given
beside sources confirmed as none is refused at its line (M1: it vanished from every output
while the advice said there was none)."""

from __future__ import annotations

import pytest

import paracheck

HEAD = """schema: paracheck/proposal/v1
title: Kemitraan tanpa dana
date: 2024-03-01
stage: active
local: {name: Kota Contoh, level: city}
partner: {name: Kota Mitra, country: JP, level: municipality, kind: regional_government}
sectors:
  - name: education
    lead_agency: Dinas Pendidikan Kota Contoh
    programs:
      - {name: Pertukaran guru, status: ongoing, budget_idr: 600000000}
budget:
  apbd_allocation_idr: 0
"""


def _bud001(budget_tail: str) -> paracheck.Check:
    a = paracheck.assess(paracheck.load_proposal_text(HEAD + budget_tail, source="p.yaml"))
    (check,) = [c for c in a.checks if c.rule_id == "BUD-001"]
    return check


def test_a_source_named_with_nothing_certain_is_no_money() -> None:
    check = _bud001("  other_sources: [apbn]\n  other_sources_idr: 0\n")
    assert check.status == "risk"
    assert "tetapi jumlah dana dari sumber itu yang sudah pasti tercatat Rp0" in " ".join(
        check.why.get("id").split()
    )


@pytest.mark.parametrize(
    "tail",
    ["  other_sources: [apbn]\n", "  other_sources: [apbn]\n  other_sources_idr: 100000000\n"],
)
def test_a_source_named_with_its_money_unknown_or_given_is_money(tail: str) -> None:
    assert _bud001(tail).status == "clear"


def test_money_beside_sources_confirmed_as_none_is_refused_at_its_line() -> None:
    text = HEAD + "  other_sources: []\n  other_sources_idr: 500000000\n"
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(text, source="p.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (text.count("\n"), 22)
    assert "tidak menyebut satu pun: sebutkan sumber dananya pada" in (problem.describe("id"))


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "id",
            "sumber dana lain: APBN, tetapi belum ada dana yang sudah pasti",
            "Rp0 di antaranya",
        ),
        ("en", "(state budget), but none of it certain yet", "of it already certain"),
    ],
)
def test_the_brief_says_nothing_of_the_sources_is_certain_not_rp0_of_it(lang, said, never) -> None:
    """Wording review 452, L5: "Rp0 di antaranya sudah pasti" read as a sum of money."""
    text = HEAD + "  other_sources: [apbn]\n  other_sources_idr: 0\n"
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    memo = " ".join(paracheck.render(a, "text", lang).split())
    assert said in memo
    assert never not in memo


PROPOSED = HEAD.replace("stage: active", "stage: proposal").replace(
    "  apbd_allocation_idr: 0\n", ""
)


@pytest.mark.parametrize(
    "sources",
    [
        "  other_sources: [apbn]\n  other_sources_idr: 600000000\n",
        "  other_sources: [apbn, partner]\n  partner_funds_recorded: true\n"
        "  other_sources_idr: 1000000000\n",
    ],
)
def test_certain_money_covering_every_programme_asks_no_allocation(sources: str) -> None:
    """Attack 450 L6: BUD-007 asked the APBD allocation beside other sources whose certain
    money alone covered the programmes: whatever the allocation, there is no rest to find."""
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSED + sources, source="p.yaml"))
    (check,) = [c for c in a.checks if c.rule_id == "BUD-007"]
    assert check.status == "clear"
    assert not any("budget.apbd_allocation_idr" in c.missing for c in a.checks)


@pytest.mark.parametrize(
    ("sources", "status"),
    [
        # short of the programmes by Rp1: the allocation decides it
        ("  other_sources: [apbn]\n  other_sources_idr: 599999999\n", "unknown"),
        # the partner's funds not recorded: that finding stands whatever the money
        (
            "  other_sources: [apbn, partner]\n  partner_funds_recorded: false\n"
            "  other_sources_idr: 1000000000\n",
            "unknown",
        ),
        # the allocation given and the two short together: the rest is found
        (
            "  apbd_allocation_idr: 100000000\n  other_sources: [apbn]\n"
            "  other_sources_idr: 100000000\n",
            "risk",
        ),
    ],
)
def test_certain_money_short_of_the_programmes_still_leaves_the_rest_to_judge(
    sources: str, status: str
) -> None:
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSED + sources, source="p.yaml"))
    (check,) = [c for c in a.checks if c.rule_id == "BUD-007"]
    assert check.status == status
    if status == "unknown":
        assert check.missing == ["budget.apbd_allocation_idr"]
    # the guard is no evidence: the sums beside it say it
    assert all(e.path != "context.other_sources_cover_all" for e in check.evidence)
