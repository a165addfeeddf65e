"""Central-government approval became a step of its own with Permendagri 25/2020 (22 May
2020), but UU 23/2014 (Pasal 367(2), reported) required it from 2014. The procedure table
told an MoU signed in 2019 that the approval was "belum diwajibkan saat penandatanganan",
beside REG-011's own reason citing that law (wording review 23 A2). Between the two dates the
row says it was not a step of its own and where it was checked then; before UU 23/2014 the
row still says it was not yet required."""

from __future__ import annotations

import pytest

import paracheck


def _signed(day: str) -> paracheck.Proposal:
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Provinsi Uji – Provinsi Mitra\n"
        "date: 2026-02-16\n"  # assessed today: under PP 28/2018 and Permendagri 25/2020
        "stage: active\n"
        "form: sister_province\n"
        "local: {name: Provinsi Sulawesi Utara, level: province}\n"
        "partner: {name: Provinsi Mitra, country: PH, level: province, "
        "kind: regional_government}\n"
        "procedure:\n"
        f"  - {{step: signing, status: done, date: {day}}}\n"
    )


def _row(memo: str, label: str) -> str:
    return next(line for line in memo.splitlines() if line.startswith("| ") and label in line)


@pytest.mark.parametrize("day", ["2015-03-10", "2019-11-05", "2020-05-21"])
def test_central_approval_signed_under_uu_23_2014_is_not_called_not_yet_required(day):
    result = paracheck.assess(_signed(day))
    row = _row(paracheck.render(result, "markdown", "id"), "| Persetujuan pemerintah pusat |")
    assert "belum diwajibkan" not in row, row
    assert "UU 23/2014" in row and "menurut sumber sekunder" in row
    assert "konsultasi dengan Kemendagri" in row
    english = _row(paracheck.render(result, "markdown", "en"), "| Central government approval |")
    assert "not yet required" not in english and "UU 23/2014" in english, english
    html = paracheck.render(result, "html", "id")
    # the procedure table's row (REG-011's checklist row opens with the same words)
    cell = next(
        line
        for line in html.splitlines()
        if '<td class="num">' in line and "<td>Persetujuan pemerintah pusat" in line
    )
    assert "sudah wajib sejak UU 23/2014" in cell and "belum diwajibkan" not in cell, cell


def test_central_approval_signed_before_uu_23_2014_was_not_yet_required():
    result = paracheck.assess(_signed("2012-06-01"))
    row = _row(paracheck.render(result, "markdown", "id"), "| Persetujuan pemerintah pusat |")
    assert "belum diwajibkan saat penandatanganan" in row and "UU 23/2014" not in row


def test_central_approval_signed_under_permendagri_25_2020_is_simply_required():
    row = _row(
        paracheck.render(paracheck.assess(_signed("2021-03-01")), "markdown", "id"),
        "| Persetujuan pemerintah pusat |",
    )
    assert "| ya |" in row
