"""The proposal form: its fields come from the proposal's JSON Schema, its values are strings.

An HTML form only carries strings, and a proposal's fields are typed, nested and may be
*absent* (unknown) — which is not the same as empty, false or zero. This module keeps the two
apart in one place:

- :func:`form_fields` walks ``paracheck.proposal_schema()`` once, so a field added to the
  proposal contract appears in the form (and round-trips) without touching this package;
- a :class:`FormState` is what the page shows: every input's raw text by its concrete path
  (``sectors[0].programs[1].last_activity``) and how many items each list has;
- :func:`state_from_data` fills a state from a loaded proposal (an upload), and
  :func:`data_from_state` turns a posted state back into proposal data, with a message for
  every input that is not of its kind (in the page's language, beside that input).

Conventions that keep the round trip exact: an empty input is absent; a tri-state select says
unknown / yes / no; a list or mapping has a "none" box meaning an explicit empty list; a field
whose ``null`` means something (``lead_agency: null``, "none named") has a "none" box too; a
section written empty (``basis: {}``) and a text written empty (``''``) keep a hidden marker.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import paracheck
from paracheck.web.text import word

NONE_SUFFIX = ".__none"
"""Name suffix of the box that says "known to be empty" (a list) or "none" (``null``)."""
ORDER_SUFFIX = ".__order"
"""Name suffix of the hidden input keeping the order an upload listed codes in."""
COUNT_SUFFIX = ".__count"
"""Name suffix of the hidden input holding how many items a repeated group has."""
BLANK_SUFFIX = ".__blank"
"""Name suffix of the hidden input saying a text was written empty (``complementarity: ''``):
an empty input is absent, and the download dropped the officer's empty text."""
PRESENT_SUFFIX = ".__present"
"""Name suffix of the hidden input saying a section was written empty (``basis: {}``): without
it the section has no input holding a value, and the download dropped it from the user's file."""
WRITTEN_SUFFIX = ".__written"
"""Name suffix of the hidden input holding a text (or a list of texts) as the file wrote it,
when a browser would change it on the way back: a one-line input drops line breaks, a
textarea's list splits an item at its line break, the HTML parser reads a carriage return as a
line feed and U+0000 as U+FFFD. JSON in ASCII, which no browser changes."""
MAX_ITEMS = 1000
"""The most sectors, programmes, procedure steps and accepted risks one form page holds,
together. Each item is ~4 KB of inputs and ~0.7 ms to render, and a form page is rendered on
the event loop: without a bound, a 4 KB post naming 1,000 sectors of 1,000 programmes each (or
a valid 600 KB file of 27,000 programmes) asked for a page of gigabytes and held every other
request meanwhile. A proposal that large is assessed as a file (``paracheck assess``, the API)."""


@dataclass(frozen=True)
class Field:
    """One input of the form, described generically (``sectors[].programs[].status``)."""

    name: str
    kind: str  # text textarea date int money float bool choice codes lines counts country
    choices: tuple[str, ...] = ()
    required: bool = False
    nullable_meaning: bool = False  # an explicit null is a value (a "none" box)
    description: str = ""
    # left empty, the field is read from paracheck's reference data (diplomatic relations,
    # the partner's language), not asked: the form must not call it "unknown" (review 17)
    from_reference: bool = False
    limits: tuple[tuple[str, Any], ...] = ()  # the schema's minimum / maximum / maxLength / pattern


@dataclass(frozen=True)
class Group:
    """A section (``budget``) or a repeated item (``sectors[]``) of the form."""

    name: str
    repeated: bool
    fields: tuple[Field, ...]
    groups: tuple[Group, ...] = ()


@dataclass
class FormState:
    """What the form shows: raw strings by concrete path, and the size of each list."""

    values: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    #: the YAML of the version assessed before "Ubah isian", carried along so the next result
    #: can be compared with it (empty for a form not opened from a result)
    previous: str = ""

    def get(self, path: str) -> str:
        return self.values.get(path, "")

    def checked(self, path: str) -> bool:
        return self.values.get(path) == "on"

    def count(self, path: str) -> int:
        return self.counts.get(path, 0)

    def items(self) -> int:
        """How many repeated items (sectors, programmes, steps, accepted risks) the page
        would show; :data:`MAX_ITEMS` bounds it."""
        return sum(self.counts.values())


# --- the form's shape, from the schema ------------------------------------------------------

_NULL = {"type": "null"}


def _unwrap(prop: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """(the non-null alternative of a property, whether null is allowed)."""
    options = prop.get("anyOf")
    if options is None:
        return dict(prop), False
    rest = [o for o in options if o != _NULL]
    inner = dict(rest[0]) if len(rest) == 1 else {}
    if "description" in prop:  # "null = …" is said on the property, beside anyOf
        inner.setdefault("description", prop["description"])
    return inner, len(rest) < len(options)


def _ref(schema: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any] | None:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return None
    return schema["$defs"][ref.rsplit("/", 1)[-1]]


_LIMIT_KEYS = ("minimum", "maximum", "exclusiveMinimum", "maxLength", "pattern")


def _field(
    schema: dict[str, Any], name: str, node: dict[str, Any], nullable: bool, required: bool
) -> Field | Group:
    made = _field_kind(schema, name, node, nullable, required)
    limits = tuple((key, node[key]) for key in _LIMIT_KEYS if key in node)
    # a country is chosen from a list; what else may arrive, the library words with the code
    # to write ("'Filipina' bukan kode negara; … 'PH' untuk Filipina"), not "at most 2"
    if isinstance(made, Field) and limits and made.kind != "country":
        return replace(made, limits=limits)
    return made


def _field_kind(
    schema: dict[str, Any], name: str, node: dict[str, Any], nullable: bool, required: bool
) -> Field | Group:
    description = str(node.get("description", ""))
    target = _ref(schema, node)
    if target is not None:
        return _group(schema, name, target, repeated=False)
    kind = node.get("type")
    if kind == "array":
        items = node.get("items", {})
        item_target = _ref(schema, items)
        if item_target is not None:
            return _group(schema, name, item_target, repeated=True)
        if "enum" in items:
            return Field(name, "codes", tuple(items["enum"]), description=description)
        return Field(name, "lines", description=description)
    if kind == "object":
        return Field(name, "counts", description=description)
    if "enum" in node:
        return Field(name, "choice", tuple(node["enum"]), required, description=description)
    if name == "country" and any("enum" in part for part in node.get("allOf", ())):
        # ISO 3166-1, kept under allOf in the schema: offered by name, submitted as the code
        return Field(name, "country", (), required, description=description)
    from_reference = "reference data" in description
    if kind == "boolean":
        return Field(
            name,
            "bool",
            (),
            required,
            # no yes/no field's null states anything: it is read as not given (facts.model)
            description=description,
            from_reference=from_reference,
        )
    if kind == "integer":
        money = name.endswith("_idr")
        return Field(name, "money" if money else "int", (), required, description=description)
    if kind == "number":
        return Field(name, "float", (), required, description=description)
    if node.get("format") == "date":  # "null = never met" / "null = none yet": a "never" box
        return Field(
            name,
            "date",
            (),
            required,
            nullable_meaning=nullable and "null =" in description,
            description=description,
        )
    long_text = node.get("maxLength", 0) > 500
    return Field(
        name,
        "textarea" if long_text else "text",
        (),
        required,
        # lead_agency: none named; the partner's language: its null is the reference data's
        nullable_meaning=nullable and "null =" in description and not from_reference,
        description=description,
        from_reference=from_reference,
    )


def _group(schema: dict[str, Any], name: str, node: Mapping[str, Any], repeated: bool) -> Group:
    required = set(node.get("required", ()))
    fields: list[Field] = []
    groups: list[Group] = []
    for key, prop in node.get("properties", {}).items():
        if key == "schema":
            continue
        inner, nullable = _unwrap(prop)
        made = _field(schema, key, inner, nullable, key in required)
        (groups if isinstance(made, Group) else fields).append(made)
    return Group(name, repeated, tuple(fields), tuple(groups))


@cache
def form_fields() -> Group:
    """The whole form, top level first, in the contract's field order."""
    schema = paracheck.proposal_schema()
    return _group(schema, "", schema, repeated=False)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


# --- proposal data → form state ---------------------------------------------------------------


def state_from_data(data: Mapping[str, Any], lang: str = "id") -> FormState:
    """The form filled from proposal data (``paracheck.proposal_yaml``'s content), a decimal
    written as the form's help for ``lang`` writes it: "0,6" in Indonesian, as "misalnya 0,6
    untuk 60%" says, where the field showed "0.6" (practitioner trial 27 C5); the form reads
    both."""
    state = FormState()
    _fill(form_fields(), "", data, state, lang)
    return state


def state_from_readable(data: Mapping[str, Any], lang: str = "id") -> FormState:
    """The form filled with what a file that does not load still says
    (``paracheck.readable_proposal_data``): each value its input can show as written (a
    figure, a text, a date, a yes or no, a list of texts), the rest left empty for the
    problems beside the form to name (trial26 U4: after a failed upload the form stayed empty)."""
    return state_from_data(_showable(form_fields(), data), lang)


#: what an input of each kind can show from a file's value as written
_SCALAR = (str, int, float, dt.date)


def _showable(group: Group, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` keeping, for each field and section of ``group``, only a value of the shape
    :func:`_fill` writes into its input."""
    out: dict[str, Any] = {}
    for spec in group.fields:
        value = data.get(spec.name, _ABSENT)
        if value is None or _fits(spec, value):
            out[spec.name] = value
    for sub in group.groups:
        value = data.get(sub.name)
        if sub.repeated and isinstance(value, list):
            out[sub.name] = [_showable(sub, item) for item in value if isinstance(item, Mapping)]
        elif not sub.repeated and isinstance(value, Mapping):
            out[sub.name] = _showable(sub, value)
    return out


def _fits(spec: Field, value: Any) -> bool:
    if spec.kind == "bool":
        return isinstance(value, bool)
    if spec.kind in ("lines", "counts") and isinstance(value, str):
        # a draft keeps a list or a table it could not read as it was typed: shown as typed,
        # beside its problem, not dropped (attack 330 M1: the language staff lost)
        return True
    if spec.kind in ("codes", "lines"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if spec.kind == "counts":
        return isinstance(value, Mapping) and all(
            isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool)
            for k, n in value.items()
        )
    return isinstance(value, _SCALAR) and not isinstance(value, bool)


def _fill(
    group: Group, prefix: str, data: Mapping[str, Any], state: FormState, lang: str = "id"
) -> None:
    for spec in group.fields:
        if spec.name not in data:
            continue
        path = _join(prefix, spec.name)
        value = data[spec.name]
        if value is None:
            state.values[path + NONE_SUFFIX] = "on"
            if spec.kind == "bool":
                state.values[path] = "null"
            continue
        state.values.update(_to_text(spec, path, value, lang))
    for sub in group.groups:
        if sub.name not in data:
            continue
        path = _join(prefix, sub.name)
        value = data[sub.name]
        if sub.repeated:
            items = value or []
            if value is not None and not items:
                state.values[path + NONE_SUFFIX] = "on"
            state.counts[path] = len(items)
            for i, item in enumerate(items):
                _fill(sub, f"{path}[{i}]", item, state, lang)
        elif value is not None:
            if not value:
                state.values[path + PRESENT_SUFFIX] = "on"
            _fill(sub, path, value, state, lang)


def _to_text(spec: Field, path: str, value: Any, lang: str = "id") -> dict[str, str]:
    if spec.kind == "bool":
        return {path: "true" if value else "false"}
    if spec.kind == "codes":
        out = {f"{path}.{code}": "on" for code in value}
        out[path + ORDER_SUFFIX] = ",".join(value)  # the upload's order, kept for the round trip
        if not value:
            out[path + NONE_SUFFIX] = "on"
        return out
    if spec.kind in ("lines", "counts") and isinstance(value, str):  # as typed (a draft's)
        return {path: value}
    if spec.kind == "lines":
        if not value:
            return {path + NONE_SUFFIX: "on"}
        return {path: "\n".join(value), **_written(path, value, value)}
    if spec.kind == "counts":
        text = "\n".join(f"{code}: {n}" for code, n in value.items())
        return {path: text} if value else {path + NONE_SUFFIX: "on"}
    if isinstance(value, dt.date):
        return {path: value.isoformat()}
    if isinstance(value, float) and spec.kind == "float":
        # Python's own digits (the shortest that read back as the same number), with the
        # decimal comma where the form's help writes one ("0,6"; "6,0" keeps a whole float
        # a float on the way back)
        shown = _unambiguous(repr(value))
        return {path: shown.replace(".", ",") if lang != "en" else shown}
    if spec.kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        # grouped by thousands as the form's language writes them, and read back so
        # (trial 230 #10: "150000000000" after "Ubah isian" left the officer counting zeros
        # to tell 15 from 150 miliar)
        grouped = f"{value:,}"
        return {path: grouped.replace(",", ".") if lang != "en" else grouped}
    if value == "" and spec.kind in ("text", "textarea"):
        return {path: "", path + BLANK_SUFFIX: "on"}
    if spec.kind in ("text", "textarea") and isinstance(value, str):
        return {path: value, **_written(path, value, [value])}
    return {path: str(value)}


#: what a browser changes in a text on the way back (see :data:`WRITTEN_SUFFIX`)
_CHANGED_BY_A_BROWSER = ("\r", "\n", "\x00")


def _written(path: str, value: Any, texts: list[str]) -> dict[str, str]:
    """The hidden copy of ``value`` as written, when a browser would change one of ``texts``."""
    if any(c in item for item in texts for c in _CHANGED_BY_A_BROWSER):
        return {path + WRITTEN_SUFFIX: json.dumps(value, ensure_ascii=True)}
    return {}


def _as_shown(text: str, one_line: bool) -> str:
    """``text`` as a browser posts it back (line breaks as line feeds, U+0000 as U+FFFD, and no
    line break at all from a one-line input), so a value shown unchanged compares equal."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    return text.replace("\n", "") if one_line else text


def _as_written(spec: Field, path: str, state: FormState) -> Any:
    """The text (or list) the file wrote, when its field still shows it unchanged; else
    :data:`_ABSENT` (what the field holds now is read as typed)."""
    held = state.get(path + WRITTEN_SUFFIX)
    if not held:
        return _ABSENT
    try:
        value = json.loads(held)
    except (ValueError, RecursionError):  # not a copy this form wrote
        return _ABSENT
    if spec.kind == "lines":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return _ABSENT
        shown = "\n".join(value)
    elif isinstance(value, str):
        shown = value
    else:
        return _ABSENT
    one_line = spec.kind == "text"
    now = _as_shown(state.get(path), one_line).strip(_SPACE)
    return value if now == _as_shown(shown, one_line).strip(_SPACE) else _ABSENT


# --- form post → form state -------------------------------------------------------------------


#: the hidden input carrying :attr:`FormState.previous`
PREVIOUS = "_previous"


def state_from_post(items: Iterable[tuple[str, str]]) -> FormState:
    """The state a posted form carries: every named input, and the item counts."""
    state = FormState()
    for name, value in items:
        if name.endswith(COUNT_SUFFIX):
            try:
                state.counts[name[: -len(COUNT_SUFFIX)]] = max(0, min(int(value), 1000))
            except ValueError:
                continue
        elif name == PREVIOUS:
            state.previous = value.replace("\r\n", "\n")
        elif not name.startswith("_"):
            state.values[name] = value.replace("\r\n", "\n")
    _counts_backed(state)
    return state


#: an index in a posted input's name, with the list it indexes before it
_INDEX = re.compile(r"\[(0|[1-9][0-9]{0,5})\]")


def _counts_backed(state: FormState) -> None:
    """Each list's count cut to the items the post carries inputs of: every item of the form
    has an input a browser always sends (a name, a step, a rule), so a count beyond the last
    such item is not a browser's (attack 360 H2: ``sectors.__count=1000000000`` and nothing
    else, 131 bytes, drew a page of a thousand empty sectors, 5.5 MB, and held the server for
    seconds). An item added by the post's own action ("Tambah") is counted after this.
    The items counted are those from the first up to the first one the post carries no input
    of: a browser sends every item's inputs, so one inputless item before the last is not a
    browser's either (attack 440 M3: ``sectors.__count=1000`` and one field of the 1000th
    sector, 136 bytes, still drew a page of a thousand sectors, 5.4 MB, in four seconds)."""
    if not state.counts:
        return
    present: dict[str, set[int]] = {}
    for name in state.values:
        for found in _INDEX.finditer(name):
            listed = name[: found.start()]
            if listed in state.counts:
                present.setdefault(listed, set()).add(int(found.group(1)))
    for listed, count in state.counts.items():
        held = present.get(listed, set())
        run = 0
        while run < count and run in held:
            run += 1
        state.counts[listed] = run


#: an item's path as the form writes it: an index in ASCII digits, no leading zero, within the
#: form's reach (attack 330: a 5000-digit index, "[01]" or Arabic-Indic digits, forged in a
#: post, failed in ``int`` or named another item than the one removed)
_ITEM = re.compile(r"^(?P<list>.+)\[(?P<index>0|[1-9][0-9]{0,5})\]$")


def add_item(state: FormState, list_path: str) -> bool:
    """One more (empty) item at the end of a repeated group (``sectors``,
    ``sectors[0].programs``); False (nothing added) when the form already holds
    :data:`MAX_ITEMS` items."""
    if state.items() >= MAX_ITEMS:
        return False
    state.counts[list_path] = state.count(list_path) + 1
    state.values.pop(list_path + NONE_SUFFIX, None)
    return True


def field_id(path: str) -> str:
    """The id the form page gives the input of ``path`` (its template's ``fid``, and where
    the page opens after "Tambah"): ``sectors[0].name`` → ``f-sectors-0-name``."""
    return "f-" + path.replace("[", "-").replace("]", "").replace(".", "-")


def first_field(list_path: str, index: int) -> str | None:
    """The concrete path of the first field of item ``index`` of the repeated group
    ``list_path`` (``sectors[0].programs``, 1 → ``sectors[0].programs[1].name``): where the
    page puts the keyboard after "Tambah" (trial 230 #5: the page came back at its top, focus
    on the body, 43 Tab presses from the new sector's first field). None for a group the form
    does not have, or one whose items hold no field of their own."""
    group = form_fields()
    for part in re.sub(r"\[\d+\]", "", list_path).split("."):
        group = next((g for g in group.groups if g.name == part), None)  # type: ignore[assignment]
        if group is None:
            return None
    if not group.repeated or not group.fields:
        return None
    return f"{list_path}[{index}].{group.fields[0].name}"


#: the hidden input carrying an item just removed, for "Urungkan" (:func:`removed_part`)
REMOVED = "_removed"


def removed_part(state: FormState, item_path: str) -> dict[str, Any] | None:
    """What removing ``item_path`` (``sectors[1]``) takes away, before it is removed: its
    values and the sizes of its lists, by their paths below the item, so that "Urungkan" can
    put it back where it was (review 320 M2: one click on "Hapus: sektor 1" took a sector
    with its programmes, budgets and targets, and nothing gave them back). None for a path
    that is no item of the form."""
    match = _ITEM.match(item_path)
    if match is None or int(match["index"]) >= state.count(match["list"]):
        return None
    below = item_path + "."
    return {
        "item": item_path,
        "values": {k[len(item_path) :]: v for k, v in state.values.items() if k.startswith(below)},
        "counts": {k[len(item_path) :]: v for k, v in state.counts.items() if k.startswith(below)},
    }


def restore_item(state: FormState, saved: Any) -> str | None:
    """Put back an item :func:`removed_part` kept, at its place, the later items moving down
    by one; its path, or None where ``saved`` is not such a record (a hand-made post) or the
    form would then hold more than :data:`MAX_ITEMS` items."""
    if not isinstance(saved, dict):
        return None
    item, values, counts = saved.get("item"), saved.get("values"), saved.get("counts")
    match = _ITEM.match(item) if isinstance(item, str) else None
    if match is None or not isinstance(values, dict) or not isinstance(counts, dict):
        return None
    if not all(isinstance(k, str) and k.startswith(".") for k in (*values, *counts)):
        return None
    if not all(isinstance(v, str) for v in values.values()):
        return None
    if not all(type(v) is int and 0 <= v <= MAX_ITEMS for v in counts.values()):
        return None
    if state.items() + 1 + sum(counts.values()) > MAX_ITEMS:
        return None
    list_path = match["list"]
    size = state.count(list_path)
    index = min(int(match["index"]), size)
    prefix = f"{list_path}["

    def moved(mapping: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in mapping.items():
            if key.startswith(prefix):
                number, _, tail = key[len(prefix) :].partition("]")
                if number.isdigit() and int(number) >= index:
                    key = f"{prefix}{int(number) + 1}]{tail}"
            out[key] = value
        return out

    state.values = moved(state.values)
    state.counts = moved(state.counts)
    at = f"{list_path}[{index}]"
    state.values.update({at + rel: value for rel, value in values.items()})
    state.counts.update({at + rel: value for rel, value in counts.items()})
    state.counts[list_path] = size + 1
    state.values.pop(list_path + NONE_SUFFIX, None)
    return at


def remove_item(state: FormState, item_path: str) -> None:
    """Remove ``sectors[1]`` (and everything under it); later items move up by one."""
    match = _ITEM.match(item_path)
    if match is None:
        return
    list_path, index = match["list"], int(match["index"])
    size = state.count(list_path)
    if index >= size:
        return
    prefix = f"{list_path}["

    def shifted(mapping: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in mapping.items():
            if key.startswith(prefix):
                rest = key[len(prefix) :]
                number, _, tail = rest.partition("]")
                if number.isdigit():
                    n = int(number)
                    if n == index:
                        continue
                    if n > index:
                        key = f"{prefix}{n - 1}]{tail}"
            out[key] = value
        return out

    state.values = shifted(state.values)
    state.counts = shifted(state.counts)
    state.counts[list_path] = size - 1


# --- form state → proposal data ---------------------------------------------------------------

_MESSAGES = {
    "date": (
        "isi tanggal dengan format TTTT-BB-HH yang benar-benar ada, misalnya 2015-06-10",
        "enter a real date as YYYY-MM-DD, e.g. 2015-06-10",
    ),
    "int": ("isi dengan bilangan bulat, misalnya 12", "enter a whole number, e.g. 12"),
    "money": (
        "isi jumlah rupiah tanpa desimal, misalnya 250000000 atau 250.000.000",
        "enter whole Rupiah, e.g. 250000000 or 250,000,000",
    ),
    # a date in the right form that no calendar has ("2026-11-31"), as the file's refusal
    # says it (trial 270 L9: the form said only "… yang benar-benar ada")
    "date_not_in_calendar": (
        "«{written}» bukan tanggal yang ada di kalender (periksa tanggal dan bulannya)",
        "“{written}” is not a date in the calendar (check the day and month)",
    ),
    # a date written as letters write it ("29-02-2024"): refused, with the day it stands for
    "date_written": (
        "isi tanggal dengan format TTTT-BB-HH: untuk «{written}» tulis {figure}",
        "enter the date as YYYY-MM-DD: for “{written}” write {figure}",
    ),
    # … and one that reads as two days ("01/09/2025"): both, the day first as letters write it
    "date_either": (
        "isi tanggal dengan format TTTT-BB-HH. Untuk «{written}», tulis {day_first} bila "
        "maksudnya {day_first_said} (hari ditulis lebih dulu, seperti lazim di Indonesia), atau "
        "{month_first} bila maksudnya {month_first_said}",
        "enter the date as YYYY-MM-DD. For “{written}”, write {day_first} if it means "
        "{day_first_said} (the day first, as usual in Indonesia), or {month_first} if it means "
        "{month_first_said}",
    ),
    # an amount written in words ("Rp 1,5 miliar"): refused, with the figure it stands for
    "money_words": (
        "isi jumlah rupiah dengan angka saja: untuk «{written}» tulis {figure}",
        "enter the amount in figures: for “{written}” write {figure}",
    ),
    # "2 M": miliar in an Indonesian budget, million in an English one; both figures offered,
    # the choice left to the officer (web 440 L4: "2 M" had only the generic message)
    "money_m": (
        "isi jumlah rupiah dengan angka saja: untuk «{written}» tulis {miliar} bila «M» berarti "
        "miliar, atau {juta} bila «M» berarti juta",
        "enter the amount in figures: for “{written}” write {miliar} if M stands for miliar "
        "(billion), or {juta} if it stands for million",
    ),
    # "1,500 juta": both readings, the Indonesian first (review 491 H3)
    "money_either": (
        "isi jumlah rupiah dengan angka saja: untuk «{written}» tulis {one} atau {other}, sesuai "
        "yang dimaksud",
        "enter the amount in figures: for “{written}” write {one} or {other}, whichever is meant",
    ),
    "float": ("isi dengan angka, misalnya 0,6 atau 12", "enter a number, e.g. 0.6 or 12"),
    # a list ticked "none (confirmed)" beside entries of it: which one is meant is not the
    # form's to guess (attack 350 L3: "dana mitra" beside "tidak ada (sudah dipastikan)" was
    # read as the partner's funds, silently)
    "none_and_chosen": (
        "pilih isiannya atau «{none}», bukan keduanya",
        "choose entries or “{none}”, not both",
    ),
    # "belum ada" in a field of last year's budget record (trial 28, item 12): the answer is
    # the choice above it, not a number
    "no_budget_word": (
        "untuk «{written}» kosongkan isian ini dan jawab «tidak» pada «{flag}»",
        "for “{written}” leave this empty and answer “no” to “{flag}”",
    ),
    # "1,000" in a field of decimals: a thousand, or one (atk22)
    "float_ambiguous": (
        "«{written}» dapat dibaca {whole} atau {small}; tulis yang dimaksud tanpa pemisah "
        "ribuan: {whole} atau {small}",
        "“{written}” can be read as {whole} or {small}; write the one you mean without a "
        "thousands separator: {whole} or {small}",
    ),
    "share_ambiguous": (
        "untuk «{written}» tulis {small} ({percent}%)",
        "for “{written}” write {small} ({percent}%)",
    ),
    # a share (0 to 1): its own example, never one the field refuses (review 17: "misalnya 0,6
    # atau 12" beside a field that refuses 12)
    "share_form": (
        "isi pecahan antara 0 dan 1, misalnya 0,6 untuk 60%, atau tulis 60%",
        "enter a fraction from 0 to 1, e.g. 0.6 for 60%, or write 60%",
    ),
    "counts": (
        "tulis satu bahasa per baris, kode ISO dan jumlah staf, misalnya «zh: 2»",
        "write one language per line, ISO code and number of staff, e.g. “zh: 2”",
    ),
    # the line that cannot be read, named, with the line it should be where the officer's
    # words give one (web 490 M4: "en 2" beside "jepang: 1" was told only the general rule)
    "counts_line": (
        "baris «{line}» tidak terbaca: tulis kode bahasa, titik dua, lalu jumlah staf, "
        "misalnya «{example}»",
        "the line “{line}” cannot be read: write the language code, a colon, then the number "
        "of staff, e.g. “{example}”",
    ),
    "required": ("wajib diisi", "required"),
    "counts_twice": (
        "bahasa «{code}» ditulis dua kali; tulis satu baris untuk setiap bahasa dengan jumlah "
        "stafnya",
        "the language “{code}” is written twice; write one line per language with its number "
        "of staff",
    ),
    "too_many": (
        "formulir ini dapat memuat paling banyak {limit} butir (sektor, program, langkah "
        "prosedur, dan risiko yang diterima) seluruhnya; nilailah usulan sebesar itu sebagai "
        "berkas YAML dengan perintah `paracheck assess`",
        "this form holds at most {limit} items in all (sectors, programmes, procedure steps, "
        "and accepted risks); assess a proposal that large as a YAML file with `paracheck "
        "assess`",
    ),
    "too_many_file": (
        "usulan ini memuat {count} butir (sektor, program, langkah prosedur, dan risiko yang "
        "diterima), sedangkan formulir dapat memuat paling banyak {limit}; nilailah berkasnya "
        "dengan perintah `paracheck assess` atau melalui API (/api/v1/assess)",
        "this proposal has {count} items (sectors, programmes, procedure steps, and accepted "
        "risks), and the form holds at most {limit}; assess the file with `paracheck assess` or "
        "through the API (/api/v1/assess)",
    ),
    "minimum": ("paling kecil {limit}", "at least {limit}"),
    "exclusiveMinimum": ("harus lebih besar dari {limit}", "must be more than {limit}"),
    "maximum": ("paling besar {limit}", "at most {limit}"),
    # a share written above 100% ("145%", "120%", "450"): its highest value said as the
    # officer wrote it, not a different number to take instead (review 18 A6: "145%" was
    # offered "0,0145 untuk 1,45%")
    "share_over": (
        "paling besar 100%: isi pecahan antara 0 dan 1, misalnya 0,6 untuk 60%, atau tulis 60%",
        "at most 100%: enter a fraction from 0 to 1, e.g. 0.6 for 60%, or write 60%",
    ),
    # a share written as a percentage (55 for 55 %): say how to write it (newcomer trial 12)
    "share": (
        "isi pecahan antara 0 dan 1, misalnya {share} untuk {percent}%, atau tulis {percent}%",
        "enter a fraction from 0 to 1, e.g. {share} for {percent}%, or write {percent}%",
    ),
    # how long it is and how much to cut (web 490 L1: "paling banyak 10000 karakter" beside
    # 13,020 pasted, the limit ungrouped and nothing said of how much to remove)
    "maxLength": (
        "paling banyak {limit} karakter; tertulis {length} karakter, kurangi {cut} karakter",
        "at most {limit} characters; {length} written, cut {cut}",
    ),
    "pattern": (
        "bentuknya tidak sesuai; contoh yang benar: {example}",
        "not in the expected form; for example: {example}",
    ),
    "pattern_case": ("tulis dengan huruf besar: {upper}", "write it in capitals: {upper}"),
    "form": ("bentuknya tidak sesuai", "not in the expected form"),
}
_PATTERN_EXAMPLES = {r"^[A-Z]{2,5}-\d{3}$": "BUD-001"}


def message(key: str, lang: str, **values: Any) -> str:
    """A form-level message (an input not of its kind) in the page's language."""
    pair = _MESSAGES[key]
    return (pair[1] if lang == "en" else pair[0]).format(**values)


def _limit_problem(spec: Field, value: Any, lang: str) -> str | None:
    """The first of the schema's limits the value breaks, said in the page's language (the
    library would refuse it too, but in English)."""
    for key, limit in spec.limits:
        if key == "maxLength" and isinstance(value, str) and len(value) > limit:
            length = len(value)
            return message(
                key,
                lang,
                limit=whole(limit, lang),
                length=whole(length, lang),
                cut=whole(length - limit, lang),
            )
        if key == "pattern" and isinstance(value, str) and not re.search(limit, value):
            example = _PATTERN_EXAMPLES.get(limit)  # never show a regular expression
            if example and re.search(limit, value.strip().upper()):  # "hr-002" (web 490 L3)
                return message("pattern_case", lang, upper=value.strip().upper())
            return message(key, lang, example=example) if example else message("form", lang)
        if isinstance(value, int | float) and not isinstance(value, bool):
            broken = {
                "minimum": value < limit,
                "maximum": value > limit,
                "exclusiveMinimum": value <= limit,
            }.get(key, False)
            if broken and key == "maximum" and limit == 1 and 1 < value <= 100:
                return message(
                    "share", lang, share=_number(value / 100, lang), percent=_number(value, lang)
                )
            if broken:
                return message(key, lang, limit=_number(limit, lang))
    return None


def whole(value: int, lang: str) -> str:
    """A count as the page's language groups its thousands: 1.000 (id), 1,000 (en)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "id" else text


#: a number whose one separator is followed by three digits, after a whole part that is not
#: 0: "1,000" or "12.500" is a thousand and twelve thousand five hundred as English and
#: Indonesian group thousands, and 1 and 12.5 as a decimal comma or point; "0,125" is not
_AMBIGUOUS = re.compile(r"^-?[1-9][0-9]{0,2}[.,][0-9]{3}$")


def _unambiguous(shown: str) -> str:
    """A decimal the form writes, never one it would refuse as ambiguous: 12.125 is written
    "12.1250" (the value read back is the same)."""
    return shown + "0" if _AMBIGUOUS.match(shown) else shown


def _number(value: Any, lang: str) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if lang == "id" else text


def data_from_state(state: FormState, lang: str) -> tuple[dict[str, Any], dict[str, str]]:
    """(proposal data, messages by input path). Inputs that cannot be read as their kind are
    reported here; everything else (ranges, codes, vocabularies) the library judges."""
    errors: dict[str, str] = {}
    data: dict[str, Any] = {"schema": "paracheck/proposal/v1"}
    _read(form_fields(), "", state, data, errors, lang)
    return data, errors


def draft_data(data: dict[str, Any], errors: Mapping[str, str], state: FormState) -> dict[str, Any]:
    """``data`` (:func:`data_from_state`) with each input the form could not read put back
    as it was typed, so that a draft saved with mistakes keeps them to be corrected: a value
    left out of the file would be a value lost. An error of a list itself (too many items)
    has no text of its own and is skipped."""
    out = copy.deepcopy(data)
    for path in errors:
        typed = state.get(path)
        if not typed:
            continue
        parts = re.findall(r"([^.\[\]]+)(?:\[(\d+)\])?", path)
        node: Any = out
        for i, (name, index) in enumerate(parts):
            last = i == len(parts) - 1
            if last and not index:
                if isinstance(node, dict):
                    node[name] = typed
                break
            child = node.get(name) if isinstance(node, dict) else None
            if index:
                if not isinstance(child, list) or int(index) >= len(child):
                    break
                node = child[int(index)]
            else:
                if child is None and isinstance(node, dict):
                    child = node[name] = {}
                node = child
            if not isinstance(node, dict):
                break
    return out


def _read(
    group: Group,
    prefix: str,
    state: FormState,
    out: dict[str, Any],
    errors: dict[str, str],
    lang: str,
) -> None:
    for spec in group.fields:
        path = _join(prefix, spec.name)
        value = _from_text(spec, path, state, errors, lang)
        if value is not _ABSENT:
            out[spec.name] = value
    for sub in group.groups:
        path = _join(prefix, sub.name)
        if sub.repeated:
            size = state.count(path)
            if size == 0:
                if state.checked(path + NONE_SUFFIX):
                    out[sub.name] = []
                continue
            items = []
            for i in range(size):
                item: dict[str, Any] = {}
                _read(sub, f"{path}[{i}]", state, item, errors, lang)
                items.append(item)
            out[sub.name] = items
        else:
            section: dict[str, Any] = {}
            _read(sub, path, state, section, errors, lang)
            if section or state.checked(path + PRESENT_SUFFIX):
                out[sub.name] = section


#: what is trimmed from an entry: the white space the proposal loader trims (pydantic's
#: ``str_strip_whitespace``, Unicode White_Space), not Python's ``str.strip()``, which also
#: takes the separators U+001C-U+001F: a title "0\x1f" came back from the form as "0"
_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")


def trim(text: str) -> str:
    """``text`` without the white space around it that the proposal loader trims (the API's
    ``as_of`` " 2020-05-22" reads as a proposal's ``date`` does)."""
    return text.strip(_SPACE)


class _Absent:
    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "<absent>"


_ABSENT: Any = _Absent()
_GROUPED = re.compile(r"^-?[0-9]{1,3}([.,_ ][0-9]{3})+$")
_RUPIAH = re.compile(r"^rp\.?\s*", re.IGNORECASE)
#: no cents, as letters and budgets write an amount: "Rp 200.000.000,-", "200.000.000,00"
_NO_CENTS = re.compile(r"(,-|[.,]00)$")


def _ascii_digits(text: str) -> str:
    """``text`` with the digits of any script as ASCII digits: ٢٠٢٠ (Arabic-Indic) and ２０２０
    (full-width, typed with a Chinese or Japanese input method on) are 2020. Only decimal
    digits (Unicode Nd): a superscript ² or a fraction ½ stays what it is, and is refused."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _is_share(spec: Field) -> bool:
    """A share from 0 to 1 (the budget's realisation rate)."""
    return spec.kind == "float" and ("maximum", 1) in spec.limits


def _from_text(spec: Field, path: str, state: FormState, errors: dict[str, str], lang: str) -> Any:
    none = state.checked(path + NONE_SUFFIX)
    if spec.kind == "codes":
        checked = [code for code in spec.choices if state.checked(f"{path}.{code}")]
        order = state.get(path + ORDER_SUFFIX).split(",")
        # the upload's order, a code it listed twice still twice (the officer's file); then
        # the codes ticked since, in the form's order
        chosen = [code for code in order if code in checked]
        chosen += [code for code in checked if code not in order]
        if chosen and none:
            errors[path] = message("none_and_chosen", lang, none=word("none_list", lang))
            return _ABSENT
        return chosen if chosen else ([] if none else _ABSENT)
    if spec.kind in ("text", "textarea", "lines"):
        written = _as_written(spec, path, state)
        if written is not _ABSENT:
            return written
    text = state.get(path).strip(_SPACE)
    if spec.kind == "bool":
        return {"true": True, "false": False, "null": None}.get(text, _ABSENT)
    if spec.kind == "lines":
        lines = [line.strip(_SPACE) for line in text.split("\n") if line.strip(_SPACE)]
        if lines and none:
            errors[path] = message("none_and_chosen", lang, none=word("none_list", lang))
            return _ABSENT
        return lines if lines else ([] if none else _ABSENT)
    if not text:
        if spec.kind in ("text", "textarea") and state.checked(path + BLANK_SUFFIX):
            return ""
        if none and spec.kind != "counts":
            return None
        if spec.kind == "counts" and none:
            return {}
        if spec.required:
            errors[path] = message("required", lang)
        return _ABSENT
    share = _is_share(spec)
    text = _ascii_digits(text)
    percent = spec.kind == "float" and text.endswith("%")
    if percent:  # "60%" in a share is 0.6; in a field counted in percent it is 60
        text = text[:-1].strip(_SPACE)
    if spec.kind == "float" and _AMBIGUOUS.match(text):
        # "1,000" in a field of decimals was read as 1 on either page, where an English
        # reader wrote a thousand and the English page itself writes a thousand so (atk22):
        # no reading is taken for granted; both are said, to write the one meant
        unit = "%" if percent else ""
        small = _unambiguous(f"{float(text.replace(',', '.')):g}")
        if share and not percent and 0 <= float(small) <= 1:
            # a share is at most 1: "1,000" cannot be a thousand, only 1 (web 490 L2: "dapat
            # dibaca 1000 atau 1" offered a figure the field refuses)
            shown = small.replace(".", ",") if lang != "en" else small
            errors[path] = message(
                "share_ambiguous",
                lang,
                written=trim(state.get(path)),
                small=shown,
                percent=_number(float(small) * 100, lang),
            )
            return _ABSENT
        errors[path] = message(
            "float_ambiguous",
            lang,
            written=trim(state.get(path)),
            whole=f"{int(re.sub(r'[.,]', '', text))}{unit}",
            small=(small.replace(".", ",") if lang != "en" else small) + unit,
        )
        return _ABSENT
    if spec.kind == "money":  # officers write "Rp 200.000.000" (newcomer trial 16)
        text = _NO_CENTS.sub("", _RUPIAH.sub("", text))
    try:
        value = _convert(spec.kind, text)
        if percent and share:
            value = round(value / 100, 10)
    except _Twice as twice:
        errors[path] = message("counts_twice", lang, code=twice.code)
        return _ABSENT
    except ValueError:
        written = trim(state.get(path))
        figure = _figure_of_words(text) if spec.kind == "money" else None
        day = paracheck.date_written_as(text) if spec.kind == "date" else None
        either = paracheck.date_read_either_way(text) if spec.kind == "date" else None
        short = _figures_of_m(text) if spec.kind == "money" else None
        either_amount = _figures_either(text) if spec.kind == "money" else None
        if either_amount is not None:
            errors[path] = message(
                "money_either", lang, written=written, one=either_amount[0], other=either_amount[1]
            )
        elif figure is not None:
            errors[path] = message("money_words", lang, written=written, figure=figure)
        elif short is not None:
            errors[path] = message("money_m", lang, written=written, miliar=short[0], juta=short[1])
        elif day is not None:  # the library's reading, as a file's refusal suggests it
            errors[path] = message("date_written", lang, written=written, figure=day)
        elif either is not None:
            errors[path] = message(
                "date_either",
                lang,
                written=written,
                day_first=either[0],
                month_first=either[1],
                day_first_said=paracheck.date_words(either[0], lang),
                month_first_said=paracheck.date_words(either[1], lang),
            )
        elif spec.kind == "date" and (
            _ISO_SHAPE.fullmatch(text) or paracheck.written_day_not_in_calendar(text)
        ):
            errors[path] = message("date_not_in_calendar", lang, written=written)
        elif paracheck.none_yet_written(path, text):  # "belum ada": the other field's answer
            flag = paracheck.field_label("budget.budgeted_last_year", lang, where=False)
            flag = flag[:1].upper() + flag[1:]  # as the form labels it
            errors[path] = message("no_budget_word", lang, written=written, flag=flag)
        elif spec.kind == "counts" and (unread := _unread_line(text)) is not None:
            errors[path] = message("counts_line", lang, line=trim(unread[0]), example=unread[1])
        else:
            errors[path] = message("share_form" if share else spec.kind, lang)
        return _ABSENT
    problem = _limit_problem(spec, value, lang)
    if problem is not None and share and value > 1 and (percent or value > 100):
        problem = message("share_over", lang)
    if problem is not None:
        errors[path] = problem
    return value


#: a date in the form the file and the form ask for, whether or not the calendar has it
_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: an amount in words as letters and budgets write it: "1,5 miliar", "250 juta", "2.5 billion",
#: its word of scale read by the library's table (:func:`paracheck.amount_scale`); "M" and "T"
#: are not in it (Indonesian budgets write M for miliar, English for million)
_IN_WORDS = re.compile(r"(?P<number>[0-9]+(?:[.,][0-9]+)*)\s*(?P<scale>[a-z]+)\.?", re.IGNORECASE)


def _figure_of_words(text: str) -> str | None:
    """The whole Rupiah an amount in words stands for ("1,5 miliar" → "1500000000"), or None
    when ``text`` is not one or does not come to whole Rupiah. A separator followed by three
    digits groups thousands ("1.500 juta"); followed by one or two, it is the decimal comma or
    point ("1,5 miliar", "2.75 million")."""
    import decimal

    found = _IN_WORDS.fullmatch(text.strip(_SPACE))
    if found is None:
        return None
    scale = paracheck.amount_scale(found["scale"])
    number = found["number"]
    if scale is None:
        return None
    if _ONE_GROUP.fullmatch(number):
        return None  # "1,250 juta": a decimal or a thousands separator (:func:`_figures_either`)
    if _GROUPED.match(number):
        number = re.sub(r"[.,]", "", number)
    elif re.fullmatch(r"[0-9]+[.,][0-9]{1,2}", number):
        number = number.replace(",", ".")
    elif not number.isdigit():
        return None
    value = decimal.Decimal(number) * scale
    if value != value.to_integral_value():
        return None
    return str(int(value))


#: a comma before three digits: the decimal mark in Indonesian, thousands in English
#: ("1,250"); a point before three digits groups thousands, as Indonesian writes them
_ONE_GROUP = re.compile(r"[0-9]{1,3},[0-9]{3}")


def _figures_either(text: str) -> tuple[str, str] | None:
    """The two whole Rupiah an amount in words with one separator before three digits may
    stand for ("1,500 juta": 1,5 juta with the Indonesian decimal comma, or 1.500 juta), the
    Indonesian reading first; None when ``text`` is not such an amount (review 491 H3: the
    form and the file told "1500000000" for "1,500 juta")."""
    found = _IN_WORDS.fullmatch(text.strip(_SPACE))
    if found is None or not _ONE_GROUP.fullmatch(found["number"]):
        return None
    import decimal

    scale = paracheck.amount_scale(found["scale"])
    if scale is None:
        return None
    number = found["number"]
    grouped = decimal.Decimal(number.replace(",", "")) * scale
    first, second = decimal.Decimal(number.replace(",", ".")) * scale, grouped
    if first != first.to_integral_value() or second != second.to_integral_value():
        return None
    return str(int(first)), str(int(second))


def _figures_of_m(text: str) -> tuple[str, str] | None:
    """The two whole Rupiah an amount abbreviated with "M" may stand for ("2 M", "1,5M"):
    miliar as Indonesian budgets write it, and million as English writes it; None when
    ``text`` is not such an amount or either reading is not whole Rupiah."""
    found = re.fullmatch(r"(?P<number>[0-9]+(?:[.,][0-9]+)*)\s*[mM]\.?", text.strip(_SPACE))
    if found is None:
        return None
    miliar = _figure_of_words(f"{found['number']} miliar")
    juta = _figure_of_words(f"{found['number']} juta")
    return (miliar, juta) if miliar is not None and juta is not None else None


class _Twice(ValueError):
    """A language written on two lines of a staff-count field."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _convert(kind: str, text: str) -> Any:
    if kind == "date":
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError(text)
        return dt.date.fromisoformat(text).isoformat()
    if kind in ("int", "money"):
        if _GROUPED.match(text):
            text = re.sub(r"[.,_ ]", "", text)
        if not re.fullmatch(r"-?[0-9]+", text):
            raise ValueError(text)
        return int(text)
    if kind == "float":
        number = float(text.replace(",", "."))
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(text)
        return number
    if kind == "counts":
        counts: dict[str, int] = {}
        for line in text.split("\n"):
            if not line.strip():
                continue
            read = _count_line(line)
            if read is None:
                raise ValueError(line)
            code, count = read
            if code in counts:  # a second line would silently replace the first
                raise _Twice(code)
            counts[code] = count
        return counts
    return text


def _count_line(line: str) -> tuple[str, int] | None:
    """One line of a table of counts as the form reads it, ``code: number`` → (code, number);
    None for a line it cannot read."""
    code, sep, number = line.partition(":")
    if not sep or not re.fullmatch(r"[0-9]+", number.strip()) or not code.strip():
        return None
    return code.strip(), int(number.strip())


def _unread_line(text: str) -> tuple[str, str] | None:
    """The first line of a table of counts the form cannot read, and the line to write in
    its place: its code and number joined by a colon where it holds both ("en 2", "en = 2":
    "en: 2"), else the form's example; None when every line reads."""
    for line in text.split("\n"):
        if not line.strip() or _count_line(line) is not None:
            continue
        pair = re.fullmatch(r"\s*([A-Za-z]{2,3})\s*(?:[=\-–]|\s)\s*([0-9]+)\s*", line)
        return line.strip(), (f"{pair.group(1).lower()}: {pair.group(2)}" if pair else "zh: 2")
    return None


def day_of(text: str) -> dt.date | None:
    """The day a date input holds, as the form reads a date (``YYYY-MM-DD``); None when it is
    empty or not a date (its problem is said beside it)."""
    try:
        return dt.date.fromisoformat(_convert("date", _ascii_digits(text.strip(_SPACE))))
    except ValueError:
        return None


def signed_day(state: FormState) -> dt.date | None:
    """The day the form records the MoU signed: a signing step done, with its date; None
    otherwise."""
    for i in range(state.count("procedure")):
        at = f"procedure[{i}]."
        if state.get(at + "step") == "signing" and state.get(at + "status") == "done":
            return day_of(state.get(at + "date"))
    return None


def input_path(problem_path: str, state: FormState) -> str:
    """The input a library problem belongs beside: the path itself, or the nearest enclosing
    input (``basis.similar_characteristics[2]`` → ``basis.similar_characteristics``);
    ``""`` when no input matches (the problem is shown above the form)."""
    known = set(state.values) | set(state.counts) | set(_all_paths(state))
    path = problem_path
    while path:
        if path in known:
            return path
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            break
        path = path[:cut]
    return path if path in known else ""


def _all_paths(state: FormState) -> list[str]:
    paths: list[str] = []

    def walk(group: Group, prefix: str) -> None:
        for spec in group.fields:
            paths.append(_join(prefix, spec.name))
        for sub in group.groups:
            path = _join(prefix, sub.name)
            if sub.repeated:
                paths.append(path)
                for i in range(state.count(path)):
                    walk(sub, f"{path}[{i}]")
            else:
                walk(sub, path)

    walk(form_fields(), "")
    return paths
