"""An open check asks only what could still decide it.

Last stop: in a sister city whose partner's kind was not stated, HR-002 (open for want of
language staff figures) also asked the partner's kind — its missing list named every absent
path of its condition, though a sister city's partner of unstated kind counts as a regional
government, so the part "kind unstated in a sister form, or a regional government" is
settled. REG-049 (a sister partner that is an institution) asked it too. Now a part the
given facts settle asks nothing, in the engine as in the oracle (tests/oracle.py), and
REG-049 finds only a kind stated as an institution.
"""

from __future__ import annotations

from typing import Any

import paracheck

GATED = ("HR-002", "REG-002", "REG-003", "REG-005", "REG-044")


def _signed(form: str, **partner: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2024-06-01",
        "stage": "mou_signed",
        "form": form,
        "local": {"level": "city"},
        "partner": {"country": "JP", **partner},
        "procedure": [{"step": "signing", "status": "done"}],
    }


def test_a_sister_city_of_unstated_partner_kind_is_not_asked_the_kind():
    a = paracheck.assess(_signed("sister_city"))
    checks = {ch.rule_id: ch for ch in a.checks}
    for rule in GATED:
        assert checks[rule].status == "unknown", rule  # open for another reason
        assert "partner.kind" not in checks[rule].missing, (rule, checks[rule].missing)
        assert checks[rule].missing, rule  # and still asks what is missing
    assert checks["HR-002"].missing == ["human_resources.language_staff"]
    assert checks["REG-049"].status == "clear"
    assert "partner.kind" not in [q.path for q in a.questions]


def test_another_form_of_unstated_partner_kind_is_still_asked_the_kind():
    a = paracheck.assess(_signed("technical_cooperation"))
    asked = next(q for q in a.questions if q.path == "partner.kind")
    assert set(GATED) <= set(asked.checks)


def test_a_sister_partner_stated_as_an_institution_is_still_a_finding():
    a = paracheck.assess(_signed("sister_city", kind="institution"))
    assert next(ch for ch in a.checks if ch.rule_id == "REG-049").status == "risk"


def test_a_branch_already_false_asks_none_of_its_facts():
    # REG-020 (DPRD approval before the signing): its branch comparing the two dates is false
    # while the approval's date is not given, so only the approval's status decides it
    data = _signed("sister_city", kind="regional_government")
    data["procedure"].append({"step": "dprd_approval", "status": "unknown"})
    check = next(ch for ch in paracheck.assess(data).checks if ch.rule_id == "REG-020")
    assert check.status == "unknown"
    assert check.missing == ["procedure.dprd_approval.status"]
