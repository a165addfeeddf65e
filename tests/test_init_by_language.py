"""`paracheck init --lang id|en`: the template's comments in one language (trial 27 U6: every
comment was doubled in English, "# absolute central affairs touched (UU 23/2014 Art. 10); [] =
none" under its Indonesian twin). Both languages hold the same YAML: the same keys, the same
values, the same fields commented out; each validates and assesses as it stands, alike."""

from __future__ import annotations

import re

import pytest
import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app
from paracheck.facts.labels import value_groups
from paracheck.facts.model import Proposal
from paracheck.facts.template import FORMS, proposal_template

from .test_indonesian_only import english_words

runner = CliRunner()
LANGS = ("id", "en")


def _keys(model: type = Proposal) -> set[str]:
    """Every key a proposal file may hold, at any depth."""
    keys: set[str] = set()
    for name, field in model.model_fields.items():
        keys.add(field.alias or name)
        for inner in re.findall(r"\b([A-Z][A-Za-z]+)\b", str(field.annotation)):
            nested = getattr(__import__("paracheck.facts.model", fromlist=[inner]), inner, None)
            if isinstance(nested, type) and hasattr(nested, "model_fields") and nested is not model:
                keys |= _keys(nested)
    return keys


KEYS = _keys()
#: a field line, given or commented out ("#" in the first three columns, then the field as
#: it would be indented): its key and its value; a comment continuing the line above starts
#: further right, or holds no key
FIELD = re.compile(r"^(?: {0,2}# ?)?\s*(?:- )?(?P<key>[a-z_]+):(?P<value>[^#]*)")


def _fields(text: str) -> list[str]:
    """The template's field lines, given or commented out, up to their comment: what the
    two languages must share, indentation included."""
    out = []
    for line in text.splitlines():
        found = FIELD.match(line)
        if found and found["key"] in KEYS:
            out.append(found.group(0).rstrip())
    return out


def _comments(text: str) -> str:
    """The template's comments only, with the codes a file holds taken out."""
    codes = {str(code) for group in value_groups().values() for code in group}
    said = []
    for line in text.splitlines():
        if "#" not in line:
            continue
        comment = line.split("#", 1)[1]
        if FIELD.match(line) and line.lstrip().startswith("#"):  # a field commented out
            parts = comment.split("#", 1)
            comment = parts[1] if len(parts) > 1 else ""
        words = [w for w in re.split(r"([\s|(),;:/]+)", comment) if w not in codes]
        said.append("".join(words))
    return "\n".join(said)


@pytest.mark.parametrize("form", FORMS)
def test_both_languages_hold_the_same_keys_values_and_fields_left_open(form):
    indonesian, english = (proposal_template(form, lang) for lang in LANGS)
    assert indonesian != english
    assert yaml.safe_load(indonesian) == yaml.safe_load(english)
    assert _fields(indonesian) == _fields(english)
    assert len(_fields(indonesian)) > 80  # every field of the contract, given or left open


@pytest.mark.parametrize("form", FORMS)
def test_the_indonesian_template_has_no_english_comment(form):
    comments = _comments(proposal_template(form, "id"))
    assert "urusan pemerintahan absolut" in comments
    assert not english_words(comments), english_words(comments)


#: words of an Indonesian sentence that no English comment holds
INDONESIAN = ("yang", "dan", "atau", "untuk", "bila", "belum", "tidak", "tahun", "mitra")


@pytest.mark.parametrize("form", FORMS)
def test_the_english_template_has_no_indonesian_comment(form):
    comments = _comments(proposal_template(form, "en"))
    assert "absolute central affairs touched" in comments
    words = set(re.findall(r"[a-z]+", comments.lower()))
    assert not words & set(INDONESIAN), words & set(INDONESIAN)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("form", FORMS)
def test_each_languages_template_validates_and_assesses_alike(form, lang):
    proposal = paracheck.load_proposal_text(proposal_template(form, lang), source="t.yaml")
    other = paracheck.load_proposal_text(proposal_template(form, "id"), source="t.yaml")
    assessed, same = paracheck.assess(proposal), paracheck.assess(other)
    assert assessed.verdict == same.verdict
    assert [(c.rule_id, c.status) for c in assessed.checks] == [
        (c.rule_id, c.status) for c in same.checks
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_init_lang_prints_the_template_in_that_language_and_it_validates(lang):
    printed = runner.invoke(app, ["init", "--form", "sister_city", "--lang", lang])
    assert printed.exit_code == 0
    assert printed.stdout.rstrip("\n") == proposal_template("sister_city", lang).rstrip("\n")
    checked = runner.invoke(app, ["validate", "--lang", lang, "-"], input=printed.stdout)
    assert checked.exit_code == 0, checked.stderr


def test_init_without_lang_speaks_indonesian_only():
    printed = runner.invoke(app, ["init"]).stdout
    assert printed.rstrip("\n") == proposal_template("sister_province", "id").rstrip("\n")
    assert "Foreign cooperation proposal" not in printed


def test_a_language_the_template_has_not_is_refused():
    with pytest.raises(ValueError, match="fr"):
        proposal_template("sister_city", "fr")
    assert runner.invoke(app, ["init", "--lang", "fr"]).exit_code == 2


@pytest.mark.parametrize(
    ("lang", "margin", "ratings"),
    [
        ("id", "kepada PLN setempat", "penilaian daerah bersama instansi terkait"),
        ("en", "local PLN office", "the region's own assessment with the agencies concerned"),
    ],
)
def test_the_template_says_where_the_reserve_margin_and_the_crime_ratings_come_from(
    lang, margin, ratings
):
    """Practitioner trial 29 U1: no hint where a regency finds its reserve margin, nor whose
    exposure rating to write; the template says, as the web form does, only what paracheck's
    sources support (PLN reports capacity and peak load; no body's rating is named)."""
    text = " ".join(
        line.strip(" #") for line in proposal_template("sister_city", lang).splitlines()
    )
    energy = text[text.index("reserve_margin_pct") : text.index("rolling_blackouts")]
    assert margin in " ".join(energy.split())
    security = text[text.index("security:") : text.index("narcotics_route")]
    assert ratings in " ".join(security.split())
