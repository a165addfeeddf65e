"""The Saran's next step is a stage of the work, worded per step as data, not the document
the step yields with its first letter lowered (words19 B5: "Usulan dapat diteruskan ke surat
Kuasa dari Menteri Luar Negeri …", a letter and "Surat Kuasa" lower-cased; "… ke surat
pernyataan kehendak (LoI)")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report import view
from paracheck.report.advice import _decision
from paracheck.report.messages import MESSAGES
from tests.test_saran_next_step import BASE

#: the steps of every regime paracheck ships
STEPS = sorted({s for name in paracheck.pack_names() for s in view._pack_steps(name)})


def _decided(done_until: str, lang: str = "id", **extra: Any) -> str:
    """The Saran's decision for a proposal whose steps are done up to ``done_until`` and
    pending after it, in the regime's order."""
    a0 = paracheck.assess(Proposal.model_validate({**copy.deepcopy(BASE), **extra}))
    order = list(view._pack_steps(a0.pack.name))
    at = order.index(done_until)
    data = {**copy.deepcopy(BASE), **extra}
    data["procedure"] = [
        {"step": s, "status": "done" if i <= at else "pending"} for i, s in enumerate(order)
    ]
    return _decision(paracheck.assess(Proposal.model_validate(data)), lang, False)


def test_a_proposal_is_taken_on_to_the_request_for_full_powers_not_to_the_letter():
    # in 2019: Full Powers are a step of Permendagri 3/2008 as practised (trial29 M2)
    said = _decided("agreement_drafting", date="2019-06-01")
    assert "diteruskan ke permohonan Surat Kuasa kepada Menteri Luar Negeri" in said, said
    assert "surat Kuasa" not in said


def test_under_permendagri_25_2020_central_approval_is_followed_by_the_signing():
    # its order of steps has no Full Powers (trial29 M2)
    said = _decided("central_approval")
    assert "Surat Kuasa" not in said and "penandatanganan MoU" in said, said


def test_a_proposal_is_taken_on_to_drawing_up_and_signing_the_letter_of_intent():
    said = _decided("exploration")
    assert "diteruskan ke penyusunan dan penandatanganan surat pernyataan kehendak (LoI)" in said, (
        said
    )


@pytest.mark.parametrize("step", STEPS)
def test_every_step_a_regime_lists_has_its_phrase_in_both_languages(step):
    assert f"step_next.{step}" in MESSAGES
    phrase_id, phrase_en = MESSAGES[f"step_next.{step}"]
    assert phrase_id and phrase_en
    # lower-case inside the sentence; a term keeps its capitals ("Surat Kuasa", "DPRD")
    assert phrase_id[:1].islower()
    # the verification is named by what is verified: no source names its verifier
    assert "oleh Kemendagri" not in phrase_id and "by Kemendagri" not in phrase_en
