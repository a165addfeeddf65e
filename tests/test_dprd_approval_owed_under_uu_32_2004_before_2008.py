"""DPRD approval of a region's international cooperation plan was a statutory power under
UU 32/2004 Pasal 42(1)(g) (reported; in force from 15 October 2004 to October 2014), not only
a step of Permendagri 3/2008's practice. An MoU signed in 2007 without it got no finding: the
procedure table said "tidak (belum diwajibkan saat penandatanganan)" and REG-010 and REG-020
vanished, so an evaluator read "dapat dilanjutkan" (newcomer trial 25, W1). For a signing
between UU 32/2004 and Permendagri 3/2008 the step and both checks are owed, citing the law
alone, with its confidence ("menurut sumber sekunder"); UU 24/2000's steps stay required;
the steps that rest only on Permendagri 3/2008's practice are still not asked for."""

from __future__ import annotations

import re

import pytest

import paracheck
from tests.madiun_omuta import madiun_omuta


def _madiun(signed: str, judged: str, dprd: str = "") -> paracheck.Proposal:
    """The Madiun–Ōmuta original MoU of the trial (p3b), its DPRD step as given."""
    return madiun_omuta(
        signed,
        judged,
        before="  - {step: exploration, status: done, date: 2006-11-01}\n"
        "  - {step: letter_of_intent, status: done, date: 2007-02-14}\n"
        f"{dprd}"
        "  - {step: full_powers, status: unknown}\n",
        after="  - {step: reporting, status: pending}\n",
    )


def _check(result: paracheck.Assessment, rule_id: str):
    return next((c for c in result.checks if c.rule_id == rule_id), None)


def _row(memo: str, label: str) -> str:
    """The procedure table's row of a step (``| n | label | Wajib | …``)."""
    return next(
        line for line in memo.splitlines() if re.match(rf"\| \d+ \| {re.escape(label)}", line)
    )


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip("|").split("|")]


@pytest.mark.parametrize("judged", ["2009-06-15", "2022-06-15"])
def test_mou_signed_in_2007_without_dprd_approval_is_a_high_risk_under_uu_32_2004(judged):
    result = paracheck.assess(_madiun("2007-10-05", judged))
    check = _check(result, "REG-010")
    assert check is not None, "REG-010 vanished for a 2007 signing"
    assert check.status == "risk" and check.severity == "high"
    refs = [s.ref for s in check.sources]
    assert refs == ["UU 32/2004 Pasal 42(1)(g)"], refs  # the law alone, not 3/2008's practice
    assert all(s.confidence == "medium" for s in check.sources)
    assert "UU 32/2004 Pasal 42 ayat (1) huruf g" in check.why.id
    assert "Menurut sumber sekunder" in check.why.id and "Reportedly" in check.why.en
    for lang in ("id", "en"):
        said = getattr(check.why, lang)
        assert "Permendagri 3/2008" not in said and "UU 23/2014" not in said, said
    for lang, label, yes in (("id", "Persetujuan DPRD", "ya"), ("en", "DPRD approval", "yes")):
        cells = _cells(_row(paracheck.render(result, "markdown", lang), label))
        assert cells[2] == yes, cells  # "Wajib": required, not "belum diwajibkan"


def test_mou_signed_in_2007_before_its_dprd_approval_is_reg_020s_finding():
    dprd = "  - {step: dprd_approval, status: done, date: 2007-12-01}\n"
    result = paracheck.assess(_madiun("2007-10-05", "2009-06-15", dprd))
    check = _check(result, "REG-020")
    assert check is not None and check.status == "risk"
    assert [s.ref for s in check.sources] == ["UU 32/2004 Pasal 42(1)(g)"]
    assert "Permendagri 3/2008" not in check.why.id and "UU 32/2004" in check.why.id


def test_dprd_approval_before_a_2007_signing_clears_both_checks():
    dprd = "  - {step: dprd_approval, status: done, date: 2007-06-20}\n"
    result = paracheck.assess(_madiun("2007-10-05", "2009-06-15", dprd))
    assert _check(result, "REG-010").status == "clear"
    assert _check(result, "REG-020").status == "clear"


def test_uu_24_2000_steps_stay_required_and_3_2008_practice_is_not_asked_of_a_2007_signing():
    result = paracheck.assess(_madiun("2007-10-05", "2009-06-15"))
    memo = paracheck.render(result, "markdown", "id")
    assert _cells(_row(memo, "Penyusunan naskah"))[2] == "ya"
    # Full Powers: a step of the 2008 practice (trial29 M2), UU 24/2000 only defines them
    labels = ("Rencana kerja sama", "Konsultasi dengan Kemendagri")
    for label in (*labels, "Surat Kuasa dari Menteri Luar Negeri"):
        assert "belum diwajibkan saat penandatanganan" in _cells(_row(memo, label))[2], label
    for rule_id in ("REG-011", "REG-014"):  # counted, as not applicable on that date
        check = _check(result, rule_id)
        assert check.status == "clear" and check.not_applicable is not None, rule_id
        assert check.not_applicable.id.startswith("Permendagri 3/2008 belum berlaku"), rule_id


def test_a_signing_before_uu_32_2004_is_still_not_asked_for_dprd_approval():
    result = paracheck.assess(_madiun("2003-09-01", "2009-06-15"))
    for rule_id in ("REG-010", "REG-020"):  # counted, as not applicable on that date
        check = _check(result, rule_id)
        assert check.status == "clear" and check.not_applicable is not None, rule_id
        # 2003 is before UU 32/2004 whatever its day (the day alone is from a secondary
        # source: hedged only within 2004, attack 400 L1)
        assert check.not_applicable.id == (
            "UU 32/2004 belum berlaku pada tanggal penandatanganan"
        ), check.not_applicable.id
    within = paracheck.assess(_madiun("2004-09-01", "2009-06-15"))
    check = _check(within, "REG-010")
    assert check.not_applicable is not None
    assert check.not_applicable.id == (
        "menurut sumber sekunder, UU 32/2004 belum berlaku pada tanggal penandatanganan"
    )
    row = _row(paracheck.render(result, "markdown", "id"), "Persetujuan DPRD")
    assert "belum diwajibkan saat penandatanganan" in row, row
