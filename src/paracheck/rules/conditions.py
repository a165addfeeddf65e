"""The condition language of rule packs: parsing, validation and description in words.

A condition arrives as plain YAML data (see docs/rule-language.md) and is parsed into a small
immutable tree. Parsing checks every path against the fact vocabulary for the scope the
condition is evaluated in, so a pack that reads a field no proposal has is refused before any
proposal is assessed. ``describe`` turns a tree into words (both languages) for
``clears_when``; ``negate`` gives the condition under which a check clears.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from paracheck.facts.paths import COLLECTIONS, Scope, readable_in, vocabulary

COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge")
ORDERED = ("lt", "le", "gt", "ge")
FLIP = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le"}


class ConditionError(ValueError):
    """A malformed condition; ``field`` says where inside the rule (``when.all[1].path``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    part: Condition


@dataclass(frozen=True)
class Compare:
    """``path op value`` against a literal (``value`` may be None for eq/ne null)."""

    path: str
    op: str
    value: Any


@dataclass(frozen=True)
class Member:
    """``path in values`` (or not in)."""

    path: str
    values: tuple[Any, ...]
    negated: bool = False


@dataclass(frozen=True)
class Contains:
    """A list field holds (or lacks) ``value``."""

    path: str
    value: Any
    negated: bool = False


@dataclass(frozen=True)
class Exists:
    path: str
    present: bool = True


@dataclass(frozen=True)
class ComparePaths:
    """``path op other × times + plus`` — two fields of the same fact."""

    path: str
    op: str
    other: str
    plus: float = 0
    times: float = 1


@dataclass(frozen=True)
class Count:
    """Number (or ``share`` 0..1) of items of ``collection`` satisfying ``where``."""

    collection: str
    where: Condition | None
    op: str
    value: float
    share: bool = False
    node: int = 0  # unique per pack, assigned by the compiler


@dataclass(frozen=True)
class Flag:
    """True when the rule that derives ``name`` is a risk."""

    name: str
    negated: bool = False


Condition = All | AnyOf | Not | Compare | Member | Contains | Exists | ComparePaths | Count | Flag


# --------------------------------------------------------------------------- parsing

def _literal(value: Any, path: str, field: str) -> Any:
    """Check a literal against the path's type; dates become ``datetime.date``."""
    info = vocabulary()[path]
    if value is None:
        return None
    if info.type == "date":
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError as exc:
            raise ConditionError(field, f"{path} is a date; {value!r} is not YYYY-MM-DD "
                                        f"({exc})") from None
    if info.type == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConditionError(field, f"{path} is a number; got {value!r}")
        return value
    if info.type == "bool":
        if not isinstance(value, bool):
            raise ConditionError(field, f"{path} is true/false; got {value!r}")
        return value
    if not isinstance(value, str):
        raise ConditionError(field, f"{path} holds text; got {value!r}")
    if info.values is not None and value not in info.values:
        allowed = ", ".join(info.values)
        raise ConditionError(field, f"{value!r} is not a value of {path} (allowed: {allowed})")
    return value


def _path(raw: Any, scope: Scope, field: str) -> str:
    if not isinstance(raw, str) or not raw:
        raise ConditionError(field, "expected a fact path such as budget.apbd_allocation_idr")
    if raw not in vocabulary():
        import difflib

        hint = difflib.get_close_matches(raw, list(vocabulary()), n=1)
        more = f"; did you mean '{hint[0]}'?" if hint else ""
        raise ConditionError(field, f"'{raw}' is not a field of the proposal{more}")
    if not readable_in(raw, scope):
        raise ConditionError(field, f"'{raw}' cannot be read in a rule evaluated per {scope}")
    return raw


def parse(raw: Any, scope: Scope, field: str = "when") -> Condition:
    """Parse and validate one condition evaluated in ``scope``."""
    if not isinstance(raw, dict) or not raw:
        raise ConditionError(field, "expected a condition (a mapping such as {path: …, eq: …})")
    keys = set(raw)
    if keys == {"all"} or keys == {"any"}:
        (key,) = keys
        parts = raw[key]
        if not isinstance(parts, list) or not parts:
            raise ConditionError(f"{field}.{key}", "expected a non-empty list of conditions")
        parsed = tuple(parse(p, scope, f"{field}.{key}[{i}]") for i, p in enumerate(parts))
        return All(parsed) if key == "all" else AnyOf(parsed)
    if keys == {"not"}:
        return Not(parse(raw["not"], scope, f"{field}.not"))
    if "flag" in keys:
        if keys - {"flag"} or not isinstance(raw["flag"], str):
            raise ConditionError(field, "a flag test is {flag: NAME}")
        return Flag(raw["flag"])
    if "count" in keys or "share" in keys:
        return _parse_count(raw, scope, field)
    if "path" not in keys:
        raise ConditionError(field, f"unknown condition keys {sorted(keys)}; expected all, any, "
                                    "not, path, count, share or flag")
    path = _path(raw["path"], scope, f"{field}.path")
    ops = keys - {"path"}
    if len(ops) != 1:
        raise ConditionError(field, f"expected one operator next to path, got {sorted(ops)}")
    (op,) = ops
    arg = raw[op]
    info = vocabulary()[path]
    where = f"{field}.{op}"
    if op in COMPARISONS:
        if isinstance(arg, dict):
            other = _path(arg.get("path"), scope, f"{where}.path")
            extra = set(arg) - {"path", "plus", "times"}
            if extra:
                raise ConditionError(where, f"unknown keys {sorted(extra)}; use path, plus, times")
            plus, times = arg.get("plus", 0), arg.get("times", 1)
            for name, number in (("plus", plus), ("times", times)):
                if isinstance(number, bool) or not isinstance(number, int | float):
                    raise ConditionError(f"{where}.{name}", "expected a number")
            kinds = {info.type, vocabulary()[other].type}
            if not kinds <= {"number", "date"} and op in ORDERED:
                raise ConditionError(where, "ordered comparison needs numbers or dates")
            return ComparePaths(path, op, other, plus, times)
        if op in ORDERED and info.type not in ("number", "date"):
            raise ConditionError(where, f"{path} is {info.type}; {op} needs a number or date")
        if op in ORDERED and arg is None:
            raise ConditionError(where, f"{op} needs a value, not null")
        if info.type == "list":
            raise ConditionError(where, f"{path} is a list: use contains, or count")
        return Compare(path, op, _literal(arg, path, where))
    if op in ("in", "not_in"):
        if not isinstance(arg, list) or not arg:
            raise ConditionError(where, "expected a non-empty list of values")
        values = tuple(_literal(v, path, f"{where}[{i}]") for i, v in enumerate(arg))
        return Member(path, values, op == "not_in")
    if op in ("contains", "not_contains", "contains_any"):
        if info.type != "list":
            raise ConditionError(where, f"{path} is not a list")
        if op == "contains_any":
            if not isinstance(arg, list) or not arg:
                raise ConditionError(where, "expected a non-empty list of values")
            return AnyOf(tuple(Contains(path, _item(v, path, f"{where}[{i}]"))
                               for i, v in enumerate(arg)))
        return Contains(path, _item(arg, path, where), op == "not_contains")
    if op == "exists":
        if not isinstance(arg, bool):
            raise ConditionError(where, "exists takes true or false")
        return Exists(path, arg)
    raise ConditionError(where, f"unknown operator '{op}'")


def _item(value: Any, path: str, field: str) -> Any:
    info = vocabulary()[path]
    if not isinstance(value, str):
        raise ConditionError(field, f"items of {path} are text; got {value!r}")
    if info.values is not None and value not in info.values:
        raise ConditionError(field, f"{value!r} is not an allowed item of {path} "
                                    f"({', '.join(info.values)})")
    return value


def _parse_count(raw: dict[str, Any], scope: Scope, field: str) -> Count:
    share = "share" in raw
    key = "share" if share else "count"
    collection = raw[key]
    if share and "count" in raw:
        raise ConditionError(field, "use count or share, not both")
    ops = set(raw) - {key, "where"}
    if len(ops) != 1 or not ops <= set(COMPARISONS):
        raise ConditionError(field, f"{key} needs exactly one comparison (eq, ne, lt, le, gt, ge)")
    (op,) = ops
    value = raw[op]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConditionError(f"{field}.{op}", f"{key} compares with a number")
    if share and not 0 <= value <= 1:
        raise ConditionError(f"{field}.{op}", "a share is between 0 and 1")
    where_raw = raw.get("where")
    if collection in COLLECTIONS:
        item_scope, home = COLLECTIONS[collection]
        if home != scope:
            raise ConditionError(f"{field}.{key}", f"'{collection}' can be counted only in a "
                                                   f"{home}-level condition, not per {scope}")
        where = parse(where_raw, item_scope, f"{field}.where") if where_raw is not None else None
        return Count(collection, where, op, value, share)
    path = _path(collection, scope, f"{field}.{key}")
    if vocabulary()[path].type != "list":
        raise ConditionError(f"{field}.{key}", f"{path} is not a list")
    if where_raw is not None:
        raise ConditionError(f"{field}.where", f"items of {path} are plain values: use contains")
    if share:
        raise ConditionError(field, "share needs a collection of records (sectors, programs)")
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

_OPS = {
    "en": {"eq": "is", "ne": "is not", "lt": "is below", "le": "is at most", "gt": "is above",
           "ge": "is at least"},
    "id": {"eq": "bernilai", "ne": "bukan", "lt": "kurang dari", "le": "paling banyak",
           "gt": "lebih dari", "ge": "paling sedikit"},
}
_NOT_OPS = {
    "en": {"eq": "is not", "ne": "is", "lt": "is not below", "le": "is not at most",
           "gt": "is not above", "ge": "is not at least"},
    "id": {"eq": "bukan", "ne": "bernilai", "lt": "tidak kurang dari",
           "le": "tidak paling banyak", "gt": "tidak lebih dari", "ge": "tidak paling sedikit"},
}
_WORDS = {
    "en": {"and": " and ", "or": " or ", "not": "not ({})", "null": "empty (null)",
           "in": "{p} is one of {v}", "not_in": "{p} is none of {v}",
           "contains": "{p} includes {v}", "not_contains": "{p} does not include {v}",
           "exists": "{p} is filled in", "absent": "{p} is left out",
           "count": "the number of {c}{w} {op} {v}", "share": "the share of {c}{w} {op} {v}",
           "where": " where {w}", "flag": "'{f}' holds", "not_flag": "'{f}' does not hold",
           "true": "yes", "false": "no"},
    "id": {"and": " dan ", "or": " atau ", "not": "tidak ({})", "null": "kosong (null)",
           "in": "{p} salah satu dari {v}", "not_in": "{p} bukan salah satu dari {v}",
           "contains": "{p} memuat {v}", "not_contains": "{p} tidak memuat {v}",
           "exists": "{p} diisi", "absent": "{p} tidak diisi",
           "count": "jumlah {c}{w} {op} {v}", "share": "proporsi {c}{w} {op} {v}",
           "where": " yang {w}", "flag": "'{f}' berlaku", "not_flag": "'{f}' tidak berlaku",
           "true": "ya", "false": "tidak"},
}


def _value(value: Any, lang: str) -> str:
    if value is None:
        return _WORDS[lang]["null"]
    if isinstance(value, bool):
        return _WORDS[lang]["true" if value else "false"]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe(cond: Condition, lang: str) -> str:
    """The condition in words, e.g. ``budget.apbd_allocation_idr is above 0``."""
    w = _WORDS[lang]
    if isinstance(cond, All | AnyOf):
        joiner = w["and"] if isinstance(cond, All) else w["or"]
        texts = [describe(p, lang) for p in cond.parts]
        inner = joiner.join(f"({t})" if isinstance(p, All | AnyOf) else t
                            for t, p in zip(texts, cond.parts, strict=True))
        return inner
    if isinstance(cond, Not):
        inner = cond.part
        if isinstance(inner, Compare):  # "x is not no" reads better than "not (x is no)"
            return f"{inner.path} {_NOT_OPS[lang][inner.op]} {_value(inner.value, lang)}"
        return w["not"].format(describe(inner, lang))
    if isinstance(cond, Compare):
        return f"{cond.path} {_OPS[lang][cond.op]} {_value(cond.value, lang)}"
    if isinstance(cond, Member):
        values = ", ".join(_value(v, lang) for v in cond.values)
        return w["not_in" if cond.negated else "in"].format(p=cond.path, v=values)
    if isinstance(cond, Contains):
        return w["not_contains" if cond.negated else "contains"].format(p=cond.path, v=cond.value)
    if isinstance(cond, Exists):
        return w["exists" if cond.present else "absent"].format(p=cond.path)
    if isinstance(cond, ComparePaths):
        other = cond.other
        if cond.times != 1:
            other = f"{_value(cond.times, lang)} × {other}"
        if cond.plus:
            other = f"{other} {'+' if cond.plus > 0 else '-'} {_value(abs(cond.plus), lang)}"
        return f"{cond.path} {_OPS[lang][cond.op]} {other}"
    if isinstance(cond, Count):
        where = w["where"].format(w=describe(cond.where, lang)) if cond.where else ""
        return w["share" if cond.share else "count"].format(
            c=cond.collection, w=where, op=_OPS[lang][cond.op], v=_value(cond.value, lang))
    if isinstance(cond, Flag):
        return w["not_flag" if cond.negated else "flag"].format(f=cond.name)
    raise TypeError(cond)
