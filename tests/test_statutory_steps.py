"""A step a law requires cannot be recorded away: DPRD approval (UU 32/2004, UU 23/2014) and
central approval (UU 23/2014 Pasal 367(2)) recorded as ``not_applicable`` in a signed
partnership are still findings, and the procedure table says why. A newcomer's sister city
marked DPRD approval and Full Powers "not applicable" and every rule on them was ticked clear,
the table reading "wajib: ya · tidak diperlukan" with no word (newcomer trial 9). Full Powers
are not a law's duty (trial29 M2: REGULATION.md gives UU 24/2000 Pasal 1(3) as their
definition; requesting them is a step of Permendagri 3/2008 as practised): recorded as not
needed, REG-012 does not apply and asks for the written basis. The deposit of the original
with Kemlu, like Full Powers, is asked only of a foreign regional government's partnership."""

from __future__ import annotations

import pytest

import paracheck


def _signed(date: str, steps: list[dict], **extra) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2026-06-01",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Partner City", "country": "JP", "level": "city"},
        "procedure": [*steps, {"step": "signing", "status": "done", "date": date}],
        **extra,
    }


def _status(a: paracheck.Assessment, rule: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule)


@pytest.mark.parametrize(
    ("step", "rule", "signed"),
    [
        ("dprd_approval", "REG-010", "2021-03-01"),
        ("central_approval", "REG-011", "2021-03-01"),
        ("dprd_approval", "REG-010", "2015-03-01"),  # under Permendagri 3/2008
    ],
)
def test_a_statutory_step_recorded_not_applicable_is_still_a_finding(step, rule, signed):
    a = paracheck.assess(_signed(signed, [{"step": step, "status": "not_applicable"}]))
    assert _status(a, rule) == "risk"
    entry = next(e for e in a.procedure if e.step == step)
    assert entry.issue is not None
    assert "undang-undang" in entry.issue.id and "by law" in entry.issue.en


def test_a_step_no_law_requires_may_still_be_recorded_not_applicable():
    # the implementing agreement (PKS) may be replaced by an action plan
    a = paracheck.assess(
        _signed("2021-03-01", [{"step": "implementing_agreement", "status": "not_applicable"}])
    )
    assert _status(a, "IMP-007") != "risk"
    entry = next(e for e in a.procedure if e.step == "implementing_agreement")
    # no law's refusal: the row only asks for the grounds of the exception, which the file
    # does not give (Kabag trial 470 L1: "ya · Tidak diperlukan" with nothing beside it)
    assert entry.issue is not None
    assert entry.issue.id == (
        "dicatat tidak diperlukan; lampirkan dasar tertulis pengecualiannya dalam berkas"
    )


def test_full_powers_recorded_not_applicable_for_a_university_partner_stays_clear():
    proposal = _signed("2021-03-01", [{"step": "full_powers", "status": "not_applicable"}])
    proposal["partner"] = {"name": "Universitas X", "country": "NL", "kind": "institution"}
    proposal["form"] = "technical_cooperation"
    a = paracheck.assess(proposal)
    assert _status(a, "REG-012") == "clear"
    entry = next((e for e in a.procedure if e.step == "full_powers"), None)
    assert entry is None or entry.issue is None


@pytest.mark.parametrize(("kind", "expected"), [("institution", "clear"), (None, "risk")])
def test_the_kemlu_deposit_is_asked_only_of_a_regional_government_partnership(kind, expected):
    proposal = _signed("2016-08-25", [])
    if kind:
        proposal["partner"] = {"name": "Wageningen University", "country": "NL", "kind": kind}
        proposal["form"] = "technical_cooperation"
    a = paracheck.assess(proposal)
    assert _status(a, "REG-015") == expected
    required = [e for e in a.procedure if e.step == "deposit_with_kemlu" and e.issue]
    assert bool(required) == (expected == "risk")


def test_the_status_question_of_a_step_a_law_requires_does_not_offer_not_applicable():
    steps = [
        {"step": "dprd_approval", "status": "unknown"},
        {"step": "letter_of_intent", "status": "unknown"},
    ]
    a = paracheck.assess(paracheck.Proposal.model_validate(_signed("2021-03-01", steps)))
    asked = {q.path: q.text for q in a.questions}
    dprd = asked["procedure.dprd_approval.status"]
    assert "tidak diperlukan" not in dprd.get("id")
    # the law named, in words that hold on any date (UU 32/2004 until October 2014, UU 23/2014
    # after), hedged as its medium-confidence source is (review 15, finding 4)
    assert "diwajibkan undang-undang pemerintahan daerah (menurut sumber sekunder)" in dprd.get(
        "id"
    )
    assert "not applicable" not in dprd.get("en")
    # a step no law requires may still be answered "not needed"
    assert "tidak diperlukan" in asked["procedure.letter_of_intent.status"].get("id")


def test_full_powers_recorded_not_needed_are_not_applicable_with_the_basis_asked():
    """Full Powers rest on Permendagri 3/2008 as practised, not on a statute (trial29 M2):
    recorded as not needed in a 2015 signing, the check does not apply and asks for the
    written basis, and the table does not say a law requires them."""
    a = paracheck.assess(
        _signed("2015-03-01", [{"step": "full_powers", "status": "not_applicable"}])
    )
    check = next(c for c in a.checks if c.rule_id == "REG-012")
    assert check.status == "clear" and "dasar tertulisnya" in check.not_applicable.id
    entry = next(e for e in a.procedure if e.step == "full_powers")
    assert entry.issue is None or "undang-undang" not in entry.issue.id


def test_the_status_question_of_full_powers_names_no_law_that_requires_them():
    """The question once said "Langkah ini diwajibkan UU 24/2000 tentang Perjanjian
    Internasional", a definition read as a duty (trial29 M2); it now offers "not needed" as
    for any step of the 2008 practice."""
    steps = [{"step": "full_powers", "status": "unknown"}]
    a = paracheck.assess(paracheck.Proposal.model_validate(_signed("2015-03-01", steps)))
    asked = {q.path: q.text for q in a.questions}
    powers = asked["procedure.full_powers.status"]
    assert "diwajibkan" not in powers.get("id") and "UU 24/2000" not in powers.get("en")
    assert "tidak diperlukan" in powers.get("id")
