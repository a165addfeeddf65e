"""An open check does not ask the date of a step compared with the date of a step the file
does not list: the absent date decides that comparison whatever the other is (a generated
pack, fuzz seed 6, pack 6022, asked an exploration's date beside a consultation not listed,
with the rule open on another fact; the oracle did not)."""

from __future__ import annotations

from .test_a_negated_presence_asks_nothing_of_its_absent_fact import one_rule_check

PROPOSAL = (
    "schema: paracheck/proposal/v1\ntitle: g\nprocedure:\n  - {step: exploration, status: done}\n"
)


def test_an_open_check_asks_only_what_could_still_decide_it(tmp_path):
    when = {
        "all": [
            {
                "not": {
                    "path": "procedure.exploration.date",
                    "ge": {"path": "procedure.ministry_consultation.date", "plus": 1},
                }
            },
            {"not": {"path": "human_resources.response_days", "le": 14}},
        ]
    }
    examples = {
        "fires": [{"human_resources": {"response_days": 30}}],
        "clears": [{"human_resources": {"response_days": 3}}],
    }
    check = one_rule_check(tmp_path, when, examples, PROPOSAL)
    assert check.status == "unknown"
    assert check.missing == ["human_resources.response_days"]
