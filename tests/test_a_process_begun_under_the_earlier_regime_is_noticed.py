"""Steps done under Permendagri 3/2008 that lead to a signing under Permendagri 25/2020 get a
notice saying so (city 490 F7: Bukittinggi – Seremban, exploration in 2018 to the Kemendagri
consultation in March 2020, signed in November 2020; the memo asked the verification and
the central approval with no word that the process straddled 22 May 2020, while the mirror
case, an MoU signed before, has the notice signed_under_earlier_regime)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

CODE = "begun_under_earlier_regime"
BUKITTINGGI = Path(__file__).parent / "data" / "city490-bukittinggi-seremban-2021.yaml"


def _notice(result: paracheck.Assessment):
    return next((n for n in result.notices if n.code == CODE), None)


def _with_steps(steps: str, date: str = "2021-06-30", stage: str = "mou_signed"):
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\ntitle: T\n"
        f"date: {date}\nstage: {stage}\n"
        "local: {name: Kota Bukittinggi, level: city}\n"
        "partner: {name: Seremban, country: MY, level: city, kind: regional_government}\n"
        f"procedure:\n{steps}"
    )


def test_a_process_begun_in_2018_and_signed_in_november_2020_is_told_so():
    result = paracheck.assess(paracheck.load_proposal(str(BUKITTINGGI)))
    notice = _notice(result)
    assert notice is not None, [n.code for n in result.notices]
    assert notice.text.id == (
        "Langkah penjajakan, surat pernyataan kehendak (LoI), rencana kerja sama, persetujuan "
        "DPRD, dan konsultasi dengan Kemendagri tercatat selesai (yang terakhir pada 11 Maret "
        "2020) ketika Permendagri 3/2008 dan PP 28/2018 berlaku, sebelum Permendagri 25/2020 "
        "berlaku (22 Mei 2020). Karena penandatanganan MoU (12 November 2020) jatuh sesudahnya, "
        "langkah yang menurut Permendagri 25/2020 mendahului penandatanganan dinilai menurut "
        "aturan itu; karena itu verifikasi rencana kerja sama dan persetujuan pemerintah pusat "
        "diperiksa, meskipun urutan langkah Permendagri 3/2008 sebagaimana dipraktikkan (menurut "
        "sumber sekunder) tidak memuatnya sebagai langkah tersendiri."
    )
    assert notice.text.en.startswith(
        "These steps were recorded done (the last on March 11, 2020) while Permendagri 3/2008 "
        "and PP 28/2018 applied"
    )
    assert "central-government approval are checked" in notice.text.en
    assert notice.short is not None
    assert notice.short.id == "proses dimulai ketika Permendagri 3/2008 dan PP 28/2018 berlaku"
    memo = paracheck.render(result, "text", "id")
    assert "sebelum Permendagri 25/2020 berlaku (22 Mei 2020)" in " ".join(memo.split())


def test_a_process_still_before_its_signing_is_told_the_signing_comes_after():
    steps = "  - {step: letter_of_intent, status: done, date: 2019-07-19}\n"
    notice = _notice(paracheck.assess(_with_steps(steps, stage="proposal")))
    assert notice is not None
    assert "penandatanganan MoU belum tercatat dan akan jatuh sesudahnya" in notice.text.id
    assert "ketika Permendagri 3/2008 dan PP 28/2018 berlaku" in notice.text.id


@pytest.mark.parametrize(
    "steps",
    [
        # signed before 22 May 2020: the notice signed_under_earlier_regime's case
        "  - {step: letter_of_intent, status: done, date: 2019-07-19}\n"
        "  - {step: signing, status: done, date: 2020-03-01}\n",
        # every step done under the chosen regime
        "  - {step: letter_of_intent, status: done, date: 2020-07-19}\n"
        "  - {step: signing, status: done, date: 2020-11-12}\n",
        # a step before it not done: nothing was taken under the earlier regime
        "  - {step: letter_of_intent, status: in_progress, date: 2019-07-19}\n"
        "  - {step: signing, status: done, date: 2020-11-12}\n",
        # the steps the regime added before the signing are done: nothing to explain
        "  - {step: letter_of_intent, status: done, date: 2019-07-19}\n"
        "  - {step: verification, status: done, date: 2020-08-01}\n"
        "  - {step: central_approval, status: done, date: 2020-10-01}\n"
        "  - {step: signing, status: done, date: 2020-11-12}\n",
        # only the initiative, a step new to the regime that comes first, before it
        "  - {step: initiative, status: done, date: 2020-03-02}\n"
        "  - {step: verification, status: done, date: 2020-08-01}\n"
        "  - {step: central_approval, status: done, date: 2020-10-01}\n"
        "  - {step: signing, status: done, date: 2020-11-12}\n",
        # only the initiative before it, a step the earlier regime did not have (review 491 L9)
        "  - {step: initiative, status: done, date: 2020-03-02}\n"
        "  - {step: signing, status: done, date: 2020-11-12}\n",
    ],
)
def test_no_such_notice_where_nothing_straddles_the_change(steps: str):
    assert _notice(paracheck.assess(_with_steps(steps))) is None


def test_no_such_notice_under_the_earliest_pack():
    steps = "  - {step: letter_of_intent, status: done, date: 2007-07-19}\n"
    result = paracheck.assess(_with_steps(steps, date="2009-06-30", stage="proposal"))
    assert result.pack.name == "permendagri-3-2008"
    assert _notice(result) is None
