"""The verdict never hides a confirmed risk: confirmed risks set it, unknown checks give the
worst verdict still possible beside it, and gates can fail on either (contract v2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.rules.loader import load_pack

PACK = Path(__file__).parent / "packs" / "verdicts.yaml"
ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2021, 3, 1)

# each rule's fact: True makes it a risk, False clears it, leaving it out makes it unknown
RISK = {
    "REG-001": ("basis", "representative_office_abroad", True),
    "BUD-001": ("budget", "multi_year", False),
    "HR-001": ("human_resources", "trained_staff", 0),
    "GOV-001": ("governance", "monitoring_plan", False),
}
CLEAR = {"REG-001": False, "BUD-001": True, "HR-001": 3, "GOV-001": True}


@pytest.fixture(scope="module")
def pack():
    return load_pack(str(PACK))


def judge(pack, risk=(), clear=(), **extra):
    """Assess with the rules in ``risk`` confirmed, those in ``clear`` clear, the rest
    unknown."""
    data: dict = {"schema": "paracheck/proposal/v1", "title": "t", **extra}
    for rule_id in [*risk, *clear]:
        section, name, value = RISK[rule_id]
        data.setdefault(section, {})[name] = value if rule_id in risk else CLEAR[rule_id]
    return paracheck.assess(Proposal.model_validate(data), pack=pack, as_of=AS_OF)


def test_a_confirmed_high_risk_is_the_verdict_even_when_a_blocker_is_unknown(pack):
    a = judge(pack, risk=["BUD-001"], clear=["HR-001", "GOV-001"])
    assert a.verdict == "high_risk"
    assert a.worst_verdict == "blocked"
    assert a.worst_because == ["REG-001"]


def test_unknowns_that_cannot_raise_the_verdict_are_not_named(pack):
    # a high risk is confirmed: the unknown medium and low checks could not make it worse
    a = judge(pack, risk=["BUD-001"], clear=["REG-001"])
    assert (a.verdict, a.worst_verdict, a.worst_because) == ("high_risk", "high_risk", [])


def test_incomplete_only_when_nothing_above_low_is_confirmed_and_most_checks_are_open(pack):
    # two of four checks unknown, both could raise the verdict, but not most are open
    a = judge(pack, risk=["GOV-001"], clear=["REG-001"])
    assert (a.verdict, a.worst_verdict, a.worst_because) == (
        "low_risk",
        "high_risk",
        ["BUD-001", "HR-001"],
    )
    # three of four unknown: too empty to judge; the most severe open checks come first
    b = judge(pack, risk=["GOV-001"])
    assert (b.verdict, b.worst_verdict) == ("incomplete", "blocked")
    assert b.worst_because == ["REG-001", "BUD-001", "HR-001"]
    # three of four unknown, a high risk confirmed: never incomplete
    assert judge(pack, risk=["BUD-001"]).verdict == "high_risk"
    # nothing open could raise a low verdict
    c = judge(pack, clear=["REG-001", "BUD-001", "HR-001"])
    assert (c.verdict, c.worst_verdict, c.worst_because) == ("low_risk", "low_risk", [])


def test_a_confirmed_blocker_leaves_nothing_worse_to_become(pack):
    a = judge(pack, risk=["REG-001"])
    assert (a.verdict, a.worst_verdict, a.worst_because) == ("blocked", "blocked", [])


def test_ntb_is_high_risk_and_names_the_unknown_blockers_that_could_block_it():
    a = paracheck.assess(paracheck.load_proposal(str(ROOT / "examples" / "ntb-zhejiang-2015.yaml")))
    assert a.verdict == "high_risk"
    unknown_blockers = sorted(
        c.rule_id for c in a.checks if c.status == "unknown" and c.severity == "blocker"
    )
    assert unknown_blockers, "NTB leaves a blocker check unanswered"
    assert a.worst_verdict == "blocked"
    assert sorted(a.worst_because) == unknown_blockers


def test_statement_is_the_rules_check_else_its_title(pack):
    a = judge(pack)
    by_id = {c.rule_id: c for c in a.checks}
    assert by_id["REG-001"].statement.en == "No office abroad"
    assert by_id["BUD-001"].statement == by_id["BUD-001"].title


def test_counterpart_is_carried_to_the_recommendation_and_the_action(pack):
    a = judge(pack, risk=["REG-001"])
    check = next(c for c in a.checks if c.rule_id == "REG-001")
    # the proposal does not say its level: the unit is "Biro/Bagian Kerja Sama"
    assert (check.recommendations[0].owner, check.recommendations[0].counterpart) == (
        "Biro/Bagian Kerja Sama",
        "Kemlu",
    )
    action = next(x for x in a.actions if x.rules == ["REG-001"])
    assert (action.owner, action.counterpart) == ("Biro/Bagian Kerja Sama", "Kemlu")


def waiver(until: str) -> dict:
    return {
        "accepted_risks": [
            {"rule": "BUD-001", "reason": "plan under way", "accepted_by": "Sekda", "until": until}
        ]
    }


def test_a_waiver_in_force_accepts_the_risk(pack):
    a = judge(pack, risk=["BUD-001"], **waiver("2022-01-01"))
    check = next(c for c in a.checks if c.rule_id == "BUD-001")
    assert check.status == "accepted" and check.waiver is not None
    assert not check.waiver.lapsed
    assert [n.code for n in a.notices] == []


def test_a_lapsed_waiver_is_shown_on_its_check_and_in_notices_and_the_risk_stays(pack):
    a = judge(pack, risk=["BUD-001"], **waiver("2020-12-31"))
    check = next(c for c in a.checks if c.rule_id == "BUD-001")
    assert check.status == "risk"
    assert check.waiver is not None and check.waiver.lapsed
    assert a.verdict == "high_risk"
    notice = next(n for n in a.notices if n.code == "waiver_lapsed")
    assert "BUD-001" in notice.text.en and "31 Desember 2020" in notice.text.id


def _bud(a):
    return next(c for c in a.checks if c.rule_id == "BUD-001")


def test_a_waiver_is_not_shown_on_a_check_that_is_clear_in_force_or_lapsed(pack):
    for until in ("2022-01-01", "2020-12-31"):
        check = _bud(judge(pack, clear=["BUD-001"], **waiver(until)))
        assert (check.status, check.waiver) == ("clear", None), until


def test_a_lapsed_waiver_is_shown_where_the_risk_may_be_back(pack):
    check = _bud(judge(pack, **waiver("2020-12-31")))  # BUD-001 not decided
    assert check.status == "unknown"
    assert check.waiver is not None and check.waiver.lapsed
    assert (check.waiver.until, check.waiver.accepted_by) == (dt.date(2020, 12, 31), "Sekda")


def test_fails_on_confirmed_risks_and_optionally_on_unknowns(pack):
    a = judge(pack, risk=["GOV-001"], clear=["REG-001", "HR-001"])  # BUD-001 (high) unknown
    assert not a.fails("high")
    assert a.fails("low")
    assert a.fails("high", on_unknown="high")
    assert not a.fails(on_unknown="blocker")
    assert not a.fails()


def test_one_unanswered_attestation_is_named_with_its_question_not_hidden():
    import yaml

    from paracheck.facts.loader import parse_proposal_data

    data = yaml.safe_load((ROOT / "examples" / "well-prepared-2023.yaml").read_text("utf-8"))
    del data["basis"]["central_affairs"]
    a = paracheck.assess(parse_proposal_data(data))
    waiting = next(q for q in a.questions if q.path == "basis.central_affairs")
    assert waiting.checks
    # nothing above low is confirmed and almost every check is judged: the verdict its
    # answers earn, with the worst verdict naming the checks waiting on the question
    assert a.verdict == "low_risk"
    assert a.worst_verdict == "blocked"
    assert set(waiting.checks) <= set(a.worst_because)
