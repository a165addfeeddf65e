"""The question to ask for a missing fact, in Bahasa Indonesia and English.

The assessment lists one question per fact that some check needs but the proposal leaves out
(PRODUCT.md §2, ``questions``). The wording lives in ``data/questions.yaml`` so analysts can
improve it without touching code.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from paracheck._yaml import load_shipped
from paracheck.facts.model import STEP_IDS

__all__ = ["question_for", "question_paths", "uncomparable_level_question"]

_GENERIC = (
    (re.compile(r"^sectors\[\d+\]\.programs\[\d+\]"), "program"),
    (re.compile(r"^sectors\[\d+\]"), "sector"),
    (re.compile(r"^sector\.programs\[\d+\]"), "program"),
    (re.compile(r"^accepted_risks\[\d+\]"), "accepted_risk"),
    (re.compile(r"^procedure\[\d+\]"), "procedure.<step>"),
    (re.compile(r"\[\d+\]$"), ""),  # an item of a list of words: ask for the list
    (re.compile(r"^human_resources\.language_staff\..*$"), "human_resources.language_staff"),
)
_STEP_FIELD = re.compile(r"^procedure\.([a-z_]+)\.(status|date|document)$")


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("paracheck.facts").joinpath("data", "questions.yaml").read_text("utf-8")
    return load_shipped(text)


def question_paths() -> frozenset[str]:
    """Every generic path that has a question (``procedure.<step>.status`` keeps ``<step>``)."""
    return frozenset(_data()["questions"])


def uncomparable_level_question() -> dict[str, str]:
    """The question for ``partner.level`` when the proposal gives a level that has no
    Indonesian counterpart: it asks for the nearest level, not for a field left empty."""
    entry = _data()["partner_level_uncomparable"]
    return {"id": entry["id"], "en": entry["en"]}


def question_for(path: str, *, statutory: bool = False) -> dict[str, str]:
    """The question for ``path`` as ``{"id": …, "en": …}``; ``statutory``: the path is the
    status of a step a law requires, whose answers do not include "not applicable".

    Accepts the generic form (``sector.lead_agency``, ``procedure.signing.status``) and concrete
    fact paths (``sectors[2].lead_agency``, ``human_resources.language_staff.zh``). A path
    without a prepared question still gets a plain request naming it, so a report never lacks
    a question.
    """
    questions = _data()["questions"]
    generic = path
    for pattern, replacement in _GENERIC:
        generic = pattern.sub(replacement, generic)
    step = None
    match = _STEP_FIELD.match(generic)
    if match and match.group(1) in STEP_IDS:
        step = match.group(1)
        generic = f"procedure.<step>.{match.group(2)}"
    entry = questions.get(generic)
    if statutory and generic == "procedure.<step>.status":
        entry = _data()["statutory_status"]
    if entry is None:  # no prepared wording: ask for the field by its label, never its path
        from paracheck.facts.labels import field_label

        return {
            "id": f"Mohon lengkapi {field_label(path, 'id')}.",
            "en": f"Please provide the {field_label(path, 'en')}.",
        }
    if "<step>" not in generic:
        return {"id": entry["id"], "en": entry["en"]}
    names = _data()["steps"].get(step) if step else None
    # a procedure step is a "langkah"; "tahap" is the proposal's stage in the reports
    step_id = f'langkah "{names["id"]}"' if names else "langkah ini"
    step_en = f'the "{names["en"]}" step' if names else "this step"
    # the law that requires a statutory step, by name (a telaahan cites it)
    law = _data()["statutory_law"].get(step or "", {"id": "undang-undang", "en": "A law"})
    return {
        "id": entry["id"].format(step_id=step_id, step_en=step_en, law_id=law["id"]),
        "en": entry["en"].format(step_id=step_id, step_en=step_en, law_en=law["en"]),
    }
