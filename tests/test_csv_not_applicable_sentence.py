"""A CSV row that does not apply reads as one sentence: "Tidak berlaku karena DPRD belum
menyetujui; persetujuannya diperiksa pada REG-010: Bila DPRD sudah menyetujui, …", not
"Tidak berlaku: DPRD belum menyetujui; …: Bila DPRD …" — two colons in a row read as a list
of labels, not as why the statement does not apply (trust17 #8)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "signed-before-dprd-2021.yaml"
SAID = {"id": "Tidak berlaku karena ", "en": "Not applicable because "}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_inapplicable_csv_row_says_why_then_the_statement_in_one_sentence(lang):
    proposal = paracheck.load_proposal(str(EXAMPLE))
    a = paracheck.assess(proposal, as_of=proposal.date)
    checks = {c.rule_id: c for c in a.checks}
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang=lang))))
    inapplicable = [r for r in rows if checks[r["rule_id"]].not_applicable is not None]
    assert inapplicable, "the example has checks that do not apply"
    for row in inapplicable:
        check = checks[row["rule_id"]]
        why, statement = check.not_applicable.get(lang), check.statement.get(lang)
        assert row["title"] == f"{SAID[lang]}{why}: {statement}", row["rule_id"]
        # the status and its reason are one clause: no colon right after the status word
        assert not row["title"].startswith(("Tidak berlaku:", "Not applicable:"))
