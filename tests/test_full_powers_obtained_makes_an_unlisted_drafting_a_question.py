"""Full Powers are issued to sign a given text (UU 24/2000 Pasal 1(3)); in Permendagri
3/2008's practice, after the draft was discussed with Kemlu (REGULATION.md, procedure steps
6 and 7). A file that records them obtained but leaves the drafting step out does not show
that the text never went to Kemlu: REG-019 asks the step's status instead of finding a
certain high risk, and its reason says the file does not record the consultation, never
that the text was signed "tanpa konsultasi" (practitioner trial 32 W3, M9: one unlisted line
made a sound 2017 MoU "Risiko tinggi")."""

from __future__ import annotations

import pytest

import paracheck


def _ntt(steps: str, signed: str = "2017-11-20") -> paracheck.Proposal:
    """Trial 32's P2: a sister province signed in 2017, judged under Permendagri 3/2008."""
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Provinsi NTT – Western Australia\n"
        "date: 2019-09-10\n"
        "stage: active\n"
        "form: sister_province\n"
        "local: {name: Provinsi Nusa Tenggara Timur, level: province}\n"
        "partner: {name: Western Australia, country: AU, level: province,"
        " kind: regional_government}\n"
        "procedure:\n"
        "  - {step: dprd_approval, status: done, date: 2017-06-10}\n"
        f"{steps}"
        f"  - {{step: signing, status: done, date: {signed}}}\n"
        "agreement: {signatory: head_of_region, expires: 2022-11-19}\n"
    )


def _reg019(result: paracheck.Assessment) -> paracheck.Check:
    return next(c for c in result.checks if c.rule_id == "REG-019")


def test_full_powers_obtained_make_the_unlisted_drafting_a_question():
    result = paracheck.assess(_ntt("  - {step: full_powers, status: done, date: 2017-10-25}\n"))
    assert result.pack.name == "permendagri-3-2008"
    check = _reg019(result)
    assert check.status == "unknown"
    assert any("agreement_drafting" in path for path in check.missing)


@pytest.mark.parametrize(
    "steps",
    [
        "",  # no Full Powers recorded: nothing in the file suggests Kemlu had the text
        "  - {step: full_powers, status: pending}\n",
        # listed as not finished: the file says so itself
        "  - {step: agreement_drafting, status: in_progress}\n"
        "  - {step: full_powers, status: done, date: 2017-10-25}\n",
    ],
)
def test_without_that_evidence_the_unlisted_or_unfinished_drafting_stays_a_risk(steps):
    assert _reg019(paracheck.assess(_ntt(steps))).status == "risk"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_reason_says_what_the_file_records_not_that_kemlu_was_skipped(lang):
    check = _reg019(paracheck.assess(_ntt("")))
    why = check.why.get(lang)
    assert {"id": "tidak mencatat", "en": "does not record"}[lang] in why
    assert {"id": "tanpa konsultasi itu", "en": "signed without that consultation"}[lang] not in why


def test_central_approval_alone_does_not_presume_kemlu_saw_the_text():
    """PP 28/2018's analogue: central approval coordinated by Kemendagri shows Kemendagri had
    the text, not Kemlu, whose consultation REG-019 asks (UU 24/2000 Pasal 5(1)); the finding
    stays certain there."""
    result = paracheck.assess(
        paracheck.load_proposal_text(
            "schema: paracheck/proposal/v1\n"
            "title: Kota Uji – Kota Mitra\n"
            "date: 2022-03-01\n"
            "stage: active\n"
            "form: sister_city\n"
            "local: {name: Kota Bitung, level: city}\n"
            "partner: {name: Kota Mitra, country: JP, level: city, kind: regional_government}\n"
            "procedure:\n"
            "  - {step: dprd_approval, status: done, date: 2021-02-10}\n"
            "  - {step: central_approval, status: done, date: 2021-04-01}\n"
            "  - {step: signing, status: done, date: 2021-04-20}\n"
        )
    )
    assert result.pack.name == "pp28-2018"
    assert _reg019(result).status == "risk"
