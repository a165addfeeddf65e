"""An assignment in the Saran says "risiko tersebut" / "those risks" only right after the
sentence that named the risks (wording review 26 B2: "Dinas Pariwisata Kota Padang
ditugaskan menindaklanjuti risiko tersebut" came after the sentence on the PKS of unknown
status, which named no risk). The assignment now comes right after the decision, before the
steps to confirm and the questions to answer first, so the risks are named once (newcomer
trial 23's v6 named REG-023 in the decision and again in the assignment two sentences on)."""

from __future__ import annotations

import copy
import re
from itertools import pairwise
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report.advice import advice
from tests.test_advice import corpus

_STEPS = (
    "initiative",
    "exploration",
    "letter_of_intent",
    "cooperation_plan",
    "dprd_approval",
    "verification",
    "agreement_drafting",
    "central_approval",
    "full_powers",
    "signing",
)
#: a running partnership with a sector that has no programme (IMP-002, high) and whose
#: implementing agreement has a status the file does not know
ACTIVE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kota Uji – Mokpo",
    "date": "2026-11-20",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {"name": "Mokpo-si", "country": "KR", "level": "city"},
    "sectors": [{"name": "tourism", "lead_agency": "Dinas Pariwisata Kota Uji", "programs": []}],
    "procedure": [
        *(
            {"step": s, "status": "done", "date": f"2024-0{1 + i // 2}-1{i % 2}"}
            for i, s in enumerate(_STEPS)
        ),
        {"step": "implementing_agreement", "status": "unknown"},
    ],
    "agreement": {"signatory": "full_powers_holder", "expires": "2029-08-18"},
}
#: the words pointing back at the risks the sentence before named, by language
BACK = {"id": "risiko tersebut", "en": ("those risks", "that risk")}
#: a sentence naming risks: "satu risiko tinggi (IMP-002)" / "1 high risk (IMP-002)"
#: or, a list of more than three, by their themes: "lima risiko tinggi tentang pelaksanaan
#: program, …" / "five high risks concerning programme delivery, …" (fix33c), in a decision
#: by theme with each theme's count, "lima risiko tinggi di bidang pelaksanaan program (dua),
#: …" / "five high risks in programme delivery (two), …", or of several severities "enam
#: risiko (empat tinggi dan dua sedang) di bidang …" / "six risks (four high and two medium)
#: in …" (reviews 180, 200)
NAMES_RISKS = re.compile(
    r"\((?:[A-Z]+-\d{3})(?:, [A-Z]+-\d{3})*\)|risiko (?:\w+ )?tentang |risks concerning "
    r"|risiko (?:\w+ )?di bidang |risks in |risiko \([^)]*\) di bidang |risks \([^)]*\) in "
)


def _points_back(item: str, lang: str) -> bool:
    back = BACK[lang]
    return any(w in item for w in ((back,) if isinstance(back, str) else back))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_assignment_follows_the_decision_and_the_risks_are_named_once(lang: str) -> None:
    """The assignment comes right after the decision that named the risks and points back
    to them; the step to confirm follows it. Placed after that step, the assignment named
    the risks a second time (newcomer trial 23's v6: "satu risiko tinggi (REG-023)" in the
    decision and again two sentences on)."""
    a = paracheck.assess(Proposal.model_validate(copy.deepcopy(ACTIVE)))
    items = advice(a, lang)
    assert a.verdict == "high_risk" and "IMP-002" in items[0]
    confirm = next(i for i, s in enumerate(items) if "PKS" in s or "implementing agreement" in s)
    assign = next(i for i, s in enumerate(items) if "Dinas Pariwisata Kota Uji" in s)
    # the decision names the office itself (review 310, 13): no item points back to it
    assert assign == 0 and confirm > assign, items
    assert not any(_points_back(item, lang) for item in items), items
    assert sum("IMP-002" in s for s in items) == 1, items


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_points_back_only_to_the_sentence_that_named_the_risks(lang: str) -> None:
    """Across the examples, the calibration files and generated proposals: every sentence
    saying "risiko tersebut" follows one that names risks by their codes or, a long list in
    a decision, by their themes; and the form is still used where it does (the check is not
    vacuous)."""
    pointing = 0
    for a in corpus():
        items = advice(a, lang)
        for before, item in pairwise(items):
            if _points_back(item, lang):
                pointing += 1
                assert NAMES_RISKS.search(before), (a.proposal.title, before, item)
        assert not _points_back(items[0], lang), items[0]
    assert pointing > 0
