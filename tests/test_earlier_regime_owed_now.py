"""The earlier-regime notice says what the rules of the date judged govern: what is owed on
that date (reporting, the evaluation, the renewal), not the years of implementation before
them (trial 16 #10: an MoU signed in 2012 and judged in 2025 read "Pelaksanaan sesudah
penandatanganan dinilai menurut PP 28/2018 dan Permendagri 25/2020", though its 2013-2020
implementation ran under Permendagri 3/2008)."""

from __future__ import annotations

import paracheck


def _regime_notice(signed: str, judged: str) -> paracheck.Localized:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": judged,
        "stage": "evaluation",
        "form": "sister_city",
        "local": {"name": "Kota Uji", "level": "city"},
        "partner": {"name": "X", "country": "AU", "level": "city"},
        "procedure": [{"step": "signing", "status": "done", "date": signed}],
    }
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    (notice,) = [n for n in a.notices if n.code == "signed_under_earlier_regime"]
    return notice.text


def test_a_2012_mou_judged_in_2025_has_only_what_is_owed_now_judged_under_the_new_rules():
    text = _regime_notice("2012-11-20", "2025-03-17")
    assert "Pelaksanaan sesudah penandatanganan dinilai" not in text.id
    assert "implementation after the signing is judged" not in text.en
    assert (
        "Yang dinilai menurut PP 28/2018 dan Permendagri 25/2020 ialah kewajiban yang masih "
        "berjalan pada tanggal penilaian: pelaporan, evaluasi, dan perpanjangan atau "
        "pengakhiran MoU"
    ) in text.id
    assert "pelaksanaan sebelum 22 Mei 2020 berlangsung menurut aturan yang berlaku saat itu" in (
        text.id
    )
    assert "what is still owed on the date judged: reporting, the evaluation" in text.en
    assert "the implementation before May 22, 2020 took place under the rules in force then" in (
        text.en
    )


def test_a_2019_mou_signed_while_pp_28_2018_ran_beside_permendagri_3_2008_reads_the_same():
    """Signed in 2019, when PP 28/2018 applied beside Permendagri 3/2008: the steps to the
    signing are judged by both, what is owed in 2023 by the present regime, and the
    implementation before 22 May 2020 is left to the rules of its day (not named as
    Permendagri 3/2008 alone)."""
    text = _regime_notice("2019-06-03", "2023-09-15")
    assert "(Permendagri 3/2008 dan PP 28/2018)" in text.id
    assert "Yang dinilai menurut PP 28/2018 dan Permendagri 25/2020 ialah kewajiban" in text.id
    assert "sebelum 22 Mei 2020 berlangsung menurut aturan yang berlaku saat itu" in text.id
    assert "Pelaksanaan sesudah penandatanganan" not in text.id
