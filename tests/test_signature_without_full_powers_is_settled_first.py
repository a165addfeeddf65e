"""An MoU signed by an official who is neither the head of region nor named in the Full
Powers (REG-044): the plan says the consultation with Kemlu on whether it stands, and on
signing again, comes now, before the next implementing agreement (PKS) is drafted on that
signature; it read as due "pada tahapnya", after the PKS (wording review 23 A3). The advice
names what the file says: a Surat Kuasa may exist, issued to someone else, so "pejabat tanpa
Surat Kuasa" was not the case."""

from __future__ import annotations

import pytest

import paracheck

SAID = {
    "id": ("Segera, sebelum perjanjian kerja sama (PKS) berikutnya disusun", "Kemlu"),
    "en": ("Now, before the next implementing agreement (PKS) is drafted", "Kemlu"),
}


def _signed_by_another(stage: str) -> paracheck.Proposal:
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Kabupaten Uji – Kyotango-shi\n"
        "date: 2025-11-20\n"
        f"stage: {stage}\n"
        "form: sister_city\n"
        "local: {name: Kabupaten Banyuwangi, level: regency}\n"
        "partner: {name: Kyotango-shi, country: JP, level: city, kind: regional_government}\n"
        "agreement: {signatory: other_official}\n"
        "procedure:\n"
        "  - {step: full_powers, status: done, date: 2025-08-11}\n"
        "  - {step: signing, status: done, date: 2025-09-01}\n"
    )


@pytest.mark.parametrize("stage", ["mou_signed", "active"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_kemlu_consultation_on_the_signature_comes_before_the_next_pks(stage, lang):
    result = paracheck.assess(_signed_by_another(stage))
    assert next(c for c in result.checks if c.rule_id == "REG-044").status == "risk"
    memo = paracheck.render(result, "markdown", lang)
    # the plan's line for REG-044 (the first screen names REG-044 too, since it shows the
    # Saran's opening condition beside its decision, but within a sentence)
    plan = memo.splitlines()
    at = next(i for i, line in enumerate(plan) if line.endswith("(REG-044)"))
    assert all(words in plan[at] for words in SAID[lang]), plan[at]
    if lang == "id":
        assert "tanpa Surat Kuasa" not in plan[at]
        assert "bukan Bupati dan tidak tercantum dalam Surat Kuasa" in plan[at]
