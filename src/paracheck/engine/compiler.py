"""Compiling a rule pack onto the engine, and running it on a decomposed proposal.

Three-valued logic inside a two-valued engine: every rule is compiled twice over the same
fact — a *definite* pattern (true only on present facts) and a *possible* pattern (true
unless present facts make it false). A rule whose definite pattern fires is a risk; one whose
only possible pattern fires is unknown; neither, clear. This is Kleene logic evaluated by the
engine itself, with no Python re-evaluation of conditions. The possible pattern also asks
that something it reads be undecided (``_Compiler.opened``), so that it does not fire with
the definite one when everything is known: each match is a round trip out of the engine, and
such pairs were ~30% of them.

Facts are flat and each rule reads exactly one (ENGINE-NOTES traps 7, 8, 11): the proposal, one
sector, or one programme, each carrying the outer-scope values its rules read. Counts over
sectors or programmes are tallied from member rules that the engine fires on the item facts,
and handed to the outer fact, which is asserted after its items. Derived flags run in layers
(strata; ``phases`` puts a proposal rule deriving a flag without counting anything in a
stratum of its own, before the rest of its stratum): a rule testing a flag sees the facts of a
later layer that carries it. The layers
one stratum is spread over (``spread_layers``) need nothing from each other, so their facts
go to the engine together (``CompiledPack.batches``): one engine call per scope that tallies
a count, one for the rest.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import threading
from collections import OrderedDict, _count_elements, defaultdict  # type: ignore[attr-defined]
from collections.abc import Callable, Sequence
from itertools import chain, compress, filterfalse
from pathlib import Path
from typing import Any

import msgspec
from msgspec.structs import replace

from paracheck import _cache as disk_cache
from paracheck.engine import _disk
from paracheck.engine.adapter import EXACT_INT, DurableRuleset, Session, dumps, number
from paracheck.errors import EngineError, PackError, pack_problem
from paracheck.facts.decompose import FactView, Scoped
from paracheck.facts.paths import COLLECTIONS, SCOPE_DEPTH, vocabulary
from paracheck.rules import conditions as c
from paracheck.rules.loader import strata
from paracheck.rules.model import RulePack

KIND = {"proposal": "p", "sector": "s", "program": "g"}


def tag(layer: int, scope: str) -> str:
    """What every fact of ``scope`` asserted in ``layer`` carries as its ``t`` field, and what
    its rules' patterns test first: the layer's number and the scope's letter (``"0g"``).

    One field for both: every match echoes its fact, so each field is paid by the encoder,
    the engine's parser and every match. The fact's id is its tag and the item's position
    in its scope (``"0g17"``): the letter keeps layer and position apart."""
    return f"{layer}{KIND[scope]}"


def fact_id(layer_tag: str, position: int) -> str:
    """The id of the fact of the item at ``position`` in its scope, in the layer and scope
    ``layer_tag`` names (:func:`tag`): ``"0g17"``."""
    return f"{layer_tag}{position}"


_OPS = {"lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte", "ne": "$neq"}

Verdict = str  # "def" (definitely true) | "pos" (true only if unknowns allow)


@functools.cache
def _name(path: str) -> str:
    """A short engine name for a path: its index in the vocabulary (paths outside it keep
    their dotted name, which has letters, so the two never meet).

    Every fact carries these names and every match echoes its fact back, so their length
    is paid by the JSON encoder, the engine's parser and each match (measured: ~7% of the
    engine part on NTB against ``f_procedure__signing__date``-style names). Patterns and
    facts are built in the same process, from the same vocabulary."""
    index = _indexes().get(path)
    return str(index) if index is not None else path.replace(".", "__")


@functools.cache
def _indexes() -> dict[str, int]:
    return {path: i for i, path in enumerate(sorted(vocabulary()))}


def field(path: str) -> str:
    return "f" + _name(path)


def null_field(path: str) -> str:
    return "n" + _name(path)


def len_field(path: str) -> str:
    return "l" + _name(path)


def known_field(path: str) -> str:
    """Set to 1 on a fact for every path that is given (as a value or as null)."""
    return "k" + _name(path)


def encode(value: Any) -> Any:
    """Engine representation of a literal: dates as day numbers (JSON has no dates), numbers
    in a form the engine reads (``adapter.number``)."""
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, int | float):
        return number(value)
    return value


# --------------------------------------------------------------------------- conditions


def _or(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$or": parts}


def _and(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$and": parts}


def _cmp(op: str, name: str, value: Any) -> dict[str, Any]:
    return {name: value} if op == "eq" else {_OPS[op]: {name: value}}


def _present(path: str) -> dict[str, Any]:
    return {"$ex": {field(path): 1}}


def _known(path: str) -> dict[str, Any]:
    return {known_field(path): 1}


def _unknown(path: str) -> dict[str, Any]:
    return {"$nex": {known_field(path): 1}}


class _Compiler:
    """Turns condition trees into definite / possible engine patterns."""

    def __init__(self, count_field: dict[Any, tuple[str, str]]) -> None:
        self.count_field = count_field
        # whether "either side unknown" of a comparison of two paths is written as two
        # alternatives a fact passes one at most (``_unknown``); off only for a pattern it
        # would make too long for the engine (``_variants``)
        self.one_branch = True

    def definite(self, cond: c.Condition) -> dict[str, Any]:
        if isinstance(cond, c.All):
            return _and([self.definite(p) for p in cond.parts])
        if isinstance(cond, c.AnyOf):
            return _or([self.definite(p) for p in cond.parts])
        if isinstance(cond, c.Not):
            inner = cond.part
            if isinstance(inner, c.Compare | c.ComparePaths):
                return self._not_compare(inner)
            return self.definite(c.negate(cond.part))
        return self._atom(cond)

    def possible(self, cond: c.Condition) -> dict[str, Any]:
        if isinstance(cond, c.All):
            return _and([self.possible(p) for p in cond.parts])
        if isinstance(cond, c.AnyOf):
            return _or([self.possible(p) for p in cond.parts])
        if isinstance(cond, c.Not) and not isinstance(cond.part, c.Compare | c.ComparePaths):
            return self.possible(c.negate(cond.part))
        if isinstance(cond, c.Count):
            return self._count(cond, possible=True)
        if isinstance(cond, c.Exists):
            return self._atom(cond)
        return {"$or": [self._unknown(cond), self.definite(cond)]}

    def opened(self, cond: c.Condition) -> list[dict[str, Any]]:
        """Tests one of which holds whenever ``cond`` is possibly but not definitely true
        (its unknown inputs; for a count, an unknown set or members that only possibly
        match). Added to a possible pattern, they keep it from firing with the definite
        one in the common case where everything it reads is known."""
        if isinstance(cond, c.All | c.AnyOf):
            return [t for p in cond.parts for t in self.opened(p)]
        if isinstance(cond, c.Not) and not isinstance(cond.part, c.Compare | c.ComparePaths):
            return self.opened(c.negate(cond.part))
        if isinstance(cond, c.Exists):
            return []
        if isinstance(cond, c.Count):
            low, high = self.count_field[(cond.collection, cond.where, cond.share)]
            if low == high:  # a count of every member: known exactly once its set is
                return [{"$nex": {low: 1}}]
            return [{"$nex": {low: 1}}, {"$neq": {low: {"$m": high}}}]
        return [self._unknown(cond)]

    def _unknown(self, cond: c.Condition) -> dict[str, Any]:
        target = cond.part if isinstance(cond, c.Not) else cond
        if isinstance(target, c.ComparePaths):
            # a null on either side decides the comparison (false), whatever the other side.
            # The other side unknown counts only where this side is known: a fact with both
            # unknown passes one alternative, not two (durable_rules makes a branch of each
            # alternative and reports a fact once per branch it passes: each a frame echoing
            # the fact, ~30 % of the frames of the generated proposals' matches were repeats)
            either = (
                [_unknown(target.path), _and([_known(target.path), _unknown(target.other)])]
                if self.one_branch
                else [_unknown(target.path), _unknown(target.other)]
            )
            return {
                "$and": [
                    {"$nex": {null_field(target.path): 1}},
                    {"$nex": {null_field(target.other): 1}},
                    {"$or": either},
                ]
            }
        if isinstance(target, c.Flag):
            return {"$nex": {"g_" + target.name: 1}}
        return _unknown(target.path)  # type: ignore[union-attr]

    def _atom(self, cond: c.Condition) -> dict[str, Any]:
        if isinstance(cond, c.Compare):
            if cond.value is None:
                return {null_field(cond.path): 1} if cond.op == "eq" else _present(cond.path)
            if cond.op == "ne":
                return {
                    "$or": [
                        {null_field(cond.path): 1},
                        _cmp("ne", field(cond.path), encode(cond.value)),
                    ]
                }
            return _cmp(cond.op, field(cond.path), encode(cond.value))
        if isinstance(cond, c.Member):
            values = [encode(v) for v in cond.values if v is not None]
            has_null = len(values) < len(cond.values)
            if not cond.negated:
                parts = [{field(cond.path): v} for v in values]
                if has_null:
                    parts.append({null_field(cond.path): 1})
                return _or(parts)
            outside = _and(
                [_present(cond.path)] + [{"$neq": {field(cond.path): v}} for v in values]
            )
            return outside if has_null else _or([{null_field(cond.path): 1}, outside])
        if isinstance(cond, c.Contains):
            name = field(cond.path)
            if not cond.negated:
                return {"$iany": {name: {"$i": cond.value}}}
            return _or(
                [
                    {null_field(cond.path): 1},
                    {len_field(cond.path): 0},
                    {"$iall": {name: {"$neq": {"$i": cond.value}}}},
                ]
            )
        if isinstance(cond, c.Exists):
            return _known(cond.path) if cond.present else _unknown(cond.path)
        if isinstance(cond, c.ComparePaths):
            return _and(
                [
                    _present(cond.path),
                    _present(cond.other),
                    _cmp(cond.op, field(cond.path), self._other(cond)),
                ]
            )
        if isinstance(cond, c.Flag):
            return {"g_" + cond.name: 0 if cond.negated else 1}
        if isinstance(cond, c.Count):
            return self._count(cond, possible=False)
        raise TypeError(cond)

    @staticmethod
    def _other(cond: c.ComparePaths) -> dict[str, Any]:
        expr: dict[str, Any] = {"$m": field(cond.other)}
        if cond.times != 1:
            expr = {"$mul": {"$l": expr, "$r": cond.times}}
        if cond.plus:
            expr = {"$add": {"$l": expr, "$r": cond.plus}}
        return expr

    def _not_compare(self, cond: c.Compare | c.ComparePaths) -> dict[str, Any]:
        """``not (x op v)``: true for a null x too, unlike the flipped comparison."""
        flipped = c.FLIP[cond.op]
        if isinstance(cond, c.Compare):
            if cond.value is None:  # not (x == null) / not (x != null)
                return _present(cond.path) if cond.op == "eq" else {null_field(cond.path): 1}
            if cond.op == "ne":  # not (x != v) is x == v, which a null never is
                return self._atom(c.Compare(cond.path, "eq", cond.value))
            return _or(
                [{null_field(cond.path): 1}, self._atom(c.Compare(cond.path, flipped, cond.value))]
            )
        return _or(
            [
                {null_field(cond.path): 1},
                {null_field(cond.other): 1},
                self._atom(c.ComparePaths(cond.path, flipped, cond.other, cond.plus, cond.times)),
            ]
        )

    def _count(self, cond: c.Count, possible: bool) -> dict[str, Any]:
        low, high = self.count_field[(cond.collection, cond.where, cond.share)]
        v, op = cond.value, cond.op
        if op in ("gt", "ge"):
            test = _cmp(op, high if possible else low, v)
        elif op in ("lt", "le"):
            test = _cmp(op, low if possible else high, v)
        elif op == "eq":
            test = (
                {"$and": [{"$lte": {low: v}}, {"$gte": {high: v}}]}
                if possible
                else {"$and": [{low: v}, {high: v}]}
            )
        else:  # ne
            test = (
                {"$or": [{"$neq": {low: v}}, {"$neq": {high: v}}]}
                if possible
                else {"$or": [{"$gt": {low: v}}, {"$lt": {high: v}}]}
            )
        if possible:
            return {"$or": [{"$nex": {low: 1}}, test]}
        return test


def _nnf(cond: c.Condition) -> c.Condition:
    """Negations pushed to the atoms (``not`` of a comparison stays an atom)."""
    if isinstance(cond, c.All):
        return c.All(tuple(_nnf(p) for p in cond.parts))
    if isinstance(cond, c.AnyOf):
        return c.AnyOf(tuple(_nnf(p) for p in cond.parts))
    if isinstance(cond, c.Not) and not isinstance(cond.part, c.Compare | c.ComparePaths):
        return _nnf(c.negate(cond.part))
    return cond


def _dnf(cond: c.Condition, cap: int = 24) -> list[list[c.Condition]]:
    """Alternatives of conjunctions, so each engine pattern stays short.

    durable_rules allows at most 31 tests in one pattern (MAX_SEQUENCE_EXPRESSIONS); an
    ``any`` becomes several engine rules that report under the same rule id. Expansion
    stops at ``cap`` alternatives, keeping the rest nested.
    """
    if isinstance(cond, c.AnyOf):
        out = [term for part in cond.parts for term in _dnf(part, cap)]
        return out if len(out) <= cap else [[cond]]
    if isinstance(cond, c.All):
        terms: list[list[c.Condition]] = [[]]
        for part in cond.parts:
            expanded = _dnf(part, cap)
            product = [t + e for t in terms for e in expanded]
            terms = product if len(product) <= cap else [[*t, part] for t in terms]
        return terms
    return [[cond]]


def _variants(
    comp: _Compiler, name: str, head: list[dict[str, Any]], cond: c.Condition
) -> list[tuple[str, dict[str, Any]]]:
    """The definite and possible engine patterns of each alternative of one condition.

    An alternative none of whose parts can be undecided gets no possible pattern (it would
    be its definite one); the others' possible patterns require an undecided part, unless
    that test would make the pattern too long for the engine (then they fire with the
    definite one too, which the run resolves: definite wins).
    """
    terms = _dnf(_nnf(cond))
    on_items = not head[0]["t"].endswith(KIND["proposal"])
    out = [
        (str(RuleName(name, True, i)), _and([*head, *(comp.definite(a) for a in term)]))
        for i, term in enumerate(terms)
    ]
    for i, term in enumerate(terms):
        possible = _and([*head, *(comp.possible(a) for a in term)])
        if comp.one_branch and expression_count(possible) >= MAX_EXPRESSIONS:  # as before
            comp.one_branch = False
            try:
                return _variants(comp, name, head, cond)
            finally:
                comp.one_branch = True
        opened = {json.dumps(t, sort_keys=True): t for a in term for t in comp.opened(a)}
        if not opened:  # no part can be undecided: possible is definite, which is compiled
            continue
        parts = [*head, *(comp.possible(a) for a in term)]
        tests = list(opened.values())
        exclusive = _exclusive(tests) if len(tests) > 1 else None
        only = _and([*parts, _or(exclusive)]) if exclusive else None
        # kept only if it fits: over items once every known test is rewritten
        # (``_known_by_value`` would otherwise keep its known tests, and their fields on the
        # facts); a pattern on the proposal's facts is never rewritten
        if only is not None:
            written = _by_value(only, _EVERY) if on_items else only
            if expression_count(written) >= MAX_EXPRESSIONS:
                only = None
        if only is None:
            only = _and([*parts, _or(tests)])
        if expression_count(only) < MAX_EXPRESSIONS:
            possible = only
        out.append((str(RuleName(name, False, i)), possible))
    return out


def _exclusive(tests: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """``tests`` (a possible pattern's "something it reads is undecided", ``_Compiler.opened``)
    rewritten so that no fact passes two of them: each also requires that none before it
    holds (``U1``, ``not U1 and U2``, ``not U1 and not U2 and U3``…); None where a test
    other than the last has no complement written as one test here. A test of several
    parts (a comparison of two paths either of which is unknown) is moved last, where no
    complement of it is needed; only one such test can be.

    durable_rules makes a branch of its network for each alternative of an ``$or``, and a
    fact reaching the rule through two branches is matched twice: its frame written and
    echoed twice, its id read twice. At 150 sectors a programme whose status and whether it
    moves people are both unknown matched a count's possible pattern twice, a sector with
    two open counts ``IMP-005``'s: 334 of ~3,000 matches a run were such repeats.

    Complements, exact on the facts the run writes: a known field (``k…``) is 1 when
    present, so "absent" and "1" are each other's complement; any other field absent and
    present; a count's ``low != high`` (``{"$m": high}``) follows the test that its low is
    absent (``opened``), and where the low is present so is the high, so ``low == high`` is
    its complement there."""
    one = [t for t in tests if _one_test(t)]
    if len(tests) - len(one) > 1:
        return None
    tests = one + [t for t in tests if not _one_test(t)]
    out: list[dict[str, Any]] = []
    before: list[dict[str, Any]] = []
    absent: set[str] = set()
    for test in tests:
        out.append(_and([*before, test]))
        if len(out) == len(tests):  # the last: no test after it needs its complement
            break
        ((op, arg),) = test.items() if len(test) == 1 else ((None, None),)
        if not isinstance(arg, dict) or len(arg) != 1:
            return None
        ((name, value),) = arg.items()
        if op == "$nex" and value == 1:
            absent.add(name)
            before.append({name: 1} if name.startswith("k") else {"$ex": {name: 1}})
        elif op == "$neq" and isinstance(value, dict) and "$m" in value and name in absent:
            before.append({name: value})
        else:
            return None
    return out


def _one_test(test: dict[str, Any]) -> bool:
    """Whether ``test`` is one operator on one field (``{"$nex": {"k12": 1}}``)."""
    if len(test) != 1:
        return False
    ((_, arg),) = test.items()
    return isinstance(arg, dict) and len(arg) == 1


class _Every:
    """Contains everything: ``_by_value`` with it rewrites every known test, the longest a
    pattern can become before the engine sees it (``_known_by_value``)."""

    def __contains__(self, _: object) -> bool:
        return True


_EVERY: Any = _Every()


class RuleName(msgspec.Struct, frozen=True):
    """The name an engine rule reports under; the protocol is built and read only here.

    ``{target}#d{i}`` / ``{target}#p{i}`` names the definite / possible pattern of the i-th
    alternative (DNF term) of ``target``. A target is a pack rule's id, :func:`aside_target`
    for a case a rule steps aside in, or :func:`count_target` for the member test of a
    count node; the run stores each target's
    verdicts under the target.
    """

    target: str
    definite: bool
    alternative: int

    def __str__(self) -> str:
        return f"{self.target}#{'d' if self.definite else 'p'}{self.alternative}"

    @classmethod
    def parse(cls, name: str) -> RuleName:
        target, _, variant = name.rpartition("#")
        return cls(target, variant[0] == "d", int(variant[1:]))


def aside_target(rule_id: str, index: int) -> str:
    """The target under which the ``index``-th case ``rule_id`` steps aside in reports (its
    ``steps_aside``): a name no rule id or count target can take."""
    return f"{rule_id}>{index}"


def due_target(rule_id: str) -> str:
    """The target under which a rule's ``due_when`` reports."""
    return f"{rule_id}>due"


@functools.cache
def count_target(index: int) -> str:
    """The target under which count node ``index``'s member test reports (a name per node
    index, kept: the report asks it for every count it shows)."""
    return f"#c{index}"


#: durable_rules keeps at most 31 entries in one pattern's expression sequence (error 113,
#: MAX_SEQUENCE_EXPRESSIONS); see expression_count
MAX_EXPRESSIONS = 32
_COMBINED = ("$and", "$or")


def fields_read(pattern: Any) -> set[str]:
    """Every fact field a pattern tests or refers to (``{"$m": field}``): its keys that are
    not operators."""
    out: set[str] = set()
    stack = [pattern]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "$m" and isinstance(value, str):
                    out.add(value)
                    continue
                if not key.startswith("$"):
                    out.add(key)
                stack.append(value)
    return out


def expression_count(pattern: Any) -> int:
    """A lower bound of the entries durable_rules puts in a pattern's expression sequence:
    two per ``$and`` / ``$or`` (the operator and its end; measured: 15 nested ``$or`` under
    one ``$and`` make 32 and are refused, 14 are taken). A pattern at MAX_EXPRESSIONS or more
    is refused by the engine, and a ruleset it refuses is never freed, so such a pattern is
    refused before the engine sees it."""
    count = 0
    stack = [pattern]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or len(node) != 1:
            continue
        ((key, value),) = node.items()
        if key in _COMBINED and isinstance(value, list):
            count += 2
            stack.extend(value)
    return count


def _too_complex(pack: RulePack, names: list[str], owners: dict[str, Any], most: int) -> PackError:
    """The rules whose condition compiles to a pattern of more than ``most`` combined tests,
    each at its rule, which the engine takes no more of in one pattern."""
    problems = []
    seen: set[str] = set()
    for name in names:
        rule = owners.get(name)
        if rule is None or rule.id in seen:
            continue
        seen.add(rule.id)
        # at the rule's first line, column 1 (column 0 was none a reader counts), said in the
        # reader's language (attack 470 M1: English under --lang id)
        problems.append(
            pack_problem(
                rule.origin[0], rule.origin[1], 1, f"{rule.id}.when", "pack.too_complex", most=most
            )
        )
    return PackError(
        problems or [pack_problem(pack.source, 1, 1, "", "pack.too_complex.whole", most=most)]
    )


def _culprit(
    pack: RulePack, patterns: dict[str, tuple[dict[str, Any], int]], owners: dict[str, Any]
) -> PackError:
    """Name the rule whose compiled condition the engine refuses."""
    problems = []
    for name, pattern in patterns.items():
        try:
            DurableRuleset("probe", {name: pattern})
        except EngineError:
            rule = owners.get(name)
            where = (
                (rule.origin[0], rule.origin[1], f"{rule.id}.when")
                if rule
                else (pack.source, 1, name)
            )
            problems.append(pack_problem(where[0], where[1], 1, where[2], "pack.refused"))
    return PackError(problems or [pack_problem(pack.source, 1, 1, "", "pack.refused.whole")])


def _simplified(node: Any) -> Any:
    """A pattern with the same meaning and fewer tests: nested ``$and`` / ``$or`` flattened
    into their parent, repeated alternatives dropped, and an ``$or`` dropped from an
    ``$and`` that already requires one of its alternatives (``X and (X or Y)`` is ``X``).

    The last one is common: a possible pattern asks that something it reads be unknown
    (``_Compiler.opened``), and where that is one test, it is also the first alternative of
    its part's own possible test. Fewer tests are less work for the engine per fact, and
    variants that simplify to the same pattern become one engine rule (``_merged``)."""
    if not isinstance(node, dict) or len(node) != 1:
        return node
    ((op, parts),) = node.items()
    if op not in _COMBINED or not isinstance(parts, list):
        return node
    flat: list[Any] = []
    seen: set[str] = set()
    for part in map(_simplified, parts):
        inner = part.get(op) if isinstance(part, dict) and len(part) == 1 else None
        for sub in inner if isinstance(inner, list) else [part]:
            text = dumps(sub)
            if text not in seen:
                seen.add(text)
                flat.append(sub)
    if op == "$and":
        plain = {dumps(p) for p in flat if not _is_or(p)}
        flat = [p for p in flat if not (_is_or(p) and any(dumps(a) in plain for a in p["$or"]))]
    return flat[0] if len(flat) == 1 else {op: flat}


def _is_or(node: Any) -> bool:
    return isinstance(node, dict) and len(node) == 1 and isinstance(node.get("$or"), list)


def _one_per_target(
    patterns: dict[str, tuple[dict[str, Any], int]], heads: set[str]
) -> dict[str, tuple[dict[str, Any], int]]:
    """Patterns with the alternatives (``_dnf`` terms) of one target on the proposal's facts
    (tags ``heads``) joined into one engine rule per target and kind of verdict: the tests
    every alternative makes once, then an ``$or`` of what each makes beside them; kept apart
    where the joined pattern would be too long for the engine (:data:`MAX_EXPRESSIONS`).

    Every rule that fires is a message out of the engine, a C call and a round of the
    Python loop draining it (``adapter.Session._assert``), and a run asserts one proposal
    fact a layer: two alternatives holding on it were two messages for one verdict (NTB:
    88 messages, the shipped pack 408 engine rules, 318 joined). The fact passing two
    branches of the ``$or`` is two frames of one message, which ``CompiledPack.sole``
    spares reading. Only the proposal's facts: an item's alternatives stay separate rules,
    since there every frame is read for its id."""
    groups: dict[tuple[str, bool, str], list[str]] = defaultdict(list)
    for name, (pattern, _) in patterns.items():
        head = pattern["$and"][0]["t"]
        if head in heads:
            parsed = RuleName.parse(name)
            groups[(parsed.target, parsed.definite, head)].append(name)
    out = dict(patterns)
    for (_, _, head), names in groups.items():
        if len(names) < 2:
            continue
        parts = []
        for n in names:
            body = _simplified({"$and": patterns[n][0]["$and"][1:]})
            parts.append(body["$and"] if isinstance(body, dict) and "$and" in body else [body])
        texts = [{dumps(p): p for p in ps} for ps in parts]
        common = [p for t, p in texts[0].items() if all(t in o for o in texts[1:])]
        shared = {dumps(p) for p in common}
        rests = [[p for t, p in o.items() if t not in shared] for o in texts]
        if any(not r for r in rests):  # an alternative holding wherever the tests shared do
            joined = {"$and": [{"t": head}, *common]}
        else:
            joined = {"$and": [{"t": head}, *common, {"$or": [_and(r) for r in rests]}]}
        if expression_count(joined) >= MAX_EXPRESSIONS:
            continue
        for n in names:
            del out[n]
        out[names[0]] = (joined, min(patterns[n][1] for n in names))
    return out


def _merged(
    patterns: dict[str, tuple[dict[str, Any], int]],
) -> tuple[dict[str, tuple[dict[str, Any], int]], dict[str, tuple[str, ...]]]:
    """Patterns simplified (:func:`_simplified`, the head test kept first), one engine rule
    per distinct pattern: the first variant's name, the lowest priority. Returns them and,
    per engine rule standing for several variants, the names of all of them.

    Every match is a round trip out of the engine (its fact echoed, its id read back): on a
    150-sector proposal, a programme whose status is unknown matched three rules testing
    just that (a rule's possible pattern and two counts' members), ~240 of ~2,100 matches."""
    by_text: dict[str, str] = {}
    out: dict[str, tuple[dict[str, Any], int]] = {}
    aliases: dict[str, list[str]] = {}
    for name, (pattern, priority) in patterns.items():
        head, *rest = pattern["$and"]
        body = _simplified({"$and": rest}) if rest else None
        parts = body["$and"] if isinstance(body, dict) and "$and" in body else [body]
        simple = {"$and": [head, *(p for p in parts if p is not None)]}
        text = dumps(simple)
        first = by_text.setdefault(text, name)
        if first == name:
            out[name] = (simple, priority)
            continue
        out[first] = (out[first][0], min(out[first][1], priority))
        aliases.setdefault(first, [first]).append(name)
    return out, {name: tuple(names) for name, names in aliases.items()}


#: the engine walks the rules a fact may match with a stack of 64 entries and fails (error
#: 303) when more tests match at one point of its network; rules sharing a fact kind and layer
#: are therefore spread under GROUP_TESTS × GROUP_TESTS always-true tests, each holding at most
#: GROUP_SIZE rules' first tests (so at most 2 × GROUP_TESTS + GROUP_SIZE entries are pending)
GROUP_SIZE = 24
GROUP_TESTS = 8
MAX_PATTERNS_PER_KIND = GROUP_SIZE * GROUP_TESTS * GROUP_TESTS


def _group_test(name: str) -> dict[str, Any]:
    """An always-true test that is a node of its own in the engine's network: the fact's tag
    is not ``name`` (no tag is: tags are a layer number and a kind letter, ``tag``).

    A test of the tag, which every fact carries anyway, rather than of a field of its own
    (``go0``, ``gi3``: three more properties on every sector and programme fact of the
    shipped pack): the engine's alpha network walks every property of a fact at each node
    it visits, parses and stores each, and echoes each in every match of the fact."""
    return {"$neq": {"t": name}}


def _spread(
    patterns: dict[str, tuple[dict[str, Any], int]],
) -> dict[str, tuple[dict[str, Any], int]]:
    """Patterns with group tests (:func:`_group_test`) inserted after their head where a
    (kind, layer) has more than GROUP_SIZE of them."""
    by_head: dict[str, list[str]] = defaultdict(list)
    for name, (pattern, _) in patterns.items():
        by_head[pattern["$and"][0]["t"]].append(name)
    out = dict(patterns)
    for names in by_head.values():
        if len(names) <= GROUP_SIZE:
            continue
        for j, name in enumerate(names):
            pattern, priority = patterns[name]
            inner, outer = (j // GROUP_SIZE) % GROUP_TESTS, j // (GROUP_SIZE * GROUP_TESTS)
            tests = [_group_test(f"go{outer}"), _group_test(f"gi{inner}")]
            parts = pattern["$and"]
            out[name] = ({"$and": [parts[0], *tests, *parts[1:]]}, priority)
    return out


def _known_by_value(
    patterns: dict[str, tuple[dict[str, Any], int]],
) -> dict[str, tuple[dict[str, Any], int]]:
    """Patterns testing whether a path is known through its value and null fields instead of
    its known field, wherever the facts of the pattern's tag carry the value field anyway.

    A path given with a value has its value field on the fact, a path given as null its null
    field, and an unknown path neither (``_fields``, the builders): so "unknown" is the
    absence of both, and "known" the presence of either. A fact then needs no known field
    for such a path: one property less to write, to parse, to walk in the engine's alpha
    network and to echo in every match of that fact. A pattern the rewriting would make too
    long for the engine (:data:`MAX_EXPRESSIONS`) keeps its known tests, and a fact whose
    patterns still read a known field carries it, as before (the fields a fact carries are
    the fields its tag's patterns read, ``CompiledPack.read``).

    Only the patterns over sectors and programmes are rewritten: a run asserts one
    proposal fact per layer but a fact per item, and each rewritten test is two tests for
    the engine to build when the ruleset is created, in every process that loads the pack
    (rewriting the proposal rules too made creating the shipped pack's ruleset ~7 ms
    slower, 23 -> 30 ms, ~8 M instructions in a CLI `assess`, for ~0.1 M saved a run)."""
    items = (KIND["sector"], KIND["program"])
    carried: dict[str, set[str]] = defaultdict(set)
    for pattern, _ in patterns.values():
        if pattern["$and"][0]["t"].endswith(items):
            carried[pattern["$and"][0]["t"]] |= fields_read(pattern)
    out = {}
    for name, (pattern, priority) in patterns.items():
        values = carried.get(pattern["$and"][0]["t"])
        if values is None:  # a proposal pattern: kept as it is
            out[name] = (pattern, priority)
            continue
        rewritten = _by_value(pattern, values)
        if rewritten != pattern and expression_count(rewritten) < MAX_EXPRESSIONS:
            pattern = rewritten
        out[name] = (pattern, priority)
    return out


def _by_value(node: Any, values: set[str]) -> Any:
    """``node`` with each test of a known field (``k…``) whose value field (``f…``) is in
    ``values`` written as tests of the value and null fields (:func:`_known_by_value`)."""
    if not isinstance(node, dict) or len(node) != 1:
        return node
    ((key, value),) = node.items()
    if key in _COMBINED and isinstance(value, list):
        parts = []
        for part in (_by_value(p, values) for p in value):
            inner = part.get(key) if isinstance(part, dict) and len(part) == 1 else None
            parts += inner if isinstance(inner, list) else [part]  # $and in $and: one level
        return {key: parts}
    if key == "$nex" and isinstance(value, dict) and len(value) == 1:
        ((known, one),) = value.items()
        if known.startswith("k") and "f" + known[1:] in values:
            return {"$and": [{"$nex": {"f" + known[1:]: one}}, {"$nex": {"n" + known[1:]: one}}]}
    if key.startswith("k") and value == 1 and "f" + key[1:] in values:
        return {"$or": [{"$ex": {"f" + key[1:]: 1}}, {"n" + key[1:]: 1}]}
    return node


# --------------------------------------------------------------------------- compiled pack


class CountNode(msgspec.Struct, frozen=True):
    """One distinct counted set: (collection, where), tallied per owning fact."""

    index: int
    collection: str
    where: c.Condition | None
    share: bool
    home: str  # scope of the fact that receives the count
    item_scope: str


def _count_fields(node: CountNode) -> tuple[str, str]:
    """The fact fields holding a count's low and high tallies: one field for a count of
    every member (no ``where``: low and high are its total), so a fact carries one property
    less to parse and echo in each match."""
    if node.where is None:
        return f"c{node.index}", f"c{node.index}"
    return f"c{node.index}lo", f"c{node.index}hi"


class Outcome(msgspec.Struct):
    """What the engine decided for one proposal: per rule, per item key, def or pos."""

    verdicts: dict[str, dict[str, Verdict]]
    # count node → owner key → (low, high, n), for the counts with a criterion (``where``):
    # the only ones ``assess`` reads (a count of every member is its list's length: ~560 of
    # the ~1,600 triples a 150-sector run made were never read). Per node, not by a (node,
    # key) tuple, which was one more object per count and owner to make and hash
    counts: dict[int, dict[str, tuple[int, int, int]]]
    flags: dict[str, bool | None]

    def counted(self, index: int) -> dict[str, Verdict]:
        """Per member key, the verdict of count node ``index``'s member test (members it
        never matched are absent). Each node is tested once per run, whichever layers read
        its count (``CompiledPack.tally_layer``)."""
        return self.verdicts.get(count_target(index), {})


#: Rules of one scope that share an evaluation layer. durable_rules walks its alpha network
#: with a fixed stack of 64 nodes (events.c, MAX_STACK_SIZE): a sparse fact that opens the
#: "field absent" branch of many rules in one layer overflowed it ("Could not assert facts,
#: error code: 303") once the shipped packs reached about 70 proposal rules in layer 0.
#: Rules in different layers hang under different ``st`` nodes, so capping a layer caps that
#: walk; the cost is one more assertion of the facts per extra layer.
MAX_RULES_PER_LAYER = 32


def phases(rules: list[Any]) -> dict[str, int]:
    """The flag strata (``rules.loader.strata``: every rule after the rules deriving the
    flags it tests), with the proposal rules that derive a flag and count nothing moved to a
    stratum of their own before the rest of theirs.

    Such a rule needs only the proposal's fact, so its stratum costs one fact; the rules
    reading its flag can then run with every rule that reads no flag, instead of in a
    stratum after them that asserts their sector or programme facts a second time (the
    shipped packs' energy-shortfall flag: 150 sector facts again at 150 sectors, ~10% of
    the engine run). In phase numbers: a rule's earliest phase is one after each phase
    deriving a flag it tests; such proposal rules take the next even phase, all others the
    next odd one; phases in use are then numbered from 0."""
    strata(rules)  # a flag cycle is refused there
    derived = {r.derive: r for r in rules if r.derive}
    phase: dict[str, int] = {}

    def visit(rule: Any) -> int:
        if rule.id not in phase:
            need = max(
                (visit(derived[f]) + 1 for f in c.flags(rule.condition) if f in derived),
                default=0,
            )
            phase[rule.id] = need + (need + (0 if _early(rule) else 1)) % 2
        return phase[rule.id]

    for rule in rules:
        visit(rule)
    rank = {p: i for i, p in enumerate(sorted(set(phase.values())))}
    return {rule_id: rank[p] for rule_id, p in phase.items()}


def _early(rule: Any) -> bool:
    """A proposal rule deriving a flag and counting nothing: its facts need no item's."""
    return (
        rule.scope == "proposal"
        and bool(rule.derive)
        and not any(isinstance(n, c.Count) for n in c.walk(rule.condition))
    )


def spread_layers(
    layers: dict[str, int], rules: list[Any], cap: int = MAX_RULES_PER_LAYER
) -> dict[str, int]:
    """Each flag stratum split into consecutive layers of at most ``cap`` rules per scope.

    A rule still runs after every rule deriving a flag it tests: strata keep their order and
    only the rules of one stratum are spread, so no new dependency can be broken.
    """
    out: dict[str, int] = {}
    base = 0
    for stratum in sorted(set(layers.values())):
        seen: dict[str, int] = defaultdict(int)
        width = 1
        for rule in rules:
            if layers[rule.id] != stratum:
                continue
            sub = seen[rule.scope] // cap
            seen[rule.scope] += 1
            out[rule.id] = base + sub
            width = max(width, sub + 1)
        base += width
    return out


class CompiledPack:
    """A pack compiled once per process onto its own durable_rules ruleset."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        # what layers above derive from this compiled pack once and reuse for every
        # assessment (the report plan, engine.assess.pack_plan), kept with it on disk too
        self.memo: dict[str, Any] = {}
        stratum = phases(pack.rules)
        self.layers = spread_layers(stratum, pack.rules)
        self.depth = max(self.layers.values(), default=0) + 1
        # the layers of one stratum, asserted together (no rule of a stratum reads a flag
        # derived in it, so its layers need nothing from each other); flags are derived
        # once a batch is done
        of_layer = {self.layers[r.id]: stratum[r.id] for r in pack.rules}
        self.batches: list[list[int]] = []
        for layer in range(self.depth):
            if self.batches and of_layer.get(layer) == of_layer.get(self.batches[-1][-1]):
                self.batches[-1].append(layer)
            else:
                self.batches.append([layer])
        # layer → the first layer whose facts carry the flags derived in it
        self._ready = {layer: batch[-1] + 1 for batch in self.batches for layer in batch}
        # member layers (``_member_layer``): (item scope, layer tallied in) → the layer
        # whose facts carry only what that layer's member tests read; each is
        # asserted in the batch of the layer it stands beside (``members``: its number → that
        # layer), after the layers above
        self._groups: dict[tuple[str, int], int] = {}
        self.members: dict[int, int] = {}
        self.nodes: dict[tuple[Any, Any, bool], CountNode] = {}
        # (scope, layer) → the paths and the count nodes its facts carry there: a fact holds
        # only what the rules of its layer read (the proposal's fact, asserted in every
        # layer, is the largest; every match echoes it)
        self.needed: dict[tuple[str, int], set[str]] = defaultdict(set)
        self.reads: dict[tuple[str, int], set[int]] = defaultdict(set)
        self.uses: dict[int, set[str]] = defaultdict(set)  # layer → scopes with rules
        self.list_counts: dict[str, set[int]] = defaultdict(set)  # scope → plain-list nodes
        # count node index → the one layer its members are tested and tallied in
        self.tally_layer: dict[int, int] = {}
        self._flag_layer = {r.derive: self.layers[r.id] for r in pack.rules if r.derive}
        # the first layer of a stratum that is not early proposal rules only (``phases``):
        # no count is tallied before it, so items are not asserted in an early stratum
        self._first_main = min((self.layers[r.id] for r in pack.rules if not _early(r)), default=0)
        for rule in pack.rules:
            self._collect(rule.condition, rule.scope, self.layers[rule.id])
            for aside in rule.steps_aside:
                self._collect(aside.condition, rule.scope, self.layers[rule.id])
            if rule.due_condition is not None:
                self._collect(rule.due_condition, rule.scope, self.layers[rule.id])
            # judged by the report after the run, on the run's tallies (assess._count_test),
            # whatever layer reads them: collected no earlier than the first layer a count is
            # tallied in, so a rule of the early stratum may have advice for a case that counts
            # (NRG-001's for an investment wholly in energy, held-out 110) and stays early
            after = max(self.layers[rule.id], self._first_main)
            for applies in rule.antecedents:  # judged by the report, on the counts' tallies
                self._collect(applies.condition, rule.scope, after)
            for rec in rule.recommend:  # a recommendation's case: judged there as well
                if rec.condition is not None:
                    self._collect(rec.condition, rule.scope, after)
            for para in rule.why_cases:  # a paragraph of the reason for a case: as well
                self._collect(para.condition, rule.scope, after)
            self.uses[self.layers[rule.id]].add(rule.scope)
        # the member layers, each asserted with the layer it stands beside
        for member, beside in self.members.items():
            next(batch for batch in self.batches if beside in batch).append(member)
        self.depth += len(self.members)
        count_field = {key: _count_fields(n) for key, n in self.nodes.items()}
        comp = _Compiler(count_field)
        patterns: dict[str, tuple[dict[str, Any], int]] = {}
        owners: dict[str, Any] = {}
        for order, rule in enumerate(pack.rules):
            head = [{"t": tag(self.layers[rule.id], rule.scope)}]
            for name, pattern in _variants(comp, rule.id, head, rule.condition):
                patterns[name] = (pattern, order)
                owners[name] = rule
            # a case the rule leaves to another rule: only whether it certainly holds is
            # read (the check is clear there), so only its definite patterns are compiled
            sides = [
                (aside_target(rule.id, i), a.condition) for i, a in enumerate(rule.steps_aside)
            ]
            if rule.due_condition is not None:  # the same: only whether it certainly holds
                sides.append((due_target(rule.id), rule.due_condition))
            for target, side in sides:
                for name, pattern in _variants(comp, target, head, side):
                    if RuleName.parse(name).definite:
                        patterns[name] = (pattern, order)
                        owners[name] = rule
        for node in self.nodes.values():
            if node.where is None:
                continue
            head = [{"t": tag(self.tally_layer[node.index], node.item_scope)}]
            for name, pattern in _variants(comp, count_target(node.index), head, node.where):
                patterns[name] = (pattern, 0)
        over = [
            name
            for name, (pattern, _) in patterns.items()
            if expression_count(pattern) >= MAX_EXPRESSIONS
        ]
        if over:  # refused here: a ruleset the engine refuses is never freed by it
            raise _too_complex(pack, over, owners, MAX_EXPRESSIONS - 1)
        # judged as written (above), then simplified: one engine rule per distinct pattern
        patterns = _one_per_target(
            patterns, {tag(layer, "proposal") for layer in range(self.depth)}
        )
        patterns, self.aliases = _merged(patterns)
        patterns = _spread(patterns)
        patterns = _known_by_value(patterns)
        try:
            self.ruleset = DurableRuleset(pack.name, patterns)
        except EngineError:
            raise _culprit(pack, patterns, owners) from None
        # per tag, the fields its patterns read: a fact carries no other (the engine could
        # not match on it, and every match would echo it)
        self.read: dict[str, set[str]] = defaultdict(set)
        for pattern, _ in patterns.values():
            self.read[pattern["$and"][0]["t"]] |= fields_read(pattern)
        # engine rule → the one fact it can match in a run, for the rules on the proposal's
        # facts (a run asserts one a layer, the first of its tag): the adapter reports it
        # without reading the match's text, which echoes that whole fact, the largest of a
        # run (~70 % of the characters NTB's matches hand over)
        proposal_tags = {tag(layer, "proposal") for layer in range(self.depth)}
        self.sole: dict[str, list[str]] = {
            name: [fact_id(head, 0)]
            for name, (pattern, _) in patterns.items()
            if (head := pattern["$and"][0]["t"]) in proposal_tags
        }
        compiled_state = set(self.__dict__)
        self._prepare_run()
        # the run loop's tables: rebuilt from the rest, never pickled (they hold functions)
        self._run_tables = tuple(sorted(set(self.__dict__) - compiled_state))

    def __getstate__(self) -> dict[str, Any]:
        """What a pickle of a compiled pack keeps (``keep``): the compiled layout, the
        ruleset's definition (adapter.DurableRuleset pickles no engine handle) and ``memo``;
        the run loop's tables are rebuilt when it is read back."""
        return {k: v for k, v in self.__dict__.items() if k not in self._run_tables}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._prepare_run()

    def keep(self) -> None:
        """Store this compiled pack, with its ``memo``, in the disk cache (``_disk``), for
        the next process that loads the same pack files; best effort, as every store."""
        _disk.store(self)

    def _collect(self, cond: c.Condition, scope: str, layer: int) -> None:
        """Record the paths and counts the facts of ``scope`` at ``layer`` must carry, and the
        count nodes in use."""
        for node in c.walk(cond):
            self.needed[(scope, layer)].update(
                p
                for p in c.read_paths(node)
                if p in vocabulary()
                and (p not in COLLECTIONS or isinstance(node, c.Exists))
                and not isinstance(node, c.Count)
            )
            if isinstance(node, c.Count):
                key = (node.collection, node.where, node.share)
                if key not in self.nodes:
                    if node.collection in COLLECTIONS:
                        item_scope, home = COLLECTIONS[node.collection]
                    else:
                        item_scope, home = scope, scope
                        self.needed[(scope, layer)].add(node.collection)
                    self.nodes[key] = CountNode(
                        len(self.nodes), node.collection, node.where, node.share, home, item_scope
                    )
                counted = self.nodes[key]
                self.reads[(scope, layer)].add(counted.index)
                if node.collection not in COLLECTIONS:
                    self.list_counts[scope].add(counted.index)
                if counted.where is not None and counted.index not in self.tally_layer:
                    tally = self._earliest(counted.where)
                    if tally > self.members.get(layer, layer):  # strata order a rule after
                        # every flag it reads
                        raise AssertionError(f"count {counted.index} tallied after its reader")
                    tally = self._member_layer(counted, tally)
                    self.tally_layer[counted.index] = tally
                    self._collect(counted.where, counted.item_scope, tally)
                    self.uses[tally].add(counted.item_scope)

    def _member_layer(self, counted: CountNode, tally: int) -> int:
        """The layer a count's member tests are asserted in: for programmes tested only on
        flags and choices (``bool`` and ``enum`` paths), one of their own beside ``tally``
        (asserted in its batch), shared by every such count tallied in ``tally``, its facts
        carrying what any of them reads; ``tally`` itself otherwise.

        Its facts carry only what those tests read (a programme's status and whether it
        moves people), and programmes alike in that are one fact for the engine (the
        layer's builder, ``_builder_source``): at 150 sectors the 377 programmes are six
        facts for those counts, where each programme was matched by several of their
        tests (~1,650 of ~3,840 matches a run). Measured and not taken: member layers for
        sectors (their counts make most sectors' facts distinct) and for tests reading a
        number (a programme's days since activity: 279 distinct of 377), which cost more in
        facts and builders than they saved in matches.

        One member layer per tally layer, not one per set of paths read (perf25a): the
        trafficking ladder's ``people_moved`` tests (fix34b) made five sets at layer 1, each
        a layer whose builder went over every programme and whose facts went to the engine
        on their own; the few flags and choices of a programme make few distinct facts even
        together (150 sectors: 127.7 M instructions an assessment against 131.3 M)."""
        if counted.item_scope != "program":
            return tally
        assert counted.where is not None
        paths = frozenset(p for node in c.walk(counted.where) for p in c.read_paths(node))
        vocab = vocabulary()
        if not all(p in vocab and vocab[p].type in ("bool", "enum") for p in paths):
            return tally
        key = (counted.item_scope, tally)
        member = self._groups.get(key)
        if member is None:
            member = self._groups[key] = self.depth + len(self._groups)
            self.members[member] = tally
        return member

    def _earliest(self, where: c.Condition) -> int:
        """The first layer whose facts carry every flag ``where`` reads (in nested counts
        too): the first layer after the batch deriving it. A count's members are tested there
        once, and every later layer reads the same tally (flags never change once derived,
        and no other input does). Never in an early stratum (``_first_main``)."""
        flags = [self._ready[self._flag_layer[f]] for f in c.flags(where)]
        return max([self._first_main, *flags])

    # ----------------------------------------------------------------------- running

    def _prepare_run(self) -> None:
        """Per-scope tables the run loop reads, so it does no filtering per fact."""
        # per (scope, layer), each path its rules read with its engine fields (known, null,
        # value, length)
        self.slots_of = {
            (scope, layer): tuple(
                (p, known_field(p), null_field(p), field(p), len_field(p))
                for p in sorted(self.needed.get((scope, layer), ()))
            )
            for scope in SCOPE_DEPTH
            for layer in range(self.depth)
        }
        # per (layer, scope), what a fact's head holds before any flag is known: its tag
        self.bare_heads = {
            (layer, scope): {"t": tag(layer, scope)}
            for layer in range(self.depth)
            for scope in SCOPE_DEPTH
        }
        self.count_fields = {n.index: _count_fields(n) for n in self.nodes.values()}
        # count nodes a fact of each scope carries at each layer, those its rules read
        # there: a collection's on the fact of the scope that holds the collection, a plain
        # list's on the facts of every scope reading it
        self.counts_on = {
            (scope, layer): tuple(
                n
                for n in self.nodes.values()
                if n.index in self.reads.get((scope, layer), ())
                and (
                    n.home == scope
                    if n.collection in COLLECTIONS
                    else n.index in self.list_counts[scope]
                )
            )
            for scope in SCOPE_DEPTH
            for layer in range(self.depth)
        }
        self.tallied = {
            (scope, layer): tuple(
                n
                for n in self.nodes.values()
                if n.item_scope == scope
                and n.where is not None
                and self.tally_layer[n.index] == layer
            )
            for scope in SCOPE_DEPTH
            for layer in range(self.depth)
        }
        # engine rule name → the (target, definite) of every variant it stands for (one,
        # unless several variants compiled to the same pattern: ``_merged``), read per
        # rule that fired
        self.variant = {
            name: tuple(
                (parsed.target, parsed.definite)
                for parsed in map(RuleName.parse, self.aliases.get(name, (name,)))
            )
            for name in self.ruleset.rule_names
        }
        self.derived = {
            layer: [r for r in self.pack.rules if r.derive and self.layers[r.id] == layer]
            for layer in range(self.depth)
        }
        # layer → depth of the innermost scope its rules (or its counts' members) read: no
        # fact of a deeper scope is asserted in it
        self.deepest = {
            layer: max((SCOPE_DEPTH[s] for s in self.uses.get(layer, ())), default=0)
            for layer in range(self.depth)
        }
        plans = {
            (scope, layer): self._plan(scope, layer)
            for scope in SCOPE_DEPTH
            for layer in range(self.depth)
            if SCOPE_DEPTH[scope] <= self.deepest[layer]  # the others never get a fact
            and (layer not in self.members or scope in self.uses[layer])
        }
        # the proposal's facts (one per layer) are written by the plain loop; a generated
        # builder pays only where a layer has many items, and costs compile time per path
        builders = _builders(
            {key: plan for key, plan in plans.items() if key[0] != "proposal"}, self.members
        )
        self.plans = {
            key: replace(plan, build=builders.get(key) or functools.partial(_build, plan))
            for key, plan in plans.items()
        }
        # fact ids per (layer, scope): the tag and the item's position (``tag``), written
        # once per pack and extended when a proposal has more items than any before
        self._ids: dict[tuple[int, str], list[str]] = {
            (layer, scope): [] for layer in range(self.depth) for scope in SCOPE_DEPTH
        }

    def _fact_ids(self, layer: int, scope: str, n: int) -> list[str]:
        """The ids of the first ``n`` facts of ``scope`` in ``layer`` (and perhaps more);
        called in a session, which holds the ruleset's lock."""
        ids = self._ids[(layer, scope)]
        if len(ids) < n:
            prefix = tag(layer, scope)
            ids.extend(fact_id(prefix, i) for i in range(len(ids), n))
        return ids

    def _plan(self, scope: str, layer: int) -> _Plan:
        """What a fact of ``scope`` carries at ``layer``, laid out for the run loop: the
        paths the item holds itself, those an enclosing scope holds (the same for all the
        items of one parent: built once per parent), and its counts.

        A path is held by the items of its vocabulary scope (decompose puts a sector's path
        on the sector, a proposal's on the proposal), so an item reads its own scope's paths
        from its own values and the others from its parent's chain.

        Of a path's engine fields, a fact carries those some pattern of its layer and scope
        reads (``CompiledPack.read``; the others are None in the slot): most nulls and list
        lengths are never tested, and the list a count counts is counted in Python.
        """
        vocab = vocabulary()
        read = self.read.get(tag(layer, scope), set())
        own: list[_Slot] = []
        outer: list[_Slot] = []
        shared: list[_Slot] = []
        for path, *names in self.slots_of[(scope, layer)]:
            known, null, name, length = (n if n in read else None for n in names)
            if known is null is name is length is None:  # a count's list, read in Python
                continue
            info = vocab.get(path)
            how = _HOW.get(info.type, _ENCODE) if info is not None else _ENCODE
            slot = (path, known, null, name, length, how)
            held = info.scope if info is not None else scope
            if held == scope:
                own.append(slot)
            else:
                (shared if held == "proposal" else outer).append(slot)
        counts: dict[str, list[tuple[int, bool, bool, str, str]]] = defaultdict(list)
        for n in self.counts_on[(scope, layer)]:
            lo, hi = self.count_fields[n.index]
            counts[n.collection].append((n.index, n.where is not None, n.share, lo, hi))
        tallied = tuple(
            (count_target(n.index), n.index, n.home != "proposal")
            for n in self.tallied[(scope, layer)]
        )
        grouped = tuple((collection, tuple(nodes)) for collection, nodes in counts.items())
        return _Plan(tuple(own), tuple(outer), tuple(shared), grouped, tallied, _unbuilt)

    def run(self, view: FactView) -> Outcome:
        with self.ruleset.session() as session:
            run = _Run(session, view)
            for batch in self.batches:
                run.start_batch(batch, self.bare_heads, self.read)
                self._run_batch(run, batch)
                for layer in batch:
                    self._derive_flags(run, layer)
        return Outcome(dict(run.verdicts), run.counts, run.flags)

    def _run_batch(self, run: _Run, batch: list[int]) -> None:
        """Assert the facts of a batch's layers and record every match: innermost scope
        first, and the facts of a scope whose matches tally a count asserted (and tallied)
        before any outer fact carrying that count is built; facts needing nothing from each
        other go to the engine in one call."""
        view = run.view
        pending: list[dict[str, Any]] = []
        for scope in ("program", "sector", "proposal"):
            items = view.items(scope)
            if not items:
                continue
            tallied = []
            for layer in batch:
                if SCOPE_DEPTH[scope] > self.deepest[layer]:
                    continue
                member = layer in self.members
                if member and scope not in self.uses[layer]:
                    continue
                plan = self.plans[(scope, layer)]
                head = run.heads[(layer, scope)]
                ids = self._fact_ids(layer, scope, len(items))
                if member:  # one fact per distinct content (the plan's builder)
                    pending += plan.build(
                        items, ids, head, view, run.counts, run.tallies, run.keys, run.alike
                    )
                else:
                    pending += self._facts(run, plan, items, ids, head)
                if plan.tallied:
                    tallied.append(plan)
            if tallied:
                self._record(run, pending)
                pending = []
                owner_of: list[Callable[[str], str]] = []  # made once per scope, if needed
                for plan in tallied:
                    self._tally(run, plan, items, owner_of)
        if pending:
            self._record(run, pending)

    def _record(self, run: _Run, facts: list[dict[str, Any]]) -> None:
        """Assert ``facts``; store each match as the verdict of its rule on its item. A match
        of a fact standing for items alike (a member layer's) is also kept per fact
        (``_Run.hits``), which ``_tally`` counts from."""
        verdicts, variant, key_of = run.verdicts, self.variant, run.keys.__getitem__
        alike, hits = run.alike, run.hits
        for name, ids in run.session.assert_facts(facts, self.sole):
            if ids[0] in alike:  # a fact standing for items alike (``_Run.distinct``)
                keys = list(chain.from_iterable(map(alike.__getitem__, ids)))
                for rule, definite in variant[name]:
                    _merge(hits, rule, ids, definite)
            else:
                keys = list(map(key_of, ids))
            for rule, definite in variant[name]:
                target = verdicts.get(rule)
                if target is None:  # its first matches (most rules have one message)
                    verdicts[rule] = dict.fromkeys(keys, "def" if definite else "pos")
                elif definite:  # a definite match wins over a possible one
                    target.update(dict.fromkeys(keys, "def"))
                elif not target:
                    target.update(dict.fromkeys(keys, "pos"))
                else:  # "pos" where nothing is recorded yet, by loops in C, not per key
                    # (only the keys not yet recorded are added: a copy of the rule's
                    # verdicts merged back was ~1.6x the work, 53 times at 150 sectors)
                    target.update(dict.fromkeys(filterfalse(target.__contains__, keys), "pos"))

    def _tally(
        self, run: _Run, plan: _Plan, items: list[Scoped], owner: list[Callable[[str], str]]
    ) -> None:
        """Count, per owner, the items whose member test matched: the counts whose members
        are tested in this layer.

        Members tested as facts standing for items alike (a member layer's) are counted
        from those facts: each fact's items' owners are listed once per run
        (``_Run.owners``), where a count per member read its owner again for every count
        (~20 counts over the 377 programmes of a 150-sector proposal)."""
        owner_of: Callable[[str], str] | None = owner[0] if owner else None
        for target, index, per_owner in plan.tallied:
            found = run.verdicts.get(target)
            if not found:
                continue
            hit = run.hits.get(target)
            if hit is not None:  # the few facts matched, each standing for its items
                definite = [fid for fid, verdict in hit.items() if verdict == "def"]
                if not per_owner:  # one tally: every item counts for the proposal
                    low = sum(map(len, map(run.alike.__getitem__, definite)))
                    run.tallies[index] = ({"": low}, {"": len(found)})
                    continue
                if owner_of is None:
                    owner_of = _owner_of(items)
                    owner.append(owner_of)
                run.tallies[index] = (
                    run.owner_tally(definite, owner_of),
                    run.owner_tally(list(hit), owner_of),
                )
                continue
            # the members that definitely match, picked and counted by loops in C (a loop
            # in Python per member cost ~1.3 M instructions a run at 150 sectors)
            definite = list(compress(found, map(_DEFINITE, found.values())))
            if not per_owner:  # one tally: every item counts for the proposal
                run.tallies[index] = ({"": len(definite)}, {"": len(found)})
                continue
            if owner_of is None:
                owner_of = _owner_of(items)
                owner.append(owner_of)
            lows: dict[str, int] = {}
            highs: dict[str, int] = {}
            _count_elements(lows, map(owner_of, definite))
            _count_elements(highs, map(owner_of, found))
            run.tallies[index] = (lows, highs)

    def _facts(
        self,
        run: _Run,
        plan: _Plan,
        items: list[Scoped],
        ids: list[str],
        head: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """The facts of ``items`` at the run's layer: each its id (``ids``), its tag, the flags
        derived so far (``head``), its counts and the engine fields of the paths its layer's
        rules read (:meth:`_plan`), written by the plan's builder (:func:`_builder`).

        Dicts, which the adapter writes with the JSON encoder, one call per batch; every
        number in them has passed through ``adapter.number``. The id comes first: the adapter
        reads it back from each match.
        """
        return plan.build(items, ids, head, run.view, run.counts, run.tallies, run.keys)

    def _derive_flags(self, run: _Run, layer: int) -> None:
        for rule in self.derived[layer]:
            found = run.verdicts.get(rule.id, {}).values()
            if "def" in found:
                run.flags[rule.derive] = True
            elif "pos" in found or run.view.items_unknown(rule.scope):
                run.flags[rule.derive] = None
            else:
                run.flags[rule.derive] = False


def _merge(
    verdicts: dict[str, dict[str, Verdict]], rule: str, keys: list[str], definite: bool
) -> None:
    """Record a rule's matches on a member layer's fact ids (``keys``) as ``_record`` does
    on item keys: a definite match wins over a possible one."""
    target = verdicts.get(rule)
    if target is None:  # its first matches (most rules have one message)
        verdicts[rule] = dict.fromkeys(keys, "def" if definite else "pos")
    elif definite:
        target.update(dict.fromkeys(keys, "def"))
    elif not target:
        target.update(dict.fromkeys(keys, "pos"))
    else:  # "pos" where nothing is recorded yet (as ``_record``)
        target.update(dict.fromkeys(filterfalse(target.__contains__, keys), "pos"))


def _owner_of(items: list[Scoped]) -> Callable[[str], str]:
    """An item's key → its owner's key (a programme's sector; "" for a sector)."""
    return {
        item.key: item.parent.key if item.parent is not None else "" for item in items
    }.__getitem__


#: the (low, high) tallies per owner of a count none of whose members matched
_NO_TALLY: tuple[dict[str, int], dict[str, int]] = ({}, {})

#: what a member layer's builder reads for a path an item does not hold (``_alike_source``)
_ABSENT = object()

#: whether a recorded verdict is a definite match (``_tally``)
_DEFINITE = "def".__eq__

#: how a value goes to the engine: as it is (a bool, a text, an enum), through
#: ``adapter.number`` (a number), as a list, or through :func:`encode` (anything else)
_RAW, _NUMBER, _LIST, _ENCODE = range(4)
_HOW = {"bool": _RAW, "text": _RAW, "enum": _RAW, "number": _NUMBER, "list": _LIST}

#: one path a fact carries: (path, known field, null field, value field, length field, how);
#: a field no pattern of the fact's layer reads is None (not carried)
_Slot = tuple[str, str | None, str | None, str | None, str | None, int]


class _Plan(msgspec.Struct, frozen=True):
    """What the facts of one scope carry at one layer (``CompiledPack._plan``)."""

    own: tuple[_Slot, ...]  # paths of the item's own scope
    outer: tuple[_Slot, ...]  # paths of an enclosing scope below the proposal (a sector's)
    shared: tuple[_Slot, ...]  # paths of the proposal, the same on every item's fact
    #: per counted collection, its count nodes: (index, tallied from member tests, share,
    #: low field, high field); the members are counted once per item
    counts: tuple[tuple[str, tuple[tuple[int, bool, bool, str, str], ...]], ...]
    #: count nodes whose members are tested here: (target, index, tallied per owner)
    tallied: tuple[tuple[str, int, bool], ...]
    #: writes the facts of a list of items (:func:`_builder`)
    build: Callable[..., list[dict[str, Any]]]


def _fields(values: dict[str, Any], slots: tuple[_Slot, ...], out: dict[str, Any]) -> None:
    """The engine fields of the ``slots`` present in ``values``, put in ``out``."""
    for path, known, null, name, length, how in slots:
        if path not in values:
            continue
        value = values[path]
        if known is not None:
            out[known] = 1
        if value is None:
            if null is not None:
                out[null] = 1
        elif how is _RAW:
            if name is not None:
                out[name] = value
        elif type(value) is list:
            if name is not None:
                out[name] = [encode(v) for v in value]
            if length is not None:
                out[length] = len(value)
        elif name is not None:
            out[name] = encode(value)


def _unbuilt(*_: Any) -> list[dict[str, Any]]:
    raise AssertionError("a plan's builder is made by _builders or is _build")


def _build(
    plan: _Plan,
    items: list[Scoped],
    ids: list[str],
    head: dict[str, Any],
    view: FactView,
    counts: dict[int, dict[str, tuple[int, int, int]]],
    tallies: dict[int, tuple[dict[str, int], dict[str, int]]],
    keys: dict[str, str],
) -> list[dict[str, Any]]:
    """The facts of ``items`` by ``plan``, written by a plain loop: what the builders
    :func:`_builders` generates do, for a plan with few items (the proposal's)."""
    facts = []
    for fid, item in zip(ids, items, strict=False):  # ids: perhaps more than items
        key = keys[fid] = item.key
        base = head
        if plan.outer or plan.shared:
            base = {**head, **_held(item.parent, plan.shared + plan.outer)}
        fact = {"id": fid, **base}
        _fields(item.values, plan.own, fact)
        for collection, nodes in plan.counts:
            total = _total(view, collection, item)
            if total is None:  # the set is unknown: no count, or a partial one
                _partial(view, collection, nodes, key, tallies, fact)
                continue
            for index, is_tallied, share, lo, hi in nodes:
                if is_tallied:
                    lows, highs = tallies.get(index, _NO_TALLY)
                    low, high = lows.get(key, 0), highs.get(key, 0)
                    counts.setdefault(index, {})[key] = (low, high, total)
                else:
                    low = high = total
                if share:
                    fact[lo] = number(low / total if total else 0.0)
                    fact[hi] = number(high / total if total else 0.0)
                else:
                    fact[lo] = low
                    fact[hi] = high
        facts.append(fact)
    return facts


def _builders(
    plans: dict[tuple[str, int], _Plan], members: dict[int, int] | None = None
) -> dict[tuple[str, int], Callable[..., Any]]:
    """For each plan, a function writing its facts: ``build(items, ids, head, view, counts,
    tallies, keys)`` returns one fact dict per item, records its counts and maps each fact's
    id to its item's key.

    Generated once per compiled pack from the plans, with their paths and field names
    written in as constants: the loop over items then does per path one membership test and
    the stores the value needs, instead of unpacking a slot tuple and branching on its kind
    (the facts of a 150-sector proposal are ~700 dicts of ~16 fields). What it does per path
    is :func:`_fields`; per count, what ``FactView.members`` counts. All the plans of a pack
    are compiled as one module.

    The plans of member layers (``members``, ``CompiledPack._member_layer``) write one fact
    per distinct content and take one argument more, ``alike``: the fact id → the keys of
    the items its fact stands for.
    """
    lines: list[str] = []
    names = {}
    for i, (key, plan) in enumerate(plans.items()):
        names[key] = f"build_{i}"
        lines += _builder_source(names[key], i, plan, key[1] in (members or ()))
    scope = {
        **{f"OUTER_{i}": plan.outer for i, plan in enumerate(plans.values())},
        **{f"SHARED_{i}": plan.shared for i, plan in enumerate(plans.values())},
        "ABSENT": _ABSENT,
        "EXACT_INT": EXACT_INT,
        "NO_TALLY": _NO_TALLY,
        "encode": encode,
        "held": _held,
        "number": number,
        "total_of": _total,
        "partial": _partial,
        **{f"COUNTS_{i}": dict(plan.counts) for i, plan in enumerate(plans.values())},
    }
    exec(disk_cache.compile_source("\n".join(lines), "<paracheck fact builders>"), scope)
    return {key: scope[name] for key, name in names.items()}


def _builder_source(function: str, i: int, plan: _Plan, distinct: bool = False) -> list[str]:
    """The source of one plan's builder (:func:`_builders`); the plan's slots held by an
    enclosing scope are ``OUTER_i`` and ``SHARED_i`` in its module.

    The proposal's values (``shared``) are the same on every fact: put in the base once per
    call; a sector's (``outer``), once per sector. The base holds the id's key first (the
    adapter reads ids from the echo of a fact that starts with it): a fact is a copy of its
    base with the id set, which costs ~30% less than a new dict merged from it. A count's
    total is read inline where its set is a sector's programmes or a list the item holds
    (:func:`_total` otherwise).

    ``distinct``: a member layer's builder (:func:`_builders`). A fact whose content (its id
    aside) is that of an earlier one is not written: its item's key is added to the earlier
    fact's in ``alike``. A pattern reads only its fact, never its id, so the one fact
    matches as each of the items alike would. A fact holding a value that cannot be hashed
    (a list) is written as it is."""
    own, outer, counts = plan.own, plan.outer, plan.counts
    lines = [
        f"def {function}(items, ids, head, view, counts, tallies, keys"
        + (", alike):" if distinct else "):"),
        "    facts = []",
        "    append = facts.append",
        "    bases = {}",
        '    base = shared = {"id": None, **head}',
    ]
    if distinct:
        lines.append("    seen = {}")
    if distinct and not (outer or plan.shared or counts) and all(sl[5] == _RAW for sl in own):
        # only the item's own plain values: its content is read before any fact is made
        return lines + _alike_source(own)
    add = lines.append
    for _, nodes in counts:  # each tallied count's (low, high) per owner, read once
        for index, is_tallied, *_ in nodes:
            if is_tallied:
                add(f"    counts_{index} = counts.setdefault({index!r}, {{}})")
                add(f"    low_{index}, high_{index} = tallies.get({index!r}, NO_TALLY)")
    if plan.shared:
        add("    if items:  # the proposal's values, as any item sees them")
        add(f'        base = shared = {{"id": None, **head, **held(items[0].parent, SHARED_{i})}}')
    add("    for fid, item in zip(ids, items, strict=False):  # ids: perhaps more than items")
    add("        key = keys[fid] = item.key")
    if outer:
        add("        parent = item.parent")
        add('        pkey = parent.key if parent is not None else ""')
        add("        base = bases.get(pkey)")
        add("        if base is None:")
        add(f"            base = bases[pkey] = {{**shared, **held(parent, OUTER_{i})}}")
    add("        fact = base.copy()  # its id first (a placeholder): copied as it is")
    if not distinct:
        add('        fact["id"] = fid')
    add("        values = item.values")
    for slot in own:
        lines += _slot_source(slot)
    for collection, nodes in counts:
        if collection == "sector.programs":
            add("        programs = item.programs")
            add("        total = None if programs is None else len(programs)")
        elif collection not in COLLECTIONS:
            add(f"        if {collection!r} in values:")
            add(f"            total = len(values[{collection!r}] or [])")
            add("        else:")
            add(f"            total = total_of(view, {collection!r}, item)")
        else:
            add(f"        total = total_of(view, {collection!r}, item)")
        if collection == "programs" and any(t and not sh for _, t, sh, *_ in nodes):
            add("        if total is None:  # some sector's programmes not given")
            add(f"            nodes = COUNTS_{i}[{collection!r}]")
            add("            partial(view, 'programs', nodes, key, tallies, fact)")
        add("        if total is not None:")
        for index, is_tallied, share, lo, hi in nodes:
            if is_tallied:
                add(f"            low = low_{index}.get(key, 0)")
                add(f"            high = high_{index}.get(key, 0)")
                add(f"            counts_{index}[key] = (low, high, total)")
            else:
                add("            low = high = total")
            if share:
                add(f"            fact[{lo!r}] = number(low / total if total else 0.0)")
                if hi != lo:
                    add(f"            fact[{hi!r}] = number(high / total if total else 0.0)")
            else:
                add(f"            fact[{lo!r}] = low")
                if hi != lo:
                    add(f"            fact[{hi!r}] = high")
    if distinct:
        add("        try:")
        add("            same = seen.get(content := tuple(fact.items()))")
        add("        except TypeError:  # a list: written as it is")
        add("            same = content = None")
        add("        if same is not None:")
        add("            same.append(key)")
        add("            continue")
        add('        fact["id"] = fid')
        add("        alike[fid] = [key]")
        add("        if content is not None:")
        add("            seen[content] = alike[fid]")
    add("        append(fact)")
    add("    return facts")
    return lines


def _alike_source(own: tuple[_Slot, ...]) -> list[str]:
    """The loop of a member layer's builder whose facts carry only the item's own values,
    each as it is (a flag, a text, a choice: :data:`_RAW`): an item whose values of those
    paths (absent, None or a value) are another's adds its key to that one's fact
    (``alike``) without a fact of its own being written."""
    content = "".join(f"values.get({slot[0]!r}, ABSENT), " for slot in own)
    lines = [
        "    for fid, item in zip(ids, items, strict=False):  # ids: perhaps more than items",
        "        values = item.values",
        f"        same = seen.get(content := ({content.rstrip()}))",
        "        if same is not None:",
        "            same.append(item.key)",
        "            continue",
        "        fact = base.copy()  # its id first (a placeholder): copied as it is",
    ]
    for slot in own:
        lines += _slot_source(slot)
    return [
        *lines,
        '        fact["id"] = fid',
        "        seen[content] = alike[fid] = [item.key]",
        "        append(fact)",
        "    return facts",
    ]


def _slot_source(slot: _Slot) -> list[str]:
    """The builder's lines for one path of the item's own scope: what :func:`_fields` does
    for it, with its fields written in and the stores of the fields it does not carry left
    out."""
    path, known, null, name, length, how = slot
    store = {
        "null": [f"fact[{null!r}] = 1"] if null else [],
        "raw": [f"fact[{name!r}] = value"] if name else [],
        "encode": [f"fact[{name!r}] = encode(value)"] if name else [],
        "list": ([f"fact[{name!r}] = [encode(v) for v in value]"] if name else [])
        + ([f"fact[{length!r}] = len(value)"] if length else []),
    }
    if how == _RAW:
        branches = [("if value is None:", store["null"]), ("else:", store["raw"])]
    elif how == _NUMBER:
        branches = [
            ("if value is None:", store["null"]),
            ("elif type(value) is int and -EXACT_INT <= value <= EXACT_INT:", store["raw"]),
            ("else:", store["encode"]),
        ]
    else:
        branches = [
            ("if value is None:", store["null"]),
            ("elif type(value) is list:", store["list"]),
            ("else:", store["encode"]),
        ]
    while branches and not branches[-1][1]:  # nothing stored there: no branch needed
        branches.pop()
    if len(branches) == 2 and not branches[0][1]:  # only a value is stored
        branches = [("if value is not None:", branches[1][1])]
    body = [f"fact[{known!r}] = 1"] if known else []
    if branches:
        body.append(f"value = values[{path!r}]")
    for test, stores in branches:
        body += [test, *(f"    {line}" for line in stores or ["pass"])]
    return [f"        if {path!r} in values:", *(f"            {line}" for line in body)]


def _held(node: Scoped | None, slots: tuple[_Slot, ...]) -> dict[str, Any]:
    """The engine fields of ``slots`` as ``node`` sees them (its own value, else its
    enclosing scopes')."""
    out: dict[str, Any] = {}
    for slot in slots:
        holder = node
        while holder is not None:
            if slot[0] in holder.values:
                _fields(holder.values, (slot,), out)
                break
            holder = holder.parent
    return out


def _total(view: FactView, collection: str, item: Scoped) -> int | None:
    """How many members a count over ``collection`` has on ``item``'s fact; None if its set
    is unknown (``FactView.members``, with a sector's programmes and a plain list the item
    holds read directly)."""
    if collection == "sector.programs":
        programs = item.programs
        return None if programs is None else len(programs)
    if collection not in COLLECTIONS:
        values = item.values
        if collection in values:
            return len(values[collection] or [])
    members = view.members(collection, item)
    return None if members is None else len(members)


#: the high tally of a count whose set is only partly known: any number of members more
#: may match (the programmes of a sector that did not list them)
UNBOUNDED = 2**31 - 1


def _partial(
    view: FactView,
    collection: str,
    nodes: Sequence[tuple[int, bool, bool, str, str]],
    key: str,
    tallies: dict[int, tuple[dict[str, int], dict[str, int]]],
    fact: dict[str, Any],
) -> None:
    """The counts over every programme where some sector did not list its programmes: the
    programmes given that definitely match are a floor, and any number more may match
    (``UNBOUNDED``). So "at least one programme runs after the MoU's end" holds once one
    given programme does, whatever the unlisted sectors hold (atk25: a lapsed MoU with two
    programmes running was judged low risk, its REG-051 an open question, because a third
    sector listed no programmes). A count of every member, or a share, stays unknown: its
    one field cannot hold a floor and no ceiling, and a share has no total."""
    if collection != "programs" or view.sectors is None:
        return
    for index, is_tallied, share, lo, hi in nodes:
        if is_tallied and not share:
            fact[lo] = tallies.get(index, _NO_TALLY)[0].get(key, 0)
            fact[hi] = UNBOUNDED


class _Run:
    """One run of a compiled pack over one proposal: what its layers share and build up."""

    __slots__ = (
        "alike",
        "counts",
        "flags",
        "heads",
        "hits",
        "keys",
        "owners",
        "session",
        "tallies",
        "verdicts",
        "view",
    )

    def __init__(self, session: Session, view: FactView) -> None:
        self.session = session
        self.view = view
        self.verdicts: dict[str, dict[str, Verdict]] = defaultdict(dict)
        self.counts: dict[int, dict[str, tuple[int, int, int]]] = {}
        self.flags: dict[str, bool | None] = {}
        # count node → (low, high) per owner key: members that definitely / possibly match
        self.tallies: dict[int, tuple[dict[str, int], dict[str, int]]] = {}
        self.heads: dict[tuple[int, str], dict[str, Any]] = {}
        self.keys: dict[str, str] = {}  # fact id → its item's key
        # fact id → the keys of the items its fact stands for (``distinct``)
        self.alike: dict[str, list[str]] = {}
        # rule → the verdict of each member layer's fact it matched (by fact id), and a
        # member fact's id → the owners of the items it stands for (``owner_tally``)
        self.hits: dict[str, dict[str, Verdict]] = {}
        self.owners: dict[str, list[str]] = {}

    def owner_tally(self, fids: list[str], owner_of: Callable[[str], str]) -> dict[str, int]:
        """Per owner, how many items the member facts ``fids`` stand for; each fact's
        owners listed once per run, the counting a loop in C."""
        owners = self.owners
        for fid in fids:
            if fid not in owners:
                owners[fid] = list(map(owner_of, self.alike[fid]))
        tally: dict[str, int] = {}
        _count_elements(tally, chain.from_iterable(map(owners.__getitem__, fids)))
        return tally

    def start_batch(
        self,
        batch: list[int],
        bare: dict[tuple[int, str], dict[str, Any]],
        read: dict[str, set[str]],
    ) -> None:
        """Per layer of the batch and scope, the fields every fact carries: its tag and the
        group tests its layer's patterns read (``bare``, the same in every run), and of the
        flags known so far those its layer's patterns read (``CompiledPack.read``). Heads
        are copied into facts, never changed."""
        flags = {
            "g_" + name: 1 if value else 0
            for name, value in self.flags.items()
            if value is not None
        }
        if not flags:
            self.heads = bare
            return
        heads = {}
        for layer in batch:
            for scope in SCOPE_DEPTH:
                wanted = read.get(tag(layer, scope), ())
                heads[(layer, scope)] = {
                    **bare[(layer, scope)],
                    **{name: value for name, value in flags.items() if name in wanted},
                }
        self.heads = heads


#: compiled user packs kept (least recently used dropped first); shipped packs are always
#: kept. A dropped pack's engine ruleset is freed once no assessment still uses it.
USER_COMPILED_CACHE = 8
_cache: OrderedDict[tuple[str, int], CompiledPack] = OrderedDict()
_cache_lock = threading.Lock()
_ever_compiled = False


def has_compiled() -> bool:
    """Whether this process holds, or has held, a compiled pack (a native ruleset)."""
    return _ever_compiled or bool(_cache)


def compiled(pack: RulePack) -> CompiledPack:
    """The pack compiled once per process (keyed by the pack object, which the compiled pack
    holds, so the key cannot be reused while it is cached)."""
    global _ever_compiled
    key = (pack.source, id(pack))
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
        _ever_compiled = True
        result = _cache[key] = _disk.load(pack) or CompiledPack(pack)
        user = [k for k in _cache if not _is_shipped(k[0])]
        for old in user[: max(0, len(user) - USER_COMPILED_CACHE)]:
            del _cache[old]
        return result


def _is_shipped(source: str) -> bool:
    from paracheck.rules.loader import PACKS_DIR

    return Path(source).parent == PACKS_DIR.resolve() or Path(source).parent == PACKS_DIR
