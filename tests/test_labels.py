"""Every proposal field and every code people see has a label in both languages."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from paracheck.facts import labels
from paracheck.facts.model import Proposal
from paracheck.facts.paths import _unwrap, vocabulary

_ITEM = {
    "sectors": "sector",
    "programs": "program",
    "accepted_risks": "accepted_risk",
    "procedure": "procedure.<step>",
}


def _model_paths(model: type[BaseModel], prefix: str) -> list[tuple[str, object]]:
    """Every field of the model in the generic form labels.yaml uses, with its annotation."""
    out = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        path = f"{prefix}{key}"
        if path.startswith("sector.programs"):
            path = path.replace("sector.programs", "programs", 1)
        out.append((path, info.annotation))
        ann = _unwrap(info.annotation)
        if typing.get_origin(ann) is list:
            (item,) = typing.get_args(ann)
            item = _unwrap(item)
            if isinstance(item, type) and issubclass(item, BaseModel):
                out += _model_paths(item, _ITEM.get(path.rsplit(".", 1)[-1], path) + ".")
        elif isinstance(ann, type) and issubclass(ann, BaseModel):
            out += _model_paths(ann, f"{path}.")
    return out


MODEL_PATHS = _model_paths(Proposal, "")


def _codes(annotation: object) -> tuple[str, ...]:
    ann = _unwrap(annotation)
    if typing.get_origin(ann) is list:
        ann = _unwrap(typing.get_args(ann)[0])
    if typing.get_origin(ann) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(ann))
    return ()


def test_model_walk_finds_nested_fields():
    paths = {p for p, _ in MODEL_PATHS}
    assert {
        "sector.lead_agency",
        "program.status",
        "procedure.<step>.status",
        "accepted_risk.until",
        "budget.apbd_allocation_idr",
    } <= paths


@pytest.mark.parametrize("path", [p for p, _ in MODEL_PATHS])
def test_every_model_field_has_both_labels(path):
    entry = labels.field_labels().get(path)
    assert entry is not None, f"{path} has no label in facts/data/labels.yaml"
    assert entry.get("id") and entry.get("en")
    assert "_" not in entry["id"] and "_" not in entry["en"]


@pytest.mark.parametrize("path", sorted(vocabulary()))
def test_every_readable_path_has_a_label(path):
    generic, _, _ = labels.generic_path(path)
    assert generic in labels.field_labels(), f"{path} ({generic}) has no label"


@pytest.mark.parametrize("path,annotation", [(p, a) for p, a in MODEL_PATHS if _codes(a)])
def test_every_code_of_a_closed_vocabulary_has_both_labels(path, annotation):
    if path == "schema":
        return
    entry = labels.field_labels()[path]
    assert "values" in entry, f"{path} has codes {_codes(annotation)} but no values group"
    group = labels.value_groups()[entry["values"]]
    for code in _codes(annotation):
        assert code in group, f"{path}: code {code!r} has no label"
        assert group[code]["id"] and group[code]["en"]


def test_step_statuses_the_engine_computes_are_labelled():
    for path, info in vocabulary().items():
        for code in info.values or ():
            assert labels.value_label(path, code, "id") is not None, (path, code)


def test_concrete_paths_name_the_item_a_person_counts_from_one():
    assert (
        labels.field_label("sectors[2].lead_agency", "id")
        == "Perangkat Daerah pengampu sektor (sektor ke-3)"
    )
    assert (
        labels.field_label("sectors[0].programs[1].status", "en")
        == "programme status (sector 1, programme 2)"
    )
    assert labels.field_label("procedure.dprd_approval.date", "id") == "tanggal persetujuan DPRD"


def test_codes_read_as_words():
    assert labels.value_text("sectors[3].name", "fisheries", "id") == "perikanan"
    assert labels.value_text("budget.apbd_allocation_idr", 0, "id") == "Rp0"
    assert labels.value_text("stage", "mou_signed", "en") == "MoU signed"


def test_no_question_names_a_field_by_its_raw_path():
    """Questions are read by officers: "Isi dahulu negara mitra", never "Isi partner.country"
    (issue 12). Examples of values to write (``CN``, ``en``) may stay."""
    import re

    from paracheck.facts import questions

    raw = re.compile(r"\b[a-z_]+\.[a-z_]+\b|\[\d+\]|\b[a-z]+_[a-z_]+\b")
    found = []
    for path in questions.question_paths():
        for lang, text in questions.question_for(path).items():
            said = re.sub(r'"[^"]*"', " ", text)  # a value to write, quoted
            said = said.replace("e.g.", " ")
            if raw.search(said):
                found.append((path, lang, text))
    assert not found, found


def _label_entries():
    from paracheck.facts.labels import field_labels, value_groups

    for path, entry in field_labels().items():
        yield f"fields.{path}", entry, {"id", "en", "values", "null_means", "unnamed"}
    for group, codes in value_groups().items():
        for code, entry in codes.items():
            yield f"values.{group}.{code}", entry, {"id", "en"}


def test_every_label_is_a_whole_text_in_both_languages():
    """An unquoted comma inside a YAML flow mapping split "kontribusi mitra sendiri (staf, dana
    atau fasilitas)" into a key "kontribusi mitra sendiri (staf" and a stray key: every report
    and the web form printed the cut label (newcomer trial, 2026-11-30)."""
    for where, entry, allowed in _label_entries():
        assert set(entry) <= allowed, (where, sorted(set(entry) - allowed))
        for lang in ("id", "en"):
            text = entry.get(lang)
            assert isinstance(text, str) and text.strip(), (where, lang, text)
            assert text.count("(") == text.count(")"), (where, lang, text)


def _null_meaning_fields(model: type[BaseModel], prefix: str) -> set[str]:
    """The generic paths of every field whose explicit null the model gives a meaning."""
    out = {f"{prefix}{name}" for name in getattr(model, "null_means", {})}
    for path, annotation in _model_paths(model, prefix):
        ann = _unwrap(annotation)
        if typing.get_origin(ann) is list:
            ann = _unwrap(typing.get_args(ann)[0])
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out |= {
                f"{_ITEM.get(path.rsplit('.', 1)[-1], path)}.{name}"
                for name in getattr(ann, "null_means", {})
            }
    return out


def test_every_null_with_a_meaning_reads_as_that_meaning_not_as_a_blank():
    """``lead_agency: null`` is the contract's "no agency named", yet the evidence read
    "Perangkat Daerah penanggung jawab sektor (sektor ke-3): belum diisi", which an officer
    takes for a field they forgot (newcomer trial 14)."""
    fields = _null_meaning_fields(Proposal, "")
    assert {"sector.lead_agency", "program.last_activity"} <= fields
    for path in fields:
        for lang, blank in (("id", "belum diisi"), ("en", "empty")):
            shown = labels.value_text(path, None, lang)
            assert shown and shown != blank, (path, lang, shown)
    assert labels.value_text("sectors[2].lead_agency", None, "id") == "belum ditetapkan"
    assert labels.value_text("governance.joint_committee_last_met", None, "en") == "never met"
    assert labels.value_text("budget.multi_year", None, "id") == "belum diisi"


def test_the_sister_city_form_is_named_in_pp_28_2018s_words():
    """PP 28/2018 names the form 'kabupaten/kota kembar': a regency proposing one must not
    read that it is a city's form (the form, its question and the web form's choice). The
    name in practice follows it, as the rules write it (review 12: one name per form)."""
    assert labels.value_label("form", "sister_city", "id") == "kabupaten/kota kembar (Sister City)"
    from paracheck.facts.questions import question_for

    assert "kabupaten/kota kembar" in question_for("form")["id"]


def test_the_county_level_reads_as_the_partners_own_words_and_their_indonesian_tier():
    """'county (setingkat kabupaten)' read as English: the label names the units people
    meet under that level (a Korean or Japanese gun, a Chinese xian) and the tier; the
    Indonesian word leads (newcomer trial 16: "county/gun/xian" led with bare English)."""
    label = labels.value_label("partner.level", "county", "id")
    assert label == "kabupaten (county, gun, atau xian)"
    assert labels.value_label("partner.level", "county", "en") == "county"


def test_long_dates_are_written_as_babel_writes_them() -> None:
    """``long_date`` formats from Babel's pattern and month names read once per language:
    every day of 1990–2033 and the extreme years read exactly as ``format_date`` writes them,
    in both languages, and a date shown by ``value_text`` goes through it."""
    import datetime as dt

    from babel.dates import format_date

    days = [dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9999, 12, 31)]
    days += [dt.date(1990, 1, 1) + dt.timedelta(days=n) for n in range(0, 16000, 7)]
    for lang in ("id", "en"):
        for day in days:
            assert labels.long_date(day, lang) == format_date(day, format="long", locale=lang)
    assert labels.value_text("date", dt.date(2015, 6, 10), "id") == "10 Juni 2015"
    assert labels.value_text("procedure.signing.date", "2015-06-10", "en") == "June 10, 2015"
