"""REG-047's advice, where the plan changed after the verification, sends the question of a
new verification to the body that carried it out, not to "Kemendagri": REGULATION.md does not
say who verifies, and the memo must not name a ministry it cannot stand behind (wording review
23 B13, words20 B3)."""

from __future__ import annotations

import paracheck


def _proposal() -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": "2025-03-17",
        "stage": "proposal",
        "local": {"name": "Kabupaten Banyuwangi", "level": "regency"},
        "procedure": [{"step": "verification", "status": "done", "date": "2025-01-10"}],
    }


def test_the_memo_asks_the_body_that_verified_whether_to_verify_again():
    result = paracheck.assess(paracheck.Proposal.model_validate(_proposal()))
    assert next(c for c in result.checks if c.rule_id == "REG-047").status == "risk"
    memo = paracheck.render(result, "markdown", "id")
    asked = "tanyakan kepada instansi yang melakukan verifikasi apakah verifikasi perlu diulang"
    assert asked in memo
    assert "tanyakan kepada Kemendagri apakah verifikasi" not in memo
    english = paracheck.render(result, "markdown", "en")
    assert "ask the body that carried out the verification whether" in english
    assert "ask Kemendagri whether it must be verified again" not in english
