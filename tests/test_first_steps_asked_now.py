"""A proposal whose file lists no procedure step: its first steps are asked now, and its Saran
names the way forward without claiming to know where the proposal stands (newcomer trial 20,
findings 12 and 12b).

The trial's Tarakan–Tawau probe without a ``procedure`` list was asked the status of the
initiative, the exploration and the letter of intent "later, at the MoU signed stage", while
REG-017 and REG-018, which those answers settle, were open now (the domain table counted them
as unknown); and its Saran read "Usulan dapat diteruskan dengan syarat …", saying to what no
more than the file did."""

from __future__ import annotations

import copy
from typing import Any

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report import view
from paracheck.report.advice import _decision

BASE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Uji",
    "date": "2026-11-20",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {
        "name": "Municipality X",
        "country": "MY",
        "level": "municipality",
        "kind": "regional_government",
    },
}

#: the steps a proposal takes before its plan: their checks (REG-017, REG-018) are open at the
#: proposal stage while the file lists none of them
FIRST_STEPS = ("initiative", "exploration", "letter_of_intent")


def _assess(procedure: list[dict[str, Any]] | None = None, **more: Any) -> paracheck.Assessment:
    data = copy.deepcopy(BASE)
    data.update(more)
    if procedure is not None:
        data["procedure"] = procedure
    return paracheck.assess(Proposal.model_validate(data))


def _later_by_step(a: paracheck.Assessment, lang: str) -> dict[str, str]:
    """Step → what the memo's question on its status says of when it is asked ("" = now)."""
    step_of = {
        q.text.get(lang): q.path.split(".")[1]
        for q in a.questions
        if q.path.startswith("procedure.")
    }
    return {
        step_of[g["text"]]: g["later"]  # type: ignore[index]
        for g in view.question_groups(a, lang)
        if g["text"] in step_of
    }


def test_the_first_steps_of_a_file_that_lists_none_are_asked_now():
    a = _assess()
    open_now = {c.rule_id for c in a.checks if c.status == "unknown"}
    assert {"REG-017", "REG-018"} <= open_now
    for lang in ("id", "en"):
        later = _later_by_step(a, lang)
        assert all(step in later for step in FIRST_STEPS), later
        assert [s for s in FIRST_STEPS if later[s]] == [], later
        # the signing date still waits for its stage: no check it settles is due before it
        assert later["signing"], later


def test_only_the_signing_and_the_steps_after_it_are_asked_later():
    """Over the examples, the calibration set and generated proposals: a step before the
    signing may be taken while the proposal is still a proposal, and a question on it settles
    a check open now; only the signing and what follows it wait for their stage."""
    from tests.test_advice import corpus

    wrong = []
    for a in corpus():
        steps = [entry.step for entry in a.procedure]
        if "signing" not in steps:
            continue
        before = set(steps[: steps.index("signing")])
        later = _later_by_step(a, "id")
        wrong += [(a.proposal.title, s) for s, when in later.items() if when and s in before]
    assert not wrong, wrong[:10]


def _saran(a: paracheck.Assessment, lang: str) -> str:
    """The Saran's decision sentence as it is made for a judged proposal (BASE leaves the
    verdict "incomplete", whose Saran names no step at all)."""
    return _decision(a, lang, False)


def test_the_saran_of_a_file_that_lists_no_step_names_the_first_step_and_what_to_record():
    """No record says any step is done, so the proposal goes on to the regime's first step,
    named (trial 27, C3: "… ke langkah prosedur pertama yang belum ditempuh" named none),
    with the file's silence said and what to record if a step was taken."""
    a = _assess()
    first = _saran(a, "id")
    step = view.step_phrase(a.procedure[0].step, "id")
    assert first.startswith(f"Usulan dapat diteruskan ke {step} ("), first
    assert "berkas belum mencantumkan satu pun langkah prosedur" in first, first
    assert "sudah ditempuh, cantumkan lebih dulu statusnya" in first, first
    en = _saran(a, "en")
    assert view.step_phrase(a.procedure[0].step, "en") in en, en
    assert "the file lists no procedure step yet" in en, en


def test_a_form_without_steps_is_not_called_a_file():
    """A proposal filled in on the web form has no file: the sentence speaks of the form
    (trial 27, C3: "berkas belum mencantumkan …" on a form's Saran)."""
    a = _assess()
    a = a.model_copy(update={"proposal": a.proposal.model_copy(update={"source": "formulir"})})
    first = _saran(a, "id")
    assert "berkas" not in first, first
    assert "belum ada langkah prosedur yang diisi pada formulir" in first, first
    a = a.model_copy(update={"proposal": a.proposal.model_copy(update={"source": "form"})})
    assert "filled in on the form" in _saran(a, "en")


def test_a_file_that_lists_a_step_is_not_told_it_lists_none():
    first = _saran(_assess([{"step": "initiative", "status": "done"}]), "id")
    assert "belum mencantumkan" not in first and "mulai dari" not in first, first
