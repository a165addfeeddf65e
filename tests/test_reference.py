"""Reference data and analyst questions: the facts rules rely on beyond the proposal itself."""

from __future__ import annotations

import types
import typing

import pycountry
import pytest
from pydantic import BaseModel

from paracheck.facts import reference
from paracheck.facts.model import STEP_IDS, PartnerLevel, Program, Proposal, Sector
from paracheck.facts.questions import question_for, question_paths


def test_every_level_has_a_tier_and_other_has_none():
    for level in PartnerLevel.__args__:
        expected = None if level == "other" else (1 if level in (
            "province", "state", "prefecture", "region") else 2)
        assert reference.tier(level) == expected


def test_israel_and_taiwan_have_no_relations_with_sources():
    for code in ("IL", "TW", "tw"):
        has, source = reference.diplomatic_relations(code)
        assert has is False
        assert "Permenlu 3/2019" in source.ref
        assert source.confidence == "high"


def test_other_countries_have_relations_with_a_verify_note():
    has, source = reference.diplomatic_relations("CN")
    assert has is True
    assert "Kemlu" in source.note["en"] and "Kemlu" in source.note["id"]


def test_main_languages_are_valid_codes_for_valid_countries():
    languages = reference._data("languages.yaml")["languages"]
    assert len(languages) >= 60
    for country, language in languages.items():
        assert pycountry.countries.get(alpha_2=country) is not None, country
        assert pycountry.languages.get(alpha_2=language) is not None, language
    assert reference.main_language("CN") == "zh"
    assert reference.main_language("NO") == "no"
    assert reference.main_language("BE") is None


COMPUTED_PATHS = [
    "context.partner_has_relations", "context.partner_language",
    "context.partner_language_staff", "context.local_tier", "context.partner_tier",
    "context.sector_count", "context.program_count", "context.as_of",
    "sector.last_activity", "sector.days_since_activity", "program.days_since_activity",
]
GENERIC_ITEMS = {"sectors": "sector", "programs": "program", "accepted_risks": "accepted_risk"}


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _leaf_paths(model: type[BaseModel], prefix: str) -> list[str]:
    paths = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        inner = _model_in(info.annotation)
        if inner is None:
            paths.append(f"{prefix}{key}")
        elif key == "procedure":
            paths.append("procedure")
            paths += [f"procedure.<step>.{f}" for f in ("status", "date", "document")]
        elif key in GENERIC_ITEMS:
            paths.append(f"{prefix}{key}")
            paths += _leaf_paths(inner, f"{GENERIC_ITEMS[key]}.")
        else:
            paths += _leaf_paths(inner, f"{prefix}{key}.")
    return paths


def test_every_proposal_field_has_a_question_in_both_languages():
    paths = set(_leaf_paths(Proposal, "")) | {"sector.programs", "programs"}
    assert "budget.apbd_allocation_idr" in paths and "program.kpis" in paths
    assert Sector and Program  # the generic sector.* / program.* paths come from these
    missing = sorted(paths - question_paths())
    assert missing == []


@pytest.mark.parametrize("path", COMPUTED_PATHS)
def test_every_computed_path_has_a_question(path):
    assert path in question_paths()


def test_questions_are_non_empty_and_differ_between_languages():
    for path in question_paths():
        question = question_for(path.replace("<step>", "signing"))
        assert question["id"].strip() and question["en"].strip(), path
        assert question["id"] != question["en"], path


def test_concrete_paths_get_their_generic_question():
    assert question_for("sectors[2].lead_agency") == question_for("sector.lead_agency")
    assert question_for("sectors[0].programs[1].kpis[0]") == question_for("program.kpis")
    assert question_for("human_resources.language_staff.zh") == question_for(
        "human_resources.language_staff"
    )
    assert question_for("budget.apbd_allocation_idr")["id"] == (
        "Berapa alokasi APBD untuk kerja sama ini (Rp)?"
    )


@pytest.mark.parametrize("step", STEP_IDS)
def test_every_procedure_step_is_named_in_its_question(step):
    question = question_for(f"procedure.{step}.status")
    assert "{" not in question["id"] and "{" not in question["en"]
    assert '"' in question["en"]


def test_unknown_path_still_gets_a_question_naming_it():
    assert "foo.bar" in question_for("foo.bar")["en"]


def test_packaged_iso639_1_codes_equal_pycountry():
    import pycountry

    from paracheck.facts.model import _iso639_1

    expected = {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    assert _iso639_1() == expected
