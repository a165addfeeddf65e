"""An open check does not ask the date of a step compared with the date of a step the file
does not list: the absent date decides that comparison whatever the other is (a generated
pack, fuzz seed 6, pack 6022, asked an exploration's date beside a consultation not listed,
with the rule open on another fact; the oracle did not)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

import paracheck

MINI = Path(__file__).parent / "packs" / "mini.yaml"
PROPOSAL = (
    "schema: paracheck/proposal/v1\ntitle: g\nprocedure:\n  - {step: exploration, status: done}\n"
)


def test_an_open_check_asks_only_what_could_still_decide_it(tmp_path):
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    rule = data["rules"][0]
    rule["when"] = {
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
    rule["examples"] = {
        "fires": [{"human_resources": {"response_days": 30}}],
        "clears": [{"human_resources": {"response_days": 3}}],
    }
    rule.pop("applies_when", None)
    data["rules"] = [rule]
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    a = paracheck.assess(
        paracheck.load_proposal_text(PROPOSAL, source="g.yaml"),
        pack=paracheck.load_pack(str(path)),
        as_of=dt.date(2012, 6, 1),
    )
    (check,) = a.checks
    assert check.status == "unknown"
    assert check.missing == ["human_resources.response_days"]
