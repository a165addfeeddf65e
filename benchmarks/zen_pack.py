"""A paracheck rule pack translated to a GoRules zen-engine decision (JDM), for comparison.

What is translated: the full three-valued (Kleene) semantics, the way paracheck's compiler
does it, by two boolean expressions per condition — T ("definitely true") and P ("possibly
true", i.e. not definitely false) — over the same decomposed facts (``decompose``):

* input: ``P`` = the proposal's values, ``S`` = the sectors (sector values plus ``programs``,
  each programme carrying its own and its sector's values), ``G`` = every programme,
  ``GU`` = some sector's programmes are not given. A value is stored under ``f_<path>`` and
  its presence as ``h_<path>: true`` (zen reads an absent key as null, so presence must be
  explicit); dates are day numbers.
* atoms: T = present and test, P = absent or test (``exists`` is never unknown); ``all`` /
  ``any`` map to ``and`` / ``or`` of T and of P; ``not`` swaps them (T(¬c) = ¬P(c));
  ``count`` / ``share`` use ``count(items, T(where))`` as the low tally and
  ``count(items, P(where))`` as the high one; a ``flag`` inlines the T / P of the rule that
  derives it.
* one decision: input → one expression node → output. The node first computes each derived
  flag's T and P once (``fl_<name>_t`` / ``_p``, in dependency order; later expressions read
  them as ``$.fl_…``, the way paracheck's engine derives a flag once per assessment), then one
  expression per rule returning ``"risk"`` / ``"unknown"`` / ``"clear"``.

A fair race (issue 16): zen's input carries only the paths some condition of the pack reads
(``needed``), each programme once, and the programme lists only where a condition iterates
them; the caller warms the decision up before timing it, as it does paracheck.

The translation reads the condition trees only; it shares no code with paracheck's engine.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from paracheck.facts.decompose import FactView
from paracheck.facts.paths import COLLECTIONS
from paracheck.rules import conditions as c
from paracheck.rules.model import RulePack

_OPS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _name(path: str) -> str:
    return path.replace(".", "__")


def _lit(value: Any) -> str:
    if isinstance(value, dt.date):
        return str(value.toordinal())
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return json.dumps(value)


def _enc(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, list):
        return [_enc(v) for v in value]
    if isinstance(value, dict):
        return {k: _enc(v) for k, v in value.items()}
    if hasattr(value, "model_dump"):  # e.g. the programmes under sector.programs
        return {}
    return value


def _nodes(cond: c.Condition):
    """Every node of a condition, ``where`` clauses of counts included."""
    yield cond
    if isinstance(cond, c.All | c.AnyOf):
        for part in cond.parts:
            yield from _nodes(part)
    elif isinstance(cond, c.Not):
        yield from _nodes(cond.part)
    elif isinstance(cond, c.Count) and cond.where is not None:
        yield from _nodes(cond.where)


class Needs:
    """What zen's input must carry for a pack: the paths read, and which item lists."""

    def __init__(self, pack: RulePack) -> None:
        self.paths: set[str] = set()
        self.sector_programs = False  # some condition counts a sector's programmes
        self.programs = False  # some rule reads programmes one by one, or counts them all
        for rule in pack.rules:
            self.programs |= rule.scope == "program"
            for node in _nodes(rule.condition):
                if isinstance(node, c.Compare | c.Member | c.Contains | c.Exists):
                    self.paths.add(node.path)
                elif isinstance(node, c.ComparePaths):
                    self.paths |= {node.path, node.other}
                elif isinstance(node, c.Count):
                    if node.collection not in COLLECTIONS:
                        self.paths.add(node.collection)
                    self.sector_programs |= node.collection == "sector.programs"
                    self.programs |= node.collection == "programs"


class Translator:
    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.by_flag = {r.derive: r for r in pack.rules if r.derive}

    # a path read on the current item: its own scope and deeper-scope values are on ``#``
    # (programmes carry their sector's values), proposal values on ``P``
    @staticmethod
    def _ref(path: str, scope: str) -> str:
        if scope != "proposal" and (path.startswith("sector.") or path.startswith("program.")):
            return "#"
        return "P"

    def _val(self, path: str, scope: str) -> str:
        return f"{self._ref(path, scope)}.f_{_name(path)}"

    def _has(self, path: str, scope: str) -> str:
        return f"({self._ref(path, scope)}.h_{_name(path)} == true)"

    def tp(self, cond: c.Condition, scope: str) -> tuple[str, str]:
        """(T, P) expressions of ``cond`` read on an item of ``scope``."""
        if isinstance(cond, c.All | c.AnyOf):
            op = " and " if isinstance(cond, c.All) else " or "
            parts = [self.tp(p, scope) for p in cond.parts]
            return (
                "(" + op.join(t for t, _ in parts) + ")",
                "(" + op.join(p for _, p in parts) + ")",
            )
        if isinstance(cond, c.Not):
            t, p = self.tp(cond.part, scope)
            return f"(not {p})", f"(not {t})"
        if isinstance(cond, c.Flag):
            t, p = f"$.fl_{cond.name}_t", f"$.fl_{cond.name}_p"
            return (f"(not {p})", f"(not {t})") if cond.negated else (t, p)
        if isinstance(cond, c.Exists):
            test = self._has(cond.path, scope)
            test = test if cond.present else f"(not {test})"
            return test, test
        if isinstance(cond, c.Count):
            return self._count(cond, scope)
        if isinstance(cond, c.ComparePaths):
            x, y = self._val(cond.path, scope), self._val(cond.other, scope)
            known = f"({self._has(cond.path, scope)} and {self._has(cond.other, scope)})"
            rhs = y
            if cond.times != 1:
                rhs = f"({rhs} * {_lit(cond.times)})"
            if cond.plus:
                rhs = f"({rhs} + {_lit(cond.plus)})"
            test = f"({x} != null and {y} != null and {x} {_OPS[cond.op]} {rhs})"
            # a null on either side decides the comparison (false), whatever the other side
            nulls = (
                f"(({self._has(cond.path, scope)} and {x} == null) or "
                f"({self._has(cond.other, scope)} and {y} == null))"
            )
            return f"({known} and {test})", f"((not {nulls}) and ((not {known}) or {test}))"
        x = self._val(cond.path, scope)  # type: ignore[union-attr]
        if isinstance(cond, c.Compare):
            if cond.op in ("eq", "ne"):
                test = f"({x} {_OPS[cond.op]} {_lit(cond.value)})"
            else:
                test = f"({x} != null and {x} {_OPS[cond.op]} {_lit(cond.value)})"
        elif isinstance(cond, c.Member):
            test = "(" + " or ".join(f"{x} == {_lit(v)}" for v in cond.values) + ")"
            test = f"(not {test})" if cond.negated else test
        elif isinstance(cond, c.Contains):
            test = f"({x} != null and {_lit(cond.value)} in {x})"
            test = f"(not {test})" if cond.negated else test
        else:
            raise TypeError(cond)
        has = self._has(cond.path, scope)  # type: ignore[union-attr]
        return f"({has} and {test})", f"((not {has}) or {test})"

    def _count(self, cond: c.Count, scope: str) -> tuple[str, str]:
        if cond.collection in COLLECTIONS:
            item_scope = COLLECTIONS[cond.collection][0]
            members = {"sectors": "S", "programs": "G", "sector.programs": "#.programs"}[
                cond.collection
            ]
            known = {
                "sectors": "(S != null)",
                "programs": "(S != null and not GU)",
                "sector.programs": "(#.programs != null)",
            }[cond.collection]
        else:  # a list field: null counts as empty
            item_scope = scope
            members = f"({self._val(cond.collection, scope)} ?? [])"
            known = self._has(cond.collection, scope)
        total = f"len({members})"
        if cond.where is None:
            low = high = total
        else:
            wt, wp = self.tp(cond.where, item_scope)
            low, high = f"count({members}, {wt})", f"count({members}, {wp})"
        if cond.share:
            low = f"({total} == 0 ? 0 : {low} / {total})"
            high = f"({total} == 0 ? 0 : {high} / {total})"
        v, op = _lit(cond.value), cond.op
        if cond.collection == "programs" and op in ("ge", "gt") and not cond.share:
            # a sector whose programme list is not given (GU) hides members, so it only raises
            # the high tally: a low tally already at the bound holds whatever they are (BUD-005
            # with two unfinished programmes known beside an unknown list: paracheck and the
            # oracle said risk, this translation said unknown on 15 generated files)
            lo, hi = f"({low} {_OPS[op]} {v})", f"({high} {_OPS[op]} {v})"
            return f"(S != null and {lo})", f"(S == null or GU or {hi})"
        if cond.collection == "programs" and op in ("eq", "le", "lt") and not cond.share:
            # hidden members (GU) only raise the count, so a low tally already past the bound
            # settles it false: IMP-013's "no programme active within the year" (eq 0) is
            # clear once a given programme was, beside a sector whose list is not given
            # (paracheck and the oracle said clear, this translation unknown on 68 checks)
            if op == "eq":
                t = f"(S != null and not GU and {low} == {v} and {high} == {v})"
                p = f"(S == null or ({low} <= {v} and (GU or {v} <= {high})))"
            else:
                t = f"(S != null and not GU and {high} {_OPS[op]} {v})"
                p = f"(S == null or {low} {_OPS[op]} {v})"
            return t, p
        if op in ("eq", "ne"):
            both = f"({low} == {v} and {high} == {v})"
            inside = f"({low} <= {v} and {v} <= {high})"
            t, p = (both, inside) if op == "eq" else (f"(not {inside})", f"(not {both})")
        else:
            lo, hi = f"({low} {_OPS[op]} {v})", f"({high} {_OPS[op]} {v})"
            t, p = f"({lo} and {hi})", f"({lo} or {hi})"
        return f"({known} and {t})", f"((not {known}) or {p})"

    def rule_tp(self, rule: Any) -> tuple[str, str]:
        t, p = self.tp(rule.condition, rule.scope)
        if rule.scope == "proposal":
            return t, p
        if rule.scope == "sector":
            return f"(S != null and some(S, {t}))", f"(S == null or some(S, {p}))"
        return f"(S != null and some(G, {t}))", f"(S == null or GU or some(G, {p}))"

    def status(self, rule: Any) -> str:
        t, p = self.rule_tp(rule)
        return f'{t} ? "risk" : ({p} ? "unknown" : "clear")'

    def flag_order(self) -> list[str]:
        """Derived flags, each after the flags its own condition reads."""
        done: list[str] = []

        def visit(name: str) -> None:
            if name in done:
                return
            for node in _nodes(self.by_flag[name].condition):
                if isinstance(node, c.Flag):
                    visit(node.name)
            done.append(name)

        for name in sorted(self.by_flag):
            visit(name)
        return done

    def decision(self) -> dict[str, Any]:
        expressions = []
        for name in self.flag_order():
            t, p = self.rule_tp(self.by_flag[name])
            expressions += [
                {"id": f"f{len(expressions)}", "key": f"fl_{name}_t", "value": t},
                {"id": f"f{len(expressions) + 1}", "key": f"fl_{name}_p", "value": p},
            ]
        expressions += [
            {"id": f"e{i}", "key": key(rule.id), "value": self.status(rule)}
            for i, rule in enumerate(self.pack.rules)
        ]
        return {
            "nodes": [
                {"id": "in", "type": "inputNode", "name": "request", "position": {"x": 0, "y": 0}},
                {
                    "id": "rules",
                    "type": "expressionNode",
                    "name": "rules",
                    "position": {"x": 200, "y": 0},
                    "content": {"expressions": expressions},
                },
                {
                    "id": "out",
                    "type": "outputNode",
                    "name": "response",
                    "position": {"x": 400, "y": 0},
                },
            ],
            "edges": [
                {"id": "a", "type": "edge", "sourceId": "in", "targetId": "rules"},
                {"id": "b", "type": "edge", "sourceId": "rules", "targetId": "out"},
            ],
        }


def key(rule_id: str) -> str:
    return "r_" + rule_id.replace("-", "_")


def _flat(values: dict[str, Any], into: dict[str, Any], needed: set[str]) -> dict[str, Any]:
    for path, value in values.items():
        if path not in needed:
            continue
        name = _name(path)
        into["h_" + name] = True
        into["f_" + name] = _enc(value)
    return into


def zen_input(view: FactView, needs: Needs) -> dict[str, Any]:
    """The decomposed facts as zen input (see the module docstring), pruned to ``needs``."""
    paths = needs.paths
    data: dict[str, Any] = {
        "P": _flat(view.proposal.values, {}, paths),
        "S": None,
        "G": [],
        "GU": False,
    }
    if view.sectors is not None:
        sectors = []
        programs = []
        for s in view.sectors:
            sd = _flat(s.values, {}, paths)
            if s.programs is None:
                sd["programs"] = None
                data["GU"] = True
            elif needs.programs or needs.sector_programs:
                # a programme carries its sector's values (a programme rule reads them on #)
                items = [_flat(g.values, dict(sd), paths) for g in s.programs]
                if needs.sector_programs:
                    sd["programs"] = items
                if needs.programs:
                    programs.extend(items)
            if "programs" not in sd:
                sd["programs"] = []
            sectors.append(sd)
        data["S"] = sectors
        data["G"] = programs
    return data


class ZenPack:
    """The translated pack loaded once into one zen decision."""

    def __init__(self, pack: RulePack) -> None:
        import zen

        self.pack = pack
        self.content = Translator(pack).decision()
        self.engine = zen.ZenEngine()
        self.decision = self.engine.create_decision(json.dumps(self.content))
        self.keys = {key(r.id): r.id for r in pack.rules}
        self.needs = Needs(pack)

    def statuses(self, view: FactView) -> dict[str, str]:
        result = self.decision.evaluate(zen_input(view, self.needs))["result"]
        return {rule_id: result[k] for k, rule_id in self.keys.items()}
