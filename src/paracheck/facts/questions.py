"""The question to ask for a missing fact, in Bahasa Indonesia and English.

The assessment lists one question per fact that some check needs but the proposal leaves out
(PRODUCT.md §2, ``questions``). The wording lives in ``data/questions.yaml`` so analysts can
improve it without touching code.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any, Literal, overload

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


def uncomparable_level_question(
    level: str | None = None, country: str | None = None, as_of: dt.date | None = None
) -> dict[str, str]:
    """The question for ``partner.level`` when the proposal gives a level that has no
    Indonesian counterpart: it asks for the nearest level, not for a field left empty.

    With the partner's ``level`` and ``country``, where the reference data lists that
    country's levels (``tiers.yaml``), the question names the level as written and the
    country's own levels on each Indonesian tier: "Pilih tingkat yang paling dekat
    (misalnya provinsi, …)" offered Malaysia's partner written as a province the very word
    the officer had chosen, and never said that Malaysia's first level is the state
    (held-out 39). The levels are those of ``as_of`` (the proposal's date): a Vietnamese
    partner written as a city in 2026 was offered "kota, distrik, atau munisipalitas" beside
    a first screen saying Vietnam has had no city or district governments since 1 July 2025
    (held-out 150). Elsewhere it is the general question."""
    entry = _data()["partner_level_uncomparable"]
    general = {"id": entry["id"], "en": entry["en"]}
    if level is None or country is None:
        return general
    from paracheck.facts import reference
    from paracheck.facts.labels import country_name, join_words, value_label

    code = country.strip().upper()
    if code not in reference.tier_countries():
        return general
    levels = reference.country_levels(code, as_of)
    said = {}
    for lang in ("id", "en"):
        word = value_label("partner.level", level, lang) or level

        def named(tier: int, lang: str = lang) -> str:
            words = [value_label("partner.level", k, lang) or k for k, t in levels if t == tier]
            return join_words(words, lang)

        firsts, seconds = named(1), named(2)
        said[lang] = entry[f"by_country_{lang}"].format(
            level=word,
            country=country_name(code, lang),
            first=firsts or entry[f"none_{lang}"],
            second=seconds or entry[f"none_{lang}"],
        )
    return said


def prepared_question(path: str) -> dict[str, str] | None:
    """The question prepared for ``path`` (:func:`question_for`), or None where the data has
    none: the web form's help for a field says what a report would ask of it (review 320 M4:
    56 of 96 fields said only "boleh dikosongkan", the explanations being the result page's
    questions)."""
    return question_for(path, prepared_only=True)


@overload
def question_for(
    path: str, *, statutory: bool = False, prepared_only: Literal[False] = False
) -> dict[str, str]: ...


@overload
def question_for(
    path: str, *, statutory: bool = False, prepared_only: Literal[True]
) -> dict[str, str] | None: ...


def question_for(
    path: str, *, statutory: bool = False, prepared_only: bool = False
) -> dict[str, str] | None:
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
        if prepared_only:
            return None
        from paracheck.facts.labels import field_label

        return {
            "id": f"Mohon lengkapi {field_label(path, 'id')}.",
            "en": f"Please provide the {field_label(path, 'en')}.",
        }
    if "<step>" not in generic:
        return {"id": entry["id"], "en": entry["en"]}
    names = _data()["steps"].get(step) if step else None
    # a procedure step is a "langkah"; "tahap" is the proposal's stage in the reports
    # in the quotation marks the reports write elsewhere ("program “…”"; review 300, 17)
    step_id = f"langkah “{names['id']}”" if names else "langkah ini"
    step_en = f"the “{names['en']}” step" if names else "this step"
    # the law that requires a statutory step, by name (a telaahan cites it)
    law = _data()["statutory_law"].get(step or "", {"id": "undang-undang", "en": "A law"})
    return {
        "id": entry["id"].format(step_id=step_id, step_en=step_en, law_id=law["id"]),
        "en": entry["en"].format(step_id=step_id, step_en=step_en, law_en=law["en"]),
    }
