"""``not: {path: X, exists: true}`` says what ``{path: X, exists: false}`` says, and an open
check asks only what could still decide it: the absent fact whose absence the negation
settles is not asked (a generated pack, fuzz seed 6002, asked the status of a procedure step
it had found not listed, beside the facts its other tests lacked; the oracle did not)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

MINI = Path(__file__).parent / "packs" / "mini.yaml"
PROPOSAL = "schema: paracheck/proposal/v1\ntitle: g\n"


@pytest.mark.parametrize(
    "absent",
    [
        {"not": {"path": "procedure.implementing_agreement.status", "exists": True}},
        {"path": "procedure.implementing_agreement.status", "exists": False},
    ],
)
def test_an_open_check_does_not_ask_a_fact_whose_absence_settles_its_part(tmp_path, absent):
    when = {"all": [{"path": "agreement.expires", "le": dt.date(2014, 7, 1)}, absent]}
    examples = {
        "fires": [{"agreement": {"expires": dt.date(2013, 1, 1)}}],
        "clears": [{"agreement": {"expires": dt.date(2015, 1, 1)}}],
    }
    check = one_rule_check(tmp_path, when, examples, PROPOSAL)
    assert check.status == "unknown"
    assert check.missing == ["agreement.expires"]


def one_rule_check(tmp_path: Path, when: dict, examples: dict, proposal: str) -> Any:
    """The check of the mini pack's first rule, given ``when`` and ``examples``, on the
    proposal text ``proposal`` judged as of 1 June 2012."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    rule = data["rules"][0]
    rule["when"], rule["examples"] = when, examples
    rule.pop("applies_when", None)
    data["rules"] = [rule]
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    a = paracheck.assess(
        paracheck.load_proposal_text(proposal, source="g.yaml"),
        pack=paracheck.load_pack(str(path)),
        as_of=dt.date(2012, 6, 1),
    )
    (check,) = a.checks
    return check
