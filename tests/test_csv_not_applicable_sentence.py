"""A CSV row that does not apply says its status with the reason in brackets, then the
statement: "Tidak berlaku (DPRD belum menyetujui; persetujuannya diperiksa pada REG-010) — Bila
DPRD sudah menyetujui, …", not "Tidak berlaku: DPRD belum menyetujui; …: Bila DPRD …" — two
colons in a row read as a list of labels (trust17 #8) — nor "Tidak berlaku karena …; …: Bila
…", where the reason and the statement ran together (wording review 18 C14)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "signed-before-dprd-2021.yaml"
SAID = {"id": "Tidak berlaku", "en": "Not applicable"}


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
        assert row["title"] == f"{SAID[lang]} ({why}) — {statement}", row["rule_id"]
        # the status and its reason are one clause: no colon right after the status word
        assert not row["title"].startswith(("Tidak berlaku:", "Not applicable:"))


def test_a_partner_that_pays_nothing_is_said_one_way_in_every_pack():
    # wording review 18 C14: BUD-002 "mitra asing tidak ikut mendanai" beside REG-033 "mitra
    # tidak ikut mendanai" for the same fact
    from paracheck.rules.loader import load_pack

    said = set()
    for name in ("pp28-2018", "permendagri-3-2008"):
        for rule in load_pack(name).rules:
            if rule.id in ("BUD-002", "REG-033") and rule.applies_when is not None:
                said.add((rule.applies_when.otherwise.id, rule.applies_when.otherwise.en))
    assert said == {
        (
            "sumber dana yang dicantumkan tidak mencakup dana mitra",
            "the sources of funds given do not include the partner's",
        )
    }
