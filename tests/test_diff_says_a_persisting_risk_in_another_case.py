"""A risk on both sides of a comparison whose file moved to another case of its rule is not
the same risk persisting unchanged (practitioner trial 32 W2: Bitung–Qinzhou, central
approval pending, then recorded but dated after the signing: REG-023 read "Risiko (skor
20) → Risiko (skor 20)" with nothing else). The rule gives one score for both cases (a pack
has one likelihood per rule), so the comparison says the advice the new case asks."""

from __future__ import annotations

import paracheck
from paracheck.comparison import diff

_BITUNG = (
    "schema: paracheck/proposal/v1\n"
    "title: Kota Bitung – Kota Qinzhou\n"
    "date: {date}\n"
    "stage: {stage}\n"
    "form: sister_city\n"
    "local: {{name: Kota Bitung, level: city}}\n"
    "partner: {{name: Kota Qinzhou, country: CN, level: city, kind: regional_government}}\n"
    "procedure:\n"
    "  - {{step: dprd_approval, status: done, date: 2021-02-10}}\n"
    "  - {{step: agreement_drafting, status: done, date: 2021-03-01}}\n"
    "  - {central}\n"
    "  - {{step: signing, status: done, date: 2021-04-20}}\n"
)


def _assessed(**values: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal_text(_BITUNG.format(**values)))


def test_an_approval_recorded_late_is_said_beside_the_persisting_risk():
    pending = "{step: central_approval, status: pending}"
    late = "{step: central_approval, status: done, date: 2022-02-10}"
    old = _assessed(date="2021-11-15", stage="mou_signed", central=pending)
    new = _assessed(date="2022-03-01", stage="active", central=late)
    d = diff(old, new)
    change = next(ch for ch in d.persisted if ch.rule_id == "REG-023")
    assert change.old_score == change.new_score
    new_text = next(c for c in new.checks if c.rule_id == "REG-023").recommendations
    assert [t.en for t in change.advice_now] == [
        r.text.en for r in new_text if "after the signing" in r.text.en
    ]
    said = paracheck.render_diff(d, "text", "id")
    at = said.index("REG-023")
    assert "saran yang kini diberikan: “Karena persetujuan pemerintah pusat terbit" in said[
        at : at + 600
    ].replace("\n      ", " ")


def test_a_risk_asking_the_same_step_says_nothing_more():
    pending = "{step: central_approval, status: pending}"
    old = _assessed(date="2021-11-15", stage="mou_signed", central=pending)
    new = _assessed(date="2021-12-15", stage="mou_signed", central=pending)
    change = next(ch for ch in diff(old, new).persisted if ch.rule_id == "REG-023")
    assert change.advice_now == []
