"""A lapsed MoU's Saran names the statutory approvals a new MoU takes again, as an MoU ending
within months does (ministry 450 M5): a renewal's memo never said that the new MoU goes back
to the DPRD and to the central government (dprd462 M2: Sulawesi Tengah – Hainan, ended 11 May
2020, judged 20 July 2022)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "dprd462-sulteng-hainan-renewal-2022.yaml"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "menyusun MoU baru melalui tahapan kerja sama menurut PP 28/2018 dan Permendagri "
            "25/2020, termasuk persetujuan DPRD dan persetujuan pemerintah pusat, atau "
            "mengakhiri kerja sama secara resmi",
        ),
        ("en", "and the central government's approval among them, and a formal end"),
    ],
)
def test_the_lapsed_mous_saran_names_the_dprd_and_central_approvals(lang, said) -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    assert any(n.code == "mou_expired" for n in a.notices)
    from paracheck.report.advice import advice

    assert said in " ".join(" ".join(advice(a, lang)).split())


def test_a_lapsed_mou_judged_in_2019_names_the_approval_of_its_day_only() -> None:
    """Judged in 2019 (Permendagri 3/2008 as practised, PP 28/2018 beside it), the approval
    the pack holds statutory on that day is the DPRD's alone: the central approval of
    Permendagri 25/2020 is not named before its day."""
    text = (
        FILE.read_text("utf-8")
        .replace("date: 2022-07-20", "date: 2019-07-20")
        .replace("expires: 2020-05-11", "expires: 2018-05-11")
    )
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    from paracheck.report.advice import advice

    said = " ".join(" ".join(advice(a, "id")).split())
    assert (
        "menyusun MoU baru melalui tahapan kerja sama menurut Permendagri 3/2008 dan PP 28/2018, "
        "termasuk persetujuan DPRD, atau mengakhiri kerja sama secara resmi"
    ) in said
