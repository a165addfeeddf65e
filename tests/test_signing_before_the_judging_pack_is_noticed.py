"""An MoU signed before the pack that judges it came into force gets the notice that says so,
whichever pack judges it. A 2007 signing judged in 2022 (PP 28/2018 and Permendagri 25/2020)
read "Penandatanganan itu juga mendahului Permendagri 3/2008 …" and its batch row the note
"MoU ditandatangani sebelum Permendagri 3/2008 berlaku"; judged in 2009 under Permendagri
3/2008 itself it read nothing, because the notice was built only for a pack with a
predecessor — while the memo cited Permendagri 3/2008 Pasal 5 for a partner chosen in 2007
and the procedure table said "belum diwajibkan" with no word why (newcomer trial 25, M1)."""

from __future__ import annotations

import paracheck
from tests.madiun_omuta import DPRD_APPROVED, madiun_omuta

CODE = "signed_under_earlier_regime"


def _madiun(signed: str, judged: str) -> paracheck.Proposal:
    return madiun_omuta(signed, judged, before=DPRD_APPROVED)


def _notice(result: paracheck.Assessment):
    return next((n for n in result.notices if n.code == CODE), None)


def test_a_2007_signing_judged_under_permendagri_3_2008_is_told_it_came_before_it():
    result = paracheck.assess(_madiun("2007-10-05", "2009-06-15"))
    assert result.pack.name == "permendagri-3-2008"
    notice = _notice(result)
    assert notice is not None, [n.code for n in result.notices]
    assert notice.text.id.startswith(
        "MoU ditandatangani pada 5 Oktober 2007, sebelum Permendagri 3/2008 berlaku (2008)."
    ), notice.text.id
    assert notice.text.en.startswith(
        "The MoU was signed on October 5, 2007, before Permendagri 3/2008 came into force (2008)."
    ), notice.text.en
    for said in (notice.text.id, notice.text.en):
        # the pack's start is known by its year only: its stand-in day is never said
        assert "1 Januari 2008" not in said and "January 1, 2008" not in said, said
    assert "tidak dituntut menurut aturan yang terbit sesudahnya" in notice.text.id
    assert "not asked for under rules made after it" in notice.text.en
    assert (notice.short.id, notice.short.en) == (
        "MoU ditandatangani sebelum Permendagri 3/2008 berlaku",
        "MoU signed before Permendagri 3/2008",
    )
    memo = paracheck.render(result, "markdown", "id")
    assert "sebelum Permendagri 3/2008 berlaku (2008)" in memo
    saran = memo[memo.index("## Saran") :]
    assert "baru diwajibkan aturan yang terbit sesudahnya tidak dituntut" in saran, saran


def test_the_same_notice_judged_under_pp_28_2018_still_names_permendagri_3_2008():
    notice = _notice(paracheck.assess(_madiun("2007-10-05", "2022-06-15")))
    assert notice is not None and "juga mendahului Permendagri 3/2008" in notice.text.id
    assert notice.short.id == "MoU ditandatangani sebelum Permendagri 3/2008 berlaku"


def test_a_signing_under_permendagri_3_2008_gets_no_such_notice():
    assert _notice(paracheck.assess(_madiun("2008-10-05", "2009-06-15"))) is None


def test_a_proposal_dated_before_every_pack_is_told_that_instead():
    result = paracheck.assess(_madiun("2005-12-21", "2005-12-21"))
    assert _notice(result) is None
    assert "no_pack_for_date" in [n.code for n in result.notices]


def test_what_is_owed_now_is_said_under_the_regime_of_the_date_judged_with_pp_28_2018():
    result = paracheck.assess(_madiun("1994-11-09", "2019-10-15"))
    notice = _notice(result)
    assert notice is not None
    assert "Yang dinilai menurut Permendagri 3/2008 dan PP 28/2018 ialah" in notice.text.id
    assert "What is judged under Permendagri 3/2008 and PP 28/2018 is" in notice.text.en
    saran = paracheck.render(result, "markdown", "id").split("## Saran", 1)[1]
    assert "ditempuh menurut Permendagri 3/2008 dan PP 28/2018." in saran, saran
