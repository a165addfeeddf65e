"""A finding of severity info is a note, not a risk (IMP-012: a sector whose programmes have
all finished; REG-033: the partner's funds). The checklist calls it "Catatan", yet the domain
table counted it under "Risiko" and the score added its L x I (fix33c's leftover, held-out 32:
"Pelaksanaan … Risiko 4" beside three risks and a note)."""

from __future__ import annotations

from pathlib import Path

import paracheck

FILE = Path(__file__).parent / "data" / "holdout32-tarakan-tawau-2019.yaml"


def test_a_note_is_neither_counted_in_its_domain_nor_added_to_the_score():
    a = paracheck.assess(paracheck.load_proposal(FILE))
    notes = [c for c in a.checks if c.status == "risk" and c.severity == "info"]
    assert [c.rule_id for c in notes] == ["IMP-012"]
    risks = [c for c in a.checks if c.status == "risk" and c.severity != "info"]
    assert a.score == sum(c.score for c in risks)
    for domain, entry in a.domains.items():
        mine = [c for c in risks if c.domain == domain]
        assert entry.risks == len(mine), domain
        assert entry.score == max((c.score for c in mine), default=0), domain
    memo = paracheck.render(a, "text", "id")
    table = memo.split("RINGKASAN PER BIDANG", 1)[1]
    row = next(line for line in table.splitlines() if line.startswith("Pelaksanaan"))
    assert row.split()[-2:] == [str(a.domains["implementation"].risks), "0"]
