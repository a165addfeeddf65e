"""A batch's summary row says when the MoU was signed and when its term ended, not
"MoU ditandatangani menurut aturan lama; masa berlaku MoU berakhir" (wording review 18 A9:
read as signed in accordance with the old rules, and as ended or ending)."""

from __future__ import annotations

import paracheck
from paracheck.batch import Summary
from paracheck.facts.model import Proposal
from paracheck.report import view


def _lapsed_2016_mou() -> paracheck.Assessment:
    proposal = Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Sumatera Barat – Gyeongsangbuk-do",
            "date": "2024-03-15",
            "stage": "evaluation",
            "local": {"name": "Provinsi Sumatera Barat", "level": "province"},
            "agreement": {"expires": "2021-05-11"},
            "procedure": [{"step": "signing", "status": "done", "date": "2016-05-12"}],
        }
    )
    return paracheck.assess(proposal)


def test_a_summary_row_says_under_which_rules_the_mou_was_signed_and_when_it_ended():
    s = Summary.of(_lapsed_2016_mou())
    said = view.summary_risks(s.top_risks, s.notices, "id", s.notes)
    assert "MoU ditandatangani ketika Permendagri 3/2008 berlaku" in said
    assert "masa berlaku MoU telah berakhir (11 Mei 2021)" in said
    assert "aturan lama" not in said
    english = view.summary_risks(s.top_risks, s.notices, "en", s.notes)
    assert "MoU expired (May 11, 2021)" in english


def test_a_summary_without_the_assessments_short_words_still_reads_plainly():
    # a row rebuilt from a document written before the notices carried short words
    said = view.summary_risks((), ("mou_expired", "signed_under_earlier_regime"), "id")
    assert "masa berlaku MoU telah berakhir" in said
    assert "aturan lama" not in said
