"""An independent evaluator of rule conditions in plain Python (three-valued, Kleene).

It shares nothing with the engine but the parsed condition tree and the decomposed facts, so
agreement between the two on generated proposals checks the compiler, the adapter and
durable_rules together. It is also the "plain-Python floor" of the benchmarks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from paracheck.facts.decompose import FactView, Scoped
from paracheck.rules import conditions as c
from paracheck.rules.model import RulePack

T, F, U = True, False, None  # Kleene truth values; None = unknown
_ABSENT = object()


def _and(values: list[bool | None]) -> bool | None:
    if F in values:
        return F
    return U if U in values else T


def _or(values: list[bool | None]) -> bool | None:
    if T in values:
        return T
    return U if U in values else F


def _not(value: bool | None) -> bool | None:
    return U if value is U else not value


def _get(item: Scoped, path: str) -> Any:
    node: Scoped | None = item
    while node is not None:
        if path in node.values:
            return node.values[path]
        node = node.parent
    return _ABSENT


def _cmp(op: str, x: Any, y: Any) -> bool:
    if op == "eq":
        return x == y
    if op == "ne":
        return x != y
    if x is None or y is None:
        return False
    return {"lt": x < y, "le": x <= y, "gt": x > y, "ge": x >= y}[op]


class Oracle:
    """Evaluate every rule of a pack on one decomposed proposal."""

    def __init__(self, pack: RulePack, view: FactView) -> None:
        self.pack = pack
        self.view = view
        self.flags: dict[str, bool | None] = {}
        self.by_flag = {r.derive: r for r in pack.rules if r.derive}

    def flag(self, name: str) -> bool | None:
        if name not in self.flags:
            self.flags[name] = self.status_value(self.by_flag[name])
        return self.flags[name]

    def items(self, scope: str) -> list[Scoped] | None:
        if scope == "proposal":
            return [self.view.proposal]
        if self.view.sectors is None:
            return None
        if scope == "sector":
            return self.view.sectors
        return [p for s in self.view.sectors for p in (s.programs or [])]

    def status_value(self, rule: Any) -> bool | None:
        items = self.items(rule.scope)
        if items is None:
            return U
        values = [self.eval(rule.condition, item) for item in items]
        if rule.scope == "program" and any(s.programs is None for s in self.view.sectors or []):
            values.append(U)
        return _or(values) if values else F

    def statuses(self) -> dict[str, str]:
        """Every rule in force on its date (docs/rule-language.md, law by date) → status."""
        names = {T: "risk", F: "clear", U: "unknown"}
        return {r.id: names[self.status_value(r)] for r in self.pack.rules if self.in_force(r)}

    def in_force(self, rule: Any) -> bool:
        """The rule's dates hold on the date it is judged at: the proposal date named by
        ``dated_by`` when given, else as_of."""
        day = self.view.as_of
        if rule.dated_by is not None:
            given = self.view.proposal.values.get(rule.dated_by)
            day = given if isinstance(given, dt.date) else day
        return not ((rule.effective_from is not None and day < rule.effective_from)
                    or (rule.effective_until is not None and day > rule.effective_until))

    def eval(self, cond: c.Condition, item: Scoped) -> bool | None:
        if isinstance(cond, c.All):
            return _and([self.eval(p, item) for p in cond.parts])
        if isinstance(cond, c.AnyOf):
            return _or([self.eval(p, item) for p in cond.parts])
        if isinstance(cond, c.Not):
            return _not(self.eval(cond.part, item))
        if isinstance(cond, c.Flag):
            value = self.flag(cond.name)
            return _not(value) if cond.negated else value
        if isinstance(cond, c.Exists):
            return (_get(item, cond.path) is not _ABSENT) == cond.present
        if isinstance(cond, c.Count):
            return self.count(cond, item)
        if isinstance(cond, c.ComparePaths):
            x, y = _get(item, cond.path), _get(item, cond.other)
            if x is None or y is None:  # a comparison with null is false, as documented
                return F
            if x is _ABSENT or y is _ABSENT:
                return U
            if hasattr(x, "toordinal"):
                x, y = x.toordinal(), y.toordinal()
            return _cmp(cond.op, x, y * cond.times + cond.plus)
        x = _get(item, cond.path)  # type: ignore[union-attr]
        if x is _ABSENT:
            return U
        if isinstance(cond, c.Compare):
            return _cmp(cond.op, x, cond.value)
        if isinstance(cond, c.Member):
            inside = x in cond.values
            return not inside if cond.negated else inside
        if isinstance(cond, c.Contains):
            has = x is not None and cond.value in x
            return not has if cond.negated else has
        raise TypeError(cond)

    def count(self, cond: c.Count, item: Scoped) -> bool | None:
        if cond.collection == "sectors":
            members = self.view.sectors
        elif cond.collection == "programs":
            members = self.view.programs
        elif cond.collection == "sector.programs":
            members = item.programs
        else:
            value = _get(item, cond.collection)
            members = _ABSENT if value is _ABSENT else (value or [])
        if members is None or members is _ABSENT:
            return U
        total = len(members)
        if cond.where is None:
            low = high = total
        else:
            values = [self.eval(cond.where, m) for m in members]
            low = sum(v is T for v in values)
            high = low + sum(v is U for v in values)
        if cond.share:
            low, high = (low / total, high / total) if total else (0.0, 0.0)
        lo_true, hi_true = _cmp(cond.op, low, cond.value), _cmp(cond.op, high, cond.value)
        if cond.op in ("eq", "ne"):
            if low == high:
                return lo_true
            inside = low <= cond.value <= high
            if cond.op == "eq":
                return U if inside else F
            return U if inside else T
        if lo_true and hi_true:
            return T
        if not lo_true and not hi_true:
            return F
        return U
