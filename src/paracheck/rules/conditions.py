"""The condition language of rule packs: parsing, validation and description in words.

A condition arrives as plain YAML data (see docs/rule-language.md) and is parsed into a small
immutable tree. Parsing checks every path against the fact vocabulary for the scope the
condition is evaluated in, so a pack that reads a field no proposal has is refused before any
proposal is assessed. ``describe`` turns a tree into words (both languages) for
``clears_when``; ``negate`` gives the condition under which a check clears.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import msgspec

from paracheck.facts.paths import COLLECTIONS, Scope, readable_in, vocabulary

COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge")
ORDERED = ("lt", "le", "gt", "ge")
FLIP = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le"}


class ConditionError(ValueError):
    """A malformed condition; ``field`` says where inside the rule (``when.all[1].path``)."""

    def __init__(self, field: str, key: str, /, **values: Any) -> None:
        from paracheck.errors import Words

        # said by a key of facts/data/pack_problems.yaml: the English ``message`` as before,
        # and ``words`` for the pack author's language
        self.words = Words.of(key, **values)
        self.message = self.words.render("en")
        super().__init__(self.message)
        self.field = field


class All(msgspec.Struct, frozen=True):
    parts: tuple[Condition, ...]


class AnyOf(msgspec.Struct, frozen=True):
    parts: tuple[Condition, ...]


class Not(msgspec.Struct, frozen=True):
    part: Condition


class Compare(msgspec.Struct, frozen=True):
    """``path op value`` against a literal (``value`` may be None for eq/ne null)."""

    path: str
    op: str
    value: Any


class Member(msgspec.Struct, frozen=True):
    """``path in values`` (or not in)."""

    path: str
    values: tuple[Any, ...]
    negated: bool = False


class Contains(msgspec.Struct, frozen=True):
    """A list field holds (or lacks) ``value``."""

    path: str
    value: Any
    negated: bool = False


class Exists(msgspec.Struct, frozen=True):
    path: str
    present: bool = True


class ComparePaths(msgspec.Struct, frozen=True):
    """``path op other × times + plus`` — two fields of the same fact."""

    path: str
    op: str
    other: str
    plus: float = 0
    times: float = 1


class Count(msgspec.Struct, frozen=True):
    """Number (or ``share`` 0..1) of items of ``collection`` satisfying ``where``."""

    collection: str
    where: Condition | None
    op: str
    value: float
    share: bool = False
    node: int = 0  # unique per pack, assigned by the compiler


class Flag(msgspec.Struct, frozen=True):
    """True when the rule that derives ``name`` is a risk."""

    name: str
    negated: bool = False


Condition = All | AnyOf | Not | Compare | Member | Contains | Exists | ComparePaths | Count | Flag


# --------------------------------------------------------------------------- parsing


def written(value: Any) -> str:
    """A pack's value as its author wrote it in YAML, for a problem that quotes it: ``true``
    and ``null``, not Python's ``True`` and ``None``; a text quoted ('yes'), so that a text
    that looks like a number ('010') is seen to be one."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dt.date | dt.datetime):  # a YAML date, as written, not Python's repr
        return value.isoformat()  # (attack 440 M6: "tertulis datetime.date(2020, 1, 1)")
    return repr(value)


#: a number written with an exponent and no decimal point ("5e-1", "1e-05"), which YAML 1.1
#: reads as text: the number JSON and its author mean (attack 470 M2: "'budget.realization_rate'
#: berupa angka; tertulis '5e-1'" read as if the literal were fine); a proposal reads it so too
_EXPONENT = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?[eE][-+]?\d+")


def _read_number(value: Any) -> Any:
    """``value``, or the finite number it writes with an exponent (:data:`_EXPONENT`)."""
    if isinstance(value, str) and _EXPONENT.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return number
    return value


def _literal(value: Any, path: str, field: str) -> Any:
    """Check a literal against the path's type; dates become ``datetime.date``."""
    info = vocabulary()[path]
    if value is None:
        if not info.nullable:
            raise ConditionError(field, "cond.never_null", path=path)
        return None
    if info.type == "date":
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError as exc:
            raise ConditionError(
                field, "cond.date", path=path, value=written(value), detail=exc
            ) from None
    if info.type == "number":
        value = _read_number(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConditionError(field, "cond.number", path=path, value=written(value))
        return value
    if info.type == "bool":
        if not isinstance(value, bool):
            raise ConditionError(field, "cond.bool", path=path, value=written(value))
        return value
    if not isinstance(value, str):
        raise ConditionError(field, "cond.text", path=path, value=written(value))
    if info.values is not None and value not in info.values:
        allowed = ", ".join(info.values)
        raise ConditionError(
            field, "cond.not_a_value", value=written(value), path=path, allowed=allowed
        )
    return value


def _scope_words(scope: str) -> Any:
    """Where a rule is evaluated (``sector``), said in the reader's language."""
    from paracheck.errors import Words

    return Words.of(f"pack.scope.{scope}")


def _path(raw: Any, scope: Scope, field: str) -> str:
    if not isinstance(raw, str) or not raw:
        raise ConditionError(field, "cond.path_expected")
    if raw not in vocabulary():
        import difflib

        hint = difflib.get_close_matches(raw, list(vocabulary()), n=1)
        from paracheck.errors import Words

        more = Words.of("pack.did_you_mean", name=hint[0]) if hint else ""
        raise ConditionError(field, "cond.unknown_path", raw=raw, hint=more)
    if not readable_in(raw, scope):
        raise ConditionError(field, "cond.not_readable", raw=raw, scope=_scope_words(scope))
    return raw


def parse(raw: Any, scope: Scope, field: str = "when") -> Condition:
    """Parse and validate one condition evaluated in ``scope``."""
    if not isinstance(raw, dict) or not raw:
        raise ConditionError(field, "cond.expected")
    keys = set(raw)
    if keys == {"all"} or keys == {"any"}:
        (key,) = keys
        parts = raw[key]
        if not isinstance(parts, list) or not parts:
            raise ConditionError(f"{field}.{key}", "cond.empty_list")
        parsed = tuple(parse(p, scope, f"{field}.{key}[{i}]") for i, p in enumerate(parts))
        return All(parsed) if key == "all" else AnyOf(parsed)
    if keys == {"not"}:
        return Not(parse(raw["not"], scope, f"{field}.not"))
    if "flag" in keys:
        if keys - {"flag"} or not isinstance(raw["flag"], str):
            raise ConditionError(field, "cond.flag_form")
        return Flag(raw["flag"])
    if "count" in keys or "share" in keys:
        return _parse_count(raw, scope, field)
    if "path" not in keys:
        raise ConditionError(field, "cond.unknown_keys", keys=str(sorted(keys)))
    path = _path(raw["path"], scope, f"{field}.path")
    ops = keys - {"path"}
    if len(ops) != 1:
        raise ConditionError(field, "cond.one_operator", ops=str(sorted(ops)))
    (op,) = ops
    arg = raw[op]
    info = vocabulary()[path]
    where = f"{field}.{op}"
    if op in COMPARISONS:
        if isinstance(arg, dict):
            other = _path(arg.get("path"), scope, f"{where}.path")
            extra = set(arg) - {"path", "plus", "times"}
            if extra:
                raise ConditionError(where, "cond.path_keys", keys=str(sorted(extra)))
            plus, times = _read_number(arg.get("plus", 0)), _read_number(arg.get("times", 1))
            for name, number in (("plus", plus), ("times", times)):
                if isinstance(number, bool) or not isinstance(number, int | float):
                    raise ConditionError(f"{where}.{name}", "cond.number_expected")
            kinds = {info.type, vocabulary()[other].type}
            if op in ORDERED and kinds not in ({"number"}, {"date"}):
                raise ConditionError(where, "cond.ordered_pair")
            return ComparePaths(path, op, other, plus, times)
        if op in ORDERED and info.type not in ("number", "date"):
            raise ConditionError(where, "cond.ordered", path=path, type=info.type, op=op)
        if op in ORDERED and arg is None:
            raise ConditionError(where, "cond.needs_value", op=op)
        if info.type == "list":
            raise ConditionError(where, "cond.is_list", path=path)
        return Compare(path, op, _literal(arg, path, where))
    if op in ("in", "not_in", "contains_any") and isinstance(arg, list) and len(arg) > MOST_VALUES:
        raise ConditionError(where, "cond.too_many_values", most=MOST_VALUES, n=len(arg))
    if op in ("in", "not_in"):
        if not isinstance(arg, list) or not arg:
            raise ConditionError(where, "cond.values_expected")
        values = tuple(_literal(v, path, f"{where}[{i}]") for i, v in enumerate(arg))
        return Member(path, values, op == "not_in")
    if op in ("contains", "not_contains", "contains_any"):
        if info.type != "list":
            raise ConditionError(where, "cond.not_list", path=path)
        if op == "contains_any":
            if not isinstance(arg, list) or not arg:
                raise ConditionError(where, "cond.values_expected")
            return AnyOf(
                tuple(Contains(path, _item(v, path, f"{where}[{i}]")) for i, v in enumerate(arg))
            )
        return Contains(path, _item(arg, path, where), op == "not_contains")
    if op == "exists":
        if not isinstance(arg, bool):
            raise ConditionError(where, "cond.exists_bool")
        # items of their own, no value of the fact the engine reads; a sector's own list
        # is one it states or not (whether its programmes are listed at all: trial19 #3)
        if path in COLLECTIONS and path != "sector.programs":
            raise ConditionError(where, "cond.exists_items", path=path)
        return Exists(path, arg)
    raise ConditionError(where, "cond.unknown_operator", op=op)


#: the most values one ``in``, ``not_in`` or ``contains_any`` lists: far beyond a shipped rule's
#: five, and below what durable_rules compiles (an ``in`` of about 510 values never returned
#: from the engine's ``create_ruleset``, and SIGINT could not stop it: attack 470 H5)
MOST_VALUES = 256


def _item(value: Any, path: str, field: str) -> Any:
    info = vocabulary()[path]
    if not isinstance(value, str):
        raise ConditionError(field, "cond.item_text", path=path, value=written(value))
    if info.values is not None and value not in info.values:
        raise ConditionError(
            field,
            "cond.not_an_item",
            value=written(value),
            path=path,
            allowed=", ".join(info.values),
        )
    return value


def _parse_count(raw: dict[str, Any], scope: Scope, field: str) -> Count:
    share = "share" in raw
    key = "share" if share else "count"
    collection = raw[key]
    if share and "count" in raw:
        raise ConditionError(field, "cond.count_or_share")
    ops = set(raw) - {key, "where"}
    if len(ops) != 1 or not ops <= set(COMPARISONS):
        raise ConditionError(field, "cond.one_comparison", key=key)
    (op,) = ops
    value = raw[op]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConditionError(f"{field}.{op}", "cond.compares_number", key=key)
    if share and not 0 <= value <= 1:
        raise ConditionError(f"{field}.{op}", "cond.share_range")
    where_raw = raw.get("where")
    if collection in COLLECTIONS:
        item_scope, home = COLLECTIONS[collection]
        if home != scope:
            raise ConditionError(
                f"{field}.{key}",
                "cond.count_scope",
                collection=collection,
                home=_scope_words(home),
                scope=_scope_words(scope),
            )
        where = parse(where_raw, item_scope, f"{field}.where") if where_raw is not None else None
        return Count(collection, where, op, value, share)
    path = _path(collection, scope, f"{field}.{key}")
    if vocabulary()[path].type != "list":
        raise ConditionError(f"{field}.{key}", "cond.not_list", path=path)
    if where_raw is not None:
        raise ConditionError(f"{field}.where", "cond.plain_items", path=path)
    if share:
        raise ConditionError(field, "cond.share_records")
    return Count(path, None, op, value, False)


# --------------------------------------------------------------------------- walking


def children(cond: Condition) -> tuple[Condition, ...]:
    if isinstance(cond, All | AnyOf):
        return cond.parts
    if isinstance(cond, Not):
        return (cond.part,)
    return ()


def walk(cond: Condition):
    """Every node, depth first (the ``where`` of a count is not entered)."""
    yield cond
    for child in children(cond):
        yield from walk(child)


def read_paths(cond: Condition) -> list[str]:
    """Paths read at this condition's own scope, in order of first appearance."""
    seen: dict[str, None] = {}
    for node in walk(cond):
        if isinstance(node, Compare | Member | Contains | Exists):
            seen.setdefault(node.path, None)
        elif isinstance(node, ComparePaths):
            seen.setdefault(node.path, None)
            seen.setdefault(node.other, None)
        elif isinstance(node, Count):
            seen.setdefault(node.collection, None)
    return list(seen)


def flags(cond: Condition) -> set[str]:
    """Flags tested anywhere in the condition, ``where`` clauses included."""
    found: set[str] = set()
    for node in walk(cond):
        if isinstance(node, Flag):
            found.add(node.name)
        elif isinstance(node, Count) and node.where is not None:
            found |= flags(node.where)
    return found


def decided(cond: Condition, known: dict[str, Any]) -> bool | None:
    """``cond`` in three-valued logic knowing only the facts ``known`` (path → a value the
    proposal gives): True or False when those facts decide it whatever else the proposal
    says, None when it turns on anything else. Only the plain tests of a known path are read
    (equality, membership, existence); any other test is taken as undecided, which can only
    keep a part open, never decide one wrongly. The loader holds a rule's ``partner_kinds``
    to its condition with it: for a kind left out, the condition must be False."""
    if isinstance(cond, All):
        seen = [decided(part, known) for part in cond.parts]
        return False if False in seen else (True if all(seen) else None)
    if isinstance(cond, AnyOf):
        seen = [decided(part, known) for part in cond.parts]
        return True if True in seen else (False if all(v is False for v in seen) else None)
    if isinstance(cond, Not):
        inner = decided(cond.part, known)
        return None if inner is None else not inner
    path = getattr(cond, "path", None)
    if path not in known:
        return None
    value = known[path]
    if isinstance(cond, Exists):
        return cond.present
    if isinstance(cond, Member):
        return (value in cond.values) != cond.negated
    if isinstance(cond, Compare) and cond.op in ("eq", "ne"):
        return (value == cond.value) == (cond.op == "eq")
    return None


def implies(cond: Condition, other: Condition) -> bool:
    """Whether ``cond`` holding certainly makes ``other`` hold, read off their shapes: True
    only when that is shown (a part of an ``all`` that implies ``other``, every branch of an
    ``any`` implying it, a test on the same path whose values lie within ``other``'s);
    False when it is not shown, which may also be the case for a true implication written
    another way. Shown this way it holds in three-valued logic too: wherever ``other`` is
    false, ``cond`` is false (each step carries the falsity back), never merely open. The
    loader holds a rule's ``applies_when`` to its condition with it."""
    if cond == other:
        return True
    if isinstance(other, All) and all(implies(cond, part) for part in other.parts):
        return True
    if isinstance(other, AnyOf) and any(implies(cond, part) for part in other.parts):
        return True
    if isinstance(cond, All) and any(implies(part, other) for part in cond.parts):
        return True
    if isinstance(cond, AnyOf) and all(implies(part, other) for part in cond.parts):
        return True
    return _leaf_implies(cond, other)


def _values_of(cond: Condition) -> tuple[str, frozenset[Any], bool] | None:
    """A test of one path's value against literals as (path, values, whether the value must
    lie among them or outside them); None for any other test."""
    if isinstance(cond, Member):
        return cond.path, frozenset(cond.values), not cond.negated
    if isinstance(cond, Compare) and cond.op in ("eq", "ne"):
        return cond.path, frozenset((cond.value,)), cond.op == "eq"
    return None


def _leaf_implies(cond: Condition, other: Condition) -> bool:
    """:func:`implies` for two tests: a value test within another on the same path, or the
    same ``exists``. Both sides of such a pair are open together (the path not given) and
    decided together, so wherever ``other`` is false, ``cond`` is false; a value test does
    not imply ``exists: true`` here, as it is open, not false, where the path is absent."""
    if isinstance(cond, Exists) or isinstance(other, Exists):
        return cond == other
    if isinstance(other, Compare) and other.op == "ne" and other.value is None:
        # a comparison of a date or number is false where it is null: it implies "not null"
        # (REG-024: the DPRD's date before the letter's implies the DPRD's date is given)
        if isinstance(cond, ComparePaths):
            return other.path in (cond.path, cond.other)
        if isinstance(cond, Compare) and cond.op in ORDERED:
            return cond.path == other.path
    mine, theirs = _values_of(cond), _values_of(other)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    _, values, inside = mine
    _, allowed, within = theirs
    if inside and within:
        return values <= allowed
    if inside and not within:
        return not (values & allowed)
    if not inside and not within:
        return allowed <= values
    return False


def negate(cond: Condition) -> Condition:
    """Negation pushed to the leaves (De Morgan; exact under three-valued logic)."""
    if isinstance(cond, All):
        return AnyOf(tuple(negate(p) for p in cond.parts))
    if isinstance(cond, AnyOf):
        return All(tuple(negate(p) for p in cond.parts))
    if isinstance(cond, Not):
        return cond.part
    if isinstance(cond, Member):
        return Member(cond.path, cond.values, not cond.negated)
    if isinstance(cond, Contains):
        return Contains(cond.path, cond.value, not cond.negated)
    if isinstance(cond, Exists):
        return Exists(cond.path, not cond.present)
    if isinstance(cond, Flag):
        return Flag(cond.name, not cond.negated)
    if isinstance(cond, Count):
        return Count(cond.collection, cond.where, FLIP[cond.op], cond.value, cond.share, cond.node)
    return Not(cond)  # comparisons: "not (x < 5)" also holds for null, so keep the Not


# --------------------------------------------------------------------------- words
#
# Conditions become sentences built from the field labels of facts/data/labels.yaml, never from
# raw paths or operator words: "Perangkat Daerah pengampu sektor diisi", "tidak ada
# sektor dengan bidang sektor perikanan". A rule whose generated sentence would still read
# awkwardly carries its own ``clears_when`` text.

_OPS = {
    "en": {
        "eq": "is",
        "ne": "is not",
        "lt": "is below",
        "le": "is at most",
        "gt": "is above",
        "ge": "is at least",
    },
    "id": {
        "eq": "adalah",
        "ne": "bukan",
        "lt": "kurang dari",
        "le": "paling banyak",
        "gt": "lebih dari",
        "ge": "paling sedikit",
    },
}
_DATE_OPS = {
    "en": {
        "eq": "is",
        "ne": "is not",
        "lt": "is before",
        "le": "is on or before",
        "gt": "is after",
        "ge": "is on or after",
    },
    "id": {
        "eq": "jatuh pada",
        "ne": "tidak jatuh pada",
        "lt": "sebelum",
        "le": "paling lambat",
        "gt": "sesudah",
        "ge": "paling cepat",
    },
}
_WORDS = {
    "en": {
        "and": "and",
        "or": "or",
        "not": "it is not the case that {}",
        "filled": "{p} is recorded",
        "empty": "{p} is not recorded",
        "contains": "{p} include {v}",
        "not_contains": "{p} do not include {v}",
        "some": "there is at least one {c}{w}",
        "none": "there is no {c}{w}",
        "some_list": "{c}: at least one",
        "none_list": "{c}: none",
        "count": "the number of {c}{w} {op} {v}",
        "share": "the share of {c}{w} {op} {v}",
        "where": " where {w}",
        "has_none": " that have no {c}{w}",
        "has_some": " that have at least one {c}{w}",
        "flag": "there is {f}",
        "not_flag": "there is no {f}",
        "times": "{n} times {p}",
        "plus": "{p} plus {n}",
        "minus": "{p} minus {n}",
        "neither": "is neither {v}",
        "nor": "nor",
        "zero": "{p} is 0",
        "one_of": "one of the following holds: {v}",
        "all_of": "all of the following hold: {v}",
        "days": "{p} {op} {n} days {dir} {o}",
        "after": "after",
        "before": "before",
    },
    "id": {
        "and": "dan",
        "or": "atau",
        "not": "tidak benar bahwa {}",
        "filled": "{p} tercatat",
        "empty": "{p} tidak tercatat",
        "contains": "{p} mencakup {v}",
        "not_contains": "{p} tidak mencakup {v}",
        "some": "ada paling sedikit satu {c}{w}",
        "none": "tidak ada {c}{w}",
        "some_list": "ada {c}",
        "none_list": "tidak ada {c}",
        "count": "jumlah {c}{w} {op} {v}",
        "share": "proporsi {c}{w} {op} {v}",
        "where": " dengan {w}",
        "has_none": " yang tidak mempunyai {c}{w}",
        "has_some": " yang mempunyai paling sedikit satu {c}{w}",
        "flag": "ada {f}",
        "not_flag": "tidak ada {f}",
        "times": "{n} kali {p}",
        "plus": "{p} ditambah {n}",
        "minus": "{p} dikurangi {n}",
        "neither": "bukan {v}",
        "nor": "maupun",
        "zero": "tidak ada {p}",
        "one_of": "salah satu keadaan berikut: {v}",
        "all_of": "semua keadaan berikut: {v}",
        "days": "{p} {op} {n} hari {dir} {o}",
        "after": "sesudah",
        "before": "sebelum",
    },
}
# "tanggal penilaian lebih dari 365 hari sesudah tanggal penandatanganan MoU", not "… sesudah
# tanggal penandatanganan MoU ditambah 365" (review 12: a number with no unit)
_DAY_OPS = {
    "en": {"gt": "is more than", "ge": "is at least", "lt": "is less than", "le": "is at most"},
    "id": {"gt": "lebih dari", "ge": "paling sedikit", "lt": "kurang dari", "le": "paling lama"},
}
# A label that starts with its unit ("hari sejak kegiatan terakhir program") takes the number
# first: "lebih dari 180 hari sejak …", not "hari sejak … lebih dari 180".
_UNIT_FIRST = {"id": ("hari ",), "en": ("days ",)}

_NOUNS = {
    "sectors": ("sektor", "sector"),
    "programs": ("program", "programme"),
    "sector.programs": ("program", "programme"),
}
_ITEM_PREFIX = {"sectors": "sector.", "programs": "program.", "sector.programs": "program."}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


def _label(path: str, lang: str) -> str:
    from paracheck.facts.labels import field_label

    return field_label(path, lang)


def _value(path: str, value: Any, lang: str) -> str:
    from paracheck.facts.labels import value_text

    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value_text(path, value, lang)


def _values(path: str, values: tuple[Any, ...], lang: str, last: str) -> str:
    from paracheck.facts.labels import join_words

    return join_words([_value(path, v, lang) for v in values], lang, last)


def _compare(path: str, op: str, value: Any, lang: str) -> str:
    label = _label(path, lang)
    if value is None:
        if op == "eq":  # an explicit null states something ("it has never met")
            return ("{p} dinyatakan belum ada" if lang == "id" else "{p} is stated as none").format(
                p=label
            )
        return _WORDS[lang]["filled"].format(p=label)
    if isinstance(value, bool) and op in ("eq", "ne"):
        value = value if op == "eq" else not value
        return f"{label}: {_value(path, value, lang)}"
    if value == "" and op in ("eq", "ne"):  # "… adalah kosong" read as operator code
        blank = {"id": ("belum diisi", "diisi"), "en": ("is blank", "is filled in")}[lang]
        return f"{label} {blank[0] if op == 'eq' else blank[1]}"
    if isinstance(value, dt.date):
        return f"{label} {_DATE_OPS[lang][op]} {_value(path, value, lang)}"
    shown = _value(path, value, lang)
    if isinstance(value, int | float):
        if op == "eq" and value == 0 and lang == "id":
            # "tidak ada staf yang menguasai bahasa mitra", not "… adalah 0" (review 12)
            return _WORDS[lang]["zero"].format(p=label.removeprefix("jumlah "))
        if op in ORDERED and label.startswith(_UNIT_FIRST[lang]):
            return f"{_DAY_OPS[lang][op].removeprefix('is ')} {_number(value)} {label}"
    if op == "eq" and lang == "id" and vocabulary()[path].values is not None:
        # a code's label is a predicate of its own: "status program berjalan", "kerawanan
        # pencurian ikan tinggi" ("adalah" does not stand before an adjective)
        return f"{label} {shown}"
    return f"{label} {_OPS[lang][op]} {shown}"


def _member(cond: Member, lang: str) -> str:
    """``path in values`` in words. A test that leaves out codes of a closed list names the
    codes it lets in where they are no more ("tahap kerja sama berjalan atau evaluasi"); else
    "bukan usulan maupun MoU ditandatangani", never "bukan usulan atau MoU ditandatangani",
    which reads as "(bukan usulan) atau (MoU ditandatangani)" (review 12)."""
    w = _WORDS[lang]
    label = _label(cond.path, lang)
    allowed = vocabulary()[cond.path].values
    values, negated = cond.values, cond.negated
    if negated and allowed is not None:
        rest = tuple(v for v in allowed if v not in values)
        # "bukan belum dilakukan" is a double negative: name what is let in instead
        negative = any(_value(cond.path, v, "id").startswith(("belum", "tidak")) for v in values)
        if rest and (len(rest) <= len(values) or negative):
            values, negated = rest, False
    if negated:
        if len(values) == 1:
            return f"{label} {_OPS[lang]['ne']} {_value(cond.path, values[0], lang)}"
        return f"{label} {w['neither'].format(v=_values(cond.path, values, lang, w['nor']))}"
    shown = _values(cond.path, values, lang, w["or"])
    if lang == "id" and allowed is not None:
        return f"{label} {shown}"
    return f"{label} {_OPS[lang]['eq']} {shown}"


def _days_apart(cond: ComparePaths, lang: str) -> str | None:
    """``a > b + 365`` between two dates as "a lebih dari 365 hari sesudah b"."""
    if cond.times != 1 or not cond.plus or cond.op not in ORDERED:
        return None
    if vocabulary()[cond.path].type != "date" or vocabulary()[cond.other].type != "date":
        return None
    w = _WORDS[lang]
    op = cond.op
    if cond.plus < 0:  # a > b - n: a is less than n days before b
        op = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}[op]
    return w["days"].format(
        p=_label(cond.path, lang),
        op=_DAY_OPS[lang][op],
        n=_number(abs(cond.plus)),
        dir=w["after" if cond.plus > 0 else "before"],
        o=_label(cond.other, lang),
    )


def _count(cond: Count, lang: str) -> str:
    w = _WORDS[lang]
    nouns = _NOUNS.get(cond.collection)
    noun = nouns[0 if lang == "id" else 1] if nouns else _label(cond.collection, lang)
    where = _where(cond.where, lang) if cond.where else ""
    named = _sector_names(cond.where, lang) if cond.collection == "sectors" else None
    if named is not None:  # "sektor perikanan" / "fisheries sector" rather than a where clause
        noun, where, nouns = (f"sektor {named}" if lang == "id" else f"{named} sector"), "", None
    n = cond.value
    if not cond.share:
        suffix = "" if nouns or named is not None else "_list"
        if (cond.op, n) in (("ge", 1), ("gt", 0), ("ne", 0)):
            return w["some" + suffix].format(c=noun, w=where)
        if (cond.op, n) in (("lt", 1), ("eq", 0), ("le", 0)):
            return w["none" + suffix].format(c=noun, w=where)
        plural = noun if lang == "id" or not nouns else noun + "s"
        number = str(int(n)) if float(n).is_integer() else str(n)
        return w["count"].format(c=plural, w=where, op=_OPS[lang][cond.op], v=number)
    from babel.numbers import format_percent

    plural = noun if lang == "id" or not nouns else noun + "s"
    return w["share"].format(
        c=plural, w=where, op=_OPS[lang][cond.op], v=format_percent(n, locale=lang)
    )


def _where(where: Condition, lang: str) -> str:
    """A count's member clause: " dengan status program berjalan"; a member that must hold
    none (or some) of its own items "yang tidak mempunyai program dengan …" — "sektor dengan
    tidak ada program dengan …" was operator code in words (wording review 15)."""
    w = _WORDS[lang]
    negated = isinstance(where, Not)
    count = where.part if isinstance(where, Not) else where
    if isinstance(count, Count) and not count.share and count.where is not None:
        inner = _NOUNS.get(count.collection)
        if inner is not None:
            noun = inner[0 if lang == "id" else 1]
            pair = (count.op, count.value)
            none = pair in (("lt", 1), ("eq", 0), ("le", 0))
            some = pair in (("ge", 1), ("gt", 0), ("ne", 0))
            if none or some:
                key = "has_none" if none != negated else "has_some"
                return w[key].format(c=noun, w=_where(count.where, lang))
    return w["where"].format(w=describe(where, lang, inline=True))


def _sector_names(where: Condition | None, lang: str) -> str | None:
    """The sector names a count selects by, when it selects by name only."""
    if isinstance(where, Member) and where.path == "sector.name" and not where.negated:
        return _values(where.path, where.values, lang, _WORDS[lang]["or"])
    if isinstance(where, Compare) and where.path == "sector.name" and where.op == "eq":
        return _value(where.path, where.value, lang)
    return None


def _contains_group(cond: AnyOf, lang: str) -> str | None:
    """``x contains A or x contains B`` → ``x mencakup A atau B``."""
    parts = cond.parts
    if not all(isinstance(p, Contains) and not p.negated for p in parts):
        return None
    paths = {p.path for p in parts}  # type: ignore[union-attr]
    if len(paths) != 1:
        return None
    (path,) = paths
    values = tuple(p.value for p in parts)  # type: ignore[union-attr]
    return _WORDS[lang]["contains"].format(
        p=_label(path, lang), v=_values(path, values, lang, _WORDS[lang]["or"])
    )


def describe(cond: Condition, lang: str, inline: bool = False) -> str:
    """The condition as a sentence a person reads, built from field labels.

    ``budget.apbd_allocation_idr > 0`` reads "alokasi APBD lebih dari Rp0" / "APBD allocation
    is above IDR 0"; no path, operator word or ``null`` reaches the reader.
    """
    lang = _lang(lang)
    w = _WORDS[lang]
    if isinstance(cond, AnyOf):
        grouped = _contains_group(cond, lang)
        if grouped is not None:
            return grouped
    if isinstance(cond, All | AnyOf):
        return _group(cond, lang, inline)
    if isinstance(cond, Not):
        inner = cond.part
        if isinstance(inner, Compare):
            return _compare(inner.path, FLIP[inner.op], inner.value, lang)
        if isinstance(inner, ComparePaths):
            return describe(
                ComparePaths(inner.path, FLIP[inner.op], inner.other, inner.plus, inner.times), lang
            )
        if isinstance(inner, Not):
            return describe(inner.part, lang, inline)
        return describe(negate(inner), lang, inline)
    if isinstance(cond, Compare):
        return _compare(cond.path, cond.op, cond.value, lang)
    if isinstance(cond, Member):
        return _member(cond, lang)
    if isinstance(cond, Contains):
        key = "not_contains" if cond.negated else "contains"
        return w[key].format(p=_label(cond.path, lang), v=_value(cond.path, cond.value, lang))
    if isinstance(cond, Exists):
        return w["filled" if cond.present else "empty"].format(p=_label(cond.path, lang))
    if isinstance(cond, ComparePaths):
        apart = _days_apart(cond, lang)
        if apart is not None:
            return apart
        other = _label(cond.other, lang)
        if cond.times != 1:
            other = w["times"].format(n=_number(cond.times), p=other)
        if cond.plus:
            key = "plus" if cond.plus > 0 else "minus"
            other = w[key].format(p=other, n=_number(abs(cond.plus)))
        kinds = {vocabulary()[cond.path].type, vocabulary()[cond.other].type}
        ops = _DATE_OPS if "date" in kinds else _OPS
        return f"{_label(cond.path, lang)} {ops[lang][cond.op]} {other}"
    if isinstance(cond, Count):
        return _count(cond, lang)
    if isinstance(cond, Flag):
        from paracheck.facts.labels import field_label

        name = field_label(f"flags.{cond.name}", lang)
        return w["not_flag" if cond.negated else "flag"].format(f=name)
    raise TypeError(cond)


def _flat(cond: All | AnyOf) -> tuple[Condition, ...]:
    """The parts of a group, a part of the same kind merged in (``a and (b and c)``)."""
    kind = type(cond)
    parts: list[Condition] = []
    for part in cond.parts:
        if type(part) is kind:
            parts.extend(_flat(part))  # type: ignore[arg-type]
        else:
            parts.append(part)
    return tuple(parts)


def _without_implied(parts: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """The parts of an "and" without "X tercatat" where another part tests X's value ("status
    langkah penandatanganan MoU tercatat dan … selesai" says the first half twice)."""
    valued = set()
    for part in parts:
        if (isinstance(part, Compare) and part.value is not None) or isinstance(part, Member):
            valued.add(part.path)
        elif isinstance(part, ComparePaths):
            valued.update((part.path, part.other))
    compared = {path for p in parts if isinstance(p, ComparePaths) for path in (p.path, p.other)}
    kept = tuple(
        p
        for p in parts
        if not (isinstance(p, Exists) and p.present and p.path in valued)
        and not (isinstance(p, AnyOf) and _given(p, compared))
    )
    return kept or parts


def _given(cond: Condition, compared: set[str]) -> bool:
    """Whether ``cond`` holds wherever the fields ``compared`` (two of them compared with each
    other beside it) hold values: "X is given" ("tercatat", or not null), or an "and" of such
    tests, or an "or" one of whose branches is. An order check's guard "the step recorded done
    or its date given" beside "its date before the other's" said the date twice over (words
    only; the rule is evaluated as written)."""
    if isinstance(cond, Exists):
        return cond.present and cond.path in compared
    if isinstance(cond, Compare):
        return cond.op == "ne" and cond.value is None and cond.path in compared
    if isinstance(cond, All):
        return all(_given(p, compared) for p in cond.parts)
    if isinstance(cond, AnyOf):
        return any(_given(p, compared) for p in cond.parts)
    return False


def _narrowed(parts: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """The parts of an "and" with the values its plain parts rule out taken out of the tests of
    the same field inside its other parts. REG-010 read "status langkah persetujuan DPRD bukan
    selesai; dan … atau status langkah persetujuan DPRD selesai, tidak diperlukan, atau tidak
    dicantumkan" (newcomer trial 14): beside "bukan selesai", the inner test can only mean
    "tidak diperlukan atau tidak dicantumkan". Words only; the rule is evaluated as written."""
    excluded: dict[str, set[Any]] = {}
    for part in parts:
        if isinstance(part, Member) and part.negated:
            excluded.setdefault(part.path, set()).update(part.values)
        elif isinstance(part, Compare) and part.op == "ne" and part.value is not None:
            excluded.setdefault(part.path, set()).add(part.value)
    if not excluded:
        return parts
    return tuple(p if not isinstance(p, All | AnyOf | Not) else _narrow(p, excluded) for p in parts)


def _narrow(cond: Condition, excluded: dict[str, set[Any]]) -> Condition:
    """``cond`` with the values of ``excluded`` (a field → values an enclosing "and" rules out)
    dropped from its membership tests of those fields (see :func:`_narrowed`)."""
    if isinstance(cond, Not) and isinstance(cond.part, All | AnyOf):
        cond = negate(cond.part)
    if isinstance(cond, All | AnyOf):
        return type(cond)(tuple(_narrow(p, excluded) for p in cond.parts))
    if isinstance(cond, Member) and cond.path in excluded:
        out = excluded[cond.path]
        if cond.negated:
            return Member(
                cond.path, cond.values + tuple(v for v in out if v not in cond.values), True
            )
        kept = tuple(v for v in cond.values if v not in out)
        if kept:
            return Member(cond.path, kept, False)
    return cond


def _enumerated(cond: Condition) -> bool:
    """Whether ``cond`` reads as numbered alternatives (an "or" holding an "and")."""
    return isinstance(cond, AnyOf) and any(_is_group(p) for p in _flat(cond))


def _is_group(cond: Condition) -> bool:
    return isinstance(cond, All | AnyOf) and not _is_contains_group(cond)


def _group(cond: All | AnyOf, lang: str, inline: bool = False) -> str:
    """A group as a sentence, never bracketed operator code (review 12: "(… dan …) atau
    (…)"). Leaves join as a list ("a, b, dan c"; a semicolon where a part has commas of its
    own); a group of groups names its alternatives "salah satu keadaan berikut: (1) …; atau
    (2) …" and its conditions "a; b; dan c". ``inline``: the group is the "dengan …" of a
    count, read as one clause ("program dengan status … dan lebih dari 180 hari …")."""
    w = _WORDS[lang]
    conj = w["and"] if isinstance(cond, All) else w["or"]
    parts = _flat(cond)
    if isinstance(cond, All):
        parts = _narrowed(_without_implied(parts))
    if isinstance(cond, All):  # alternatives listed "(1) …; atau (2) …" close the sentence
        parts = tuple(sorted(parts, key=_enumerated))
    deep = [p for p in parts if _is_group(p)]
    # inside a list or a numbered alternative, a group of plain conditions is one clause
    texts = [
        describe(p, lang, inline or isinstance(cond, AnyOf) or not _enumerated(p)) for p in parts
    ]
    # two parts said in the same words are said once: a field's guard "given" and "not null"
    # both read "tercatat" ("tanggal kegiatan terakhir program tercatat dan tanggal kegiatan
    # terakhir program tercatat", Kabag trial 470 L9). Words only; the rule is evaluated as
    # written
    if len(set(texts)) < len(texts):
        kept = [n for n, t in enumerate(texts) if t not in texts[:n]]
        texts, parts = [texts[n] for n in kept], tuple(parts[n] for n in kept)
    if inline:
        if deep:
            return f" {conj} ".join(
                f"({t})" if _is_group(p) else t for t, p in zip(texts, parts, strict=True)
            )
        if any("," in t for t in texts):
            return f" {conj} ".join(texts)
        return _listed(texts, conj, ", ", lang)
    if isinstance(cond, AnyOf) and deep:
        numbered = [f"({n}) {t}" for n, t in enumerate(texts, 1)]
        return w["one_of"].format(v=_listed(numbered, conj, "; ", lang))
    if isinstance(cond, All) and sum(map(_enumerated, parts)) >= 2:
        # two numbered lists in one "and" both counted (1), (2), and the reader could not
        # tell where the first ended (wording review 14, REG-021): the "and" letters its parts
        lettered = [f"({chr(ord('a') + n)}) {t}" for n, t in enumerate(texts)]
        return w["all_of"].format(v=_listed(lettered, conj, "; ", lang))
    if deep:
        return _listed(texts, conj, "; ", lang)
    return _listed(texts, conj, "; " if any("," in t for t in texts) else ", ", lang)


def _listed(texts: list[str], conj: str, sep: str, lang: str) -> str:
    """``a dan b``; ``a, b, dan c`` (EYD V puts a comma before the last "dan"/"atau" of a list
    of three or more; English texts keep their style, ``a, b and c``); with ``sep`` "; ",
    ``a; b; dan c``."""
    if len(texts) == 1:
        return texts[0]
    head = sep.join(texts[:-1])
    if sep == "; " or (lang == "id" and len(texts) > 2):
        return f"{head}{sep}{conj} {texts[-1]}"
    return f"{head} {conj} {texts[-1]}"


def _is_contains_group(cond: Condition) -> bool:
    return isinstance(cond, AnyOf) and _contains_group(cond, "en") is not None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
