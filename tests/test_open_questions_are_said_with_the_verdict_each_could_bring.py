"""The Saran names the open checks whose answers could change the verdict with the verdict
each could bring: beside a low-risk verdict it said of twenty-two questions that their answers
"dapat mengubah kesimpulan menjadi risiko tinggi", seventeen of them on medium checks (attack
450 M2). Each clause names only checks of its own verdict's severity."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.report import advice

FILE = Path(__file__).parent / "data" / "attack450-exact-cover-low-risk.yaml"

#: a clause: the codes in brackets, then the verdict their answers could bring
CLAUSE = r"\(([A-Z0-9, -]+)\)[^()]*?mengubah kesimpulan menjadi ([a-z ]+?)[;.]"
VERDICT_SEVERITY = {"terhambat": "blocker", "risiko tinggi": "high", "risiko sedang": "medium"}


def test_each_clause_names_checks_of_the_verdict_it_says() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    assert a.verdict == "low_risk"
    severity = {c.rule_id: c.severity for c in a.checks}
    (item,) = [" ".join(i.split()) for i in advice.advice(a, "id") if "demikian pula" in i]
    clauses = re.findall(CLAUSE, item)
    said = {verdict for _, verdict in clauses}
    assert said == {"terhambat", "risiko tinggi", "risiko sedang"}, clauses
    for codes, verdict in clauses:
        for code in codes.split(", "):
            assert severity[code] == VERDICT_SEVERITY[verdict], (code, verdict)
