"""The published JSON Schemas (proposal and assessment) say what the loader and the engine
do: every example and every produced assessment validates, and what the loader refuses the
proposal schema refuses too."""

from __future__ import annotations

import glob
import json
import subprocess
import sys

import jsonschema  # in the test extra: a missing package fails the run, never skips it
import pytest
import yaml

import paracheck
from paracheck.errors import InputError

EXAMPLES = sorted(glob.glob("examples/*.yaml")) + sorted(glob.glob("tests/calibration/*.yaml"))


def _as_json(data):
    """YAML data as JSON would carry it (dates become ISO strings)."""
    return json.loads(json.dumps(data, default=str))


@pytest.fixture(scope="module")
def proposal_validator():
    schema = paracheck.proposal_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def assessment_validator():
    schema = paracheck.assessment_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_both_schemas_name_their_dialect_and_identity():
    for schema in (paracheck.proposal_schema(), paracheck.assessment_schema()):
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].startswith("urn:paracheck:schema:")


def _proposals():
    out = []
    for path in EXAMPLES:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if isinstance(data, dict) and data.get("schema") == "paracheck/proposal/v1":
            out.append(path)
    return out


@pytest.mark.parametrize("path", _proposals())
def test_every_example_validates_and_so_does_its_assessment(
    path, proposal_validator, assessment_validator
):
    with open(path, encoding="utf-8") as f:
        data = _as_json(yaml.safe_load(f))
    errors = [e.message for e in proposal_validator.iter_errors(data)]
    assert not errors, errors[:3]
    result = paracheck.assess(paracheck.load_proposal(path))
    errors = [e.message for e in assessment_validator.iter_errors(json.loads(result.to_json()))]
    assert not errors, errors[:3]


@pytest.mark.parametrize(
    "patch",
    [
        {"partner": {"name": "X", "country": "XX"}},
        {"partner": {"name": "X", "country": "ID"}},  # trial 26 M1: the partner is foreign
        {"partner": {"name": "X", "country": "id"}},
        {"human_resources": {"language_staff": {"japanese": 1}}},
        {"partner": {"name": "X", "language": "japanese"}},
    ],
)
def test_what_the_loader_refuses_the_schema_refuses(patch, proposal_validator):
    data = {"schema": "paracheck/proposal/v1", "title": "t", **patch}
    with pytest.raises(InputError):
        paracheck.assess(data)
    assert list(proposal_validator.iter_errors(data)), "the schema let it through"


def test_lower_case_codes_the_loader_accepts_pass_the_schema(proposal_validator):
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "partner": {"country": "cn"},
        "human_resources": {"language_staff": {"ZH": 1}},
    }
    paracheck.assess(data)
    assert not list(proposal_validator.iter_errors(data))


def test_tetum_the_loader_accepts_passes_the_schema(proposal_validator):
    # held-out 59: Belu's two Tetum-speaking staff (ISO 639-3 ``tet``: Tetum has no two-letter
    # code) loaded, and the schema, listing ISO 639-1 codes only, refused them
    # written either way, each in a file of its own (one language written twice is refused:
    # attack 470 H4)
    for staff in ({"tet": 2, "en": 1}, {"TET": 1, "en": 1}):
        data = {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "partner": {"country": "TL", "language": "tet"},
            "human_resources": {"language_staff": staff},
        }
        paracheck.assess(data)
        assert not list(proposal_validator.iter_errors(data))


def _loading_files():
    out = []
    for path in sorted(glob.glob("tests/data/**/*.yaml", recursive=True)):
        try:
            paracheck.load_proposal(path)
        except InputError:
            continue
        out.append(path)
    return out


@pytest.mark.parametrize("path", _loading_files())
def test_every_test_proposal_the_loader_accepts_passes_the_schema(path, proposal_validator):
    with open(path, encoding="utf-8") as f:
        data = _as_json(yaml.safe_load(f))
    errors = [e.message for e in proposal_validator.iter_errors(data)]
    assert not errors, errors[:3]


def test_cli_prints_the_assessment_schema():
    out = subprocess.run(
        [sys.executable, "-m", "paracheck", "schema", "--assessment"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out) == paracheck.assessment_schema()


def test_the_proposal_date_is_described_as_this_documents_date_not_the_signing():
    """The schema, the template and the question say what `date` is: the date of this
    proposal or assessment (it selects the law and is the day time spans count to), not the
    MoU's signing date, which each procedure step carries."""
    import paracheck

    said = paracheck.proposal_schema()["properties"]["date"]["description"]
    assert "date of this document" in said and "not the MoU's signing date" in said
    assert "procedure[].date" in said and "regulation in force" in said
    for lang, words in (
        ("id", ("tanggal dokumen ini", "Bukan tanggal")),
        ("en", ("date of this document", "Not the MoU's date")),
    ):
        template = paracheck.proposal_template("sister_city", lang)
        comment = template[template.index("# date:") : template.index("\nstage:")]
        assert all(word in comment for word in words) and "procedure" in comment
    from paracheck.facts.questions import question_for

    assert "bukan tanggal MoU" in question_for("date")["id"]
    assert "not the MoU's date" in question_for("date")["en"]


def test_an_assessment_with_a_field_added_later_in_v2_still_validates(assessment_validator):
    # fields are added within a version ("additive in v2"): a consumer validating stored v2
    # documents with this schema must not refuse the next release's (trial 410 M1)
    a = json.loads(paracheck.assess(paracheck.load_proposal(EXAMPLES[0])).to_json())
    a["a_field_of_a_later_release"] = {"id": "x", "en": "x"}
    a["checks"][0]["another_later_field"] = 1
    assert list(assessment_validator.iter_errors(a)) == []


def test_an_assessment_without_its_version_does_not_validate(assessment_validator):
    # the version is what a consumer checks first: always written, so required (trial 410 L4)
    a = json.loads(paracheck.assess(paracheck.load_proposal(EXAMPLES[0])).to_json())
    del a["schema"]
    assert any(
        "'schema' is a required property" in e.message for e in assessment_validator.iter_errors(a)
    )
