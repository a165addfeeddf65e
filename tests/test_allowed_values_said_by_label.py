"""A value outside its list (a stage, a programme's or a step's status, a yes/no field) is said
in the reader's words (trial 27 U2, second half): codes and labels were mixed
("'proposal' (usulan), 'mou_signed' (MoU ditandatangani) …") everywhere, the web form
included, whose officer picks from a list of labels and never sees a code.

- the command line (a YAML author): the label first, the code to write in brackets;
- the web form: the labels alone, as its lists show them, beside the field and above the form;
- the API: the command line's words (its clients write the codes in JSON).
"""

from __future__ import annotations

import html
import re
import string
import typing

import pytest
import yaml

import paracheck
from paracheck.errors import InputError
from paracheck.facts import labels
from paracheck.facts.loader import load_proposal_bytes
from paracheck.facts.model import ProgramStatus, Stage

from .test_loader import VALID

BAD_STAGE = VALID.replace("stage: proposal", "stage: maybe")
#: a programme status written as the label of a code ("berjalan" is 'ongoing')
WORDED_STATUS = VALID.replace(
    "      - name: Seed exchange", "      - name: Seed exchange\n        status: berjalan"
)
YES_IN_WORDS = VALID.replace("  realization_rate: 0.6", "  multi_year: ya")
STAGES = typing.get_args(Stage)


def _problem(text: str, path: str) -> paracheck.errors.Problem:
    with pytest.raises(InputError) as refused:
        load_proposal_bytes(text.encode("utf-8"), "p.yaml")
    [found] = [p for p in refused.value.problems if p.path == path]
    return found


def _label(code: str, lang: str, path: str = "stage") -> str:
    label = labels.value_label(path, code, lang)
    assert label is not None, code
    return label


def _for_an_author(code: str, lang: str, path: str = "stage") -> str:
    label = _label(code, lang, path)
    repeats = label.lower() == code.replace("_", " ")
    return f"'{code}'" if repeats else f"{label} ('{code}')"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_command_line_names_each_allowed_value_by_its_label_then_the_code_to_write(lang):
    said = _problem(BAD_STAGE, "stage").sentence(lang)
    listed = ", ".join(_for_an_author(code, lang) for code in STAGES)
    assert listed in said
    # the Indonesian labels differ from every code: each is written label first
    if lang == "id":
        assert f"{_label('mou_signed', 'id')} ('mou_signed')" in said
        assert "'proposal' (" not in said


def test_an_english_list_names_by_label_a_code_whose_label_says_more():
    said = _problem(
        VALID.replace("- name: infrastructure", "- name: science"), "sectors[0].name"
    ).sentence("en")
    assert "science and technology ('science_technology')" in said
    assert "'science_technology' (" not in said


def test_a_close_code_is_suggested_by_its_label_with_its_code():
    said = _problem(
        VALID.replace(
            "      - name: Seed exchange", "      - name: Seed exchange\n        status: runing"
        ),
        "sectors[1].programs[0].status",
    ).sentence("id")
    ongoing = _label("ongoing", "id", "sectors[1].programs[0].status")
    assert said.endswith(f"tertulis 'runing'; mungkin maksudnya {ongoing} ('ongoing')?")


def test_a_yes_no_field_is_said_as_ya_or_tidak_with_the_value_to_write():
    said = _problem(YES_IN_WORDS, "budget.multi_year").sentence("id")
    assert "harus ya ('true') atau tidak ('false'); tertulis 'ya'; tulis 'true' untuk 'ya'" in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_form_names_the_allowed_values_by_their_labels_alone(lang):
    problem = _problem(BAD_STAGE, "stage")
    beside = problem.text(lang, form=True)
    assert ", ".join(_label(code, lang) for code in STAGES) in beside
    written = {f"'{code}'" for code in STAGES}
    assert not [code for code in written if code in beside], beside
    assert not [code for code in written if code in problem.describe(lang, form=True)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_form_suggests_the_value_to_choose_by_its_label(lang):
    path = "sectors[1].programs[0].status"
    beside = _problem(WORDED_STATUS, path).text(lang, form=True)
    ongoing = _label("ongoing", lang, path)
    # the one sentence of a name written for a code, without the labels allowed listed
    # before the label written, which read as a contradiction (web 462 M3)
    assert beside == (
        "Status program: berkas mencantumkan pilihan ini dengan namanya, bukan dengan kode yang "
        f"dibaca paracheck; pilih «{ongoing}» dari daftar"
        if lang == "id"
        else "Programme status: the file gives this choice by its name, not by the code "
        f"paracheck reads; choose “{ongoing}” from the list"
    )
    listed = ", ".join(_label(code, lang, path) for code in typing.get_args(ProgramStatus))
    assert listed not in beside
    assert "'ongoing'" not in beside
    # the command line still lists them, with the code to write
    assert "tulis 'ongoing' untuk 'berjalan'" in _problem(WORDED_STATUS, path).sentence("id")
    yes = _problem(YES_IN_WORDS, "budget.multi_year").text(lang, form=True)
    assert "'true'" not in yes and "'false'" not in yes


def test_the_form_names_a_misspelt_key_by_the_label_of_the_one_meant():
    problem = _problem(
        VALID.replace("  realization_rate: 0.6", "  multi_yaer: true"), "budget.multi_yaer"
    )
    meant = labels.field_label("budget.multi_year", "id", where=False)
    assert problem.text("id", form=True).endswith(f"mungkin maksudnya «{meant}»?")
    assert "'multi_year'" in problem.sentence("id")  # the file's author reads the key to write


def test_the_form_lists_no_keys_for_an_unknown_key():
    problem = _problem(VALID.replace("  realization_rate: 0.6", "  zzz: 1"), "budget.zzz")
    assert "'multi_year'" in problem.sentence("id")  # the file's author reads the keys
    beside = problem.text("id", form=True)
    assert beside.startswith("Kunci 'zzz' tidak dikenal di ")
    assert "'multi_year'" not in beside and "kunci yang dapat dipakai" not in beside


@pytest.mark.parametrize("table", ["in_form", "in_api"])
def test_every_form_wording_says_a_message_with_the_same_values_in_both_languages(table):
    from importlib import resources

    text = resources.files("paracheck.facts").joinpath("data", "problems.yaml").read_text("utf-8")
    catalogue = yaml.safe_load(text)
    assert catalogue[table], f"no wording in {table}"

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, forms in catalogue[table].items():
        assert set(forms) == {"id", "en"}, key
        # a form wording of a message that exists, or of a case of one: value.one_of where
        # the file wrote a choice's label (errors.Words.render)
        said = catalogue["messages"].get(key) or catalogue["messages"][key.rsplit(".", 1)[0]]
        allowed = fields(said["id"]) | fields(said["en"]) | {"choice"}
        assert fields(forms["id"]) == fields(forms["en"]) <= allowed, key


def _upload(http, data: str, lang: str) -> str:
    page = http.get("/", params={"lang": lang}).text
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
    shown = http.post(
        "/",
        data={"_csrf": token, "_action": "upload", "_lang": lang},
        files={"_file": ("usulan.yaml", data.encode())},
    )
    assert shown.status_code == 422
    return html.unescape(shown.text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_uploaded_file_with_a_bad_stage_shows_no_code_on_the_form(http, lang):
    page = _upload(http, BAD_STAGE, lang)
    beside = re.search(r'id="f-stage-err">([^<]*)<', page)
    assert beside, "no message beside the stage"
    assert ", ".join(_label(code, lang) for code in STAGES) in beside.group(1)
    errors = page.split('class="errors"', 1)[1].split("</section>", 1)[0]
    for code in STAGES:
        assert f"'{code}'" not in beside.group(1) and f"'{code}'" not in errors, code


def test_the_api_keeps_the_codes_to_write_in_brackets(http):
    answered = http.post(
        "/api/v1/validate",
        params={"lang": "id"},
        content=BAD_STAGE.encode(),
        headers={"Content-Type": "application/yaml"},
    )
    assert answered.status_code == 422
    [item] = answered.json()["problems"]
    assert ", ".join(_for_an_author(code, "id") for code in STAGES) in item["message"]
