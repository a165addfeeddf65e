"""The only module that touches durable_rules.

It hides every trap listed in shared/design/ENGINE-NOTES.md behind a tiny interface:
``DurableRuleset(name, patterns)`` compiles once; ``with ruleset.session() as s:
s.assert_facts([...])`` returns which rules fired on which facts during that call.

- No durable_rules ``Host``: rulesets are created and deleted with the native calls, so no
  timer thread exists (no action ever runs on another thread) and a ruleset nobody holds is
  freed. All JSON sent to the engine is written by ``dumps``, whose numbers the engine's
  reader always reads (it segfaults on ``1e-05``).
- Facts, never events; every fact carries a unique ``id``, and the session's ``sid``
  unless it is the engine's default one, ``"0"`` (the state a ruleset keeps, below).
- An action starts in every session before its state is deleted (no segfault in
  ``delete_state``, trap 5): a session whose facts matched nothing is closed by asserting a
  sentinel fact that only a lowest-priority anchor rule matches. A fact that matches no rule
  is reported "not handled" by the C call (code 1), which stores and matches the others;
  only durable_rules' Python layer turns that into an exception (trap 6), and it is not used.
- One session per assessment on one engine state (``sid``) that the ruleset keeps: when a
  session ends its facts are retracted and the engine's fact list is checked empty, so the
  next assessment starts from a state as clean as a fresh one without paying durable_rules'
  state creation again. This goes beyond ENGINE-NOTES' "one fresh sid per assessment": the
  state is deleted instead (trap 4: never more than one per ruleset) when the session
  raised, when clearing left anything, after a session of more than ``KEEP_FACTS`` facts,
  and with the ruleset (tests/test_adapter.py runs thousands of sessions on a kept state). A
  lock serialises the host (it holds the GIL anyway, so threads would not add throughput).
- Matches are drained through the C binding directly (``Session.assert_facts``): no Python
  action runs inside the engine, so none can stall the session (trap 10's two-parameter
  "async" actions) or have its exception swallowed. Every rule carries durable_rules' own
  ``cap`` setting, so one action hands over all the pending matches of a rule: one C call
  per rule that fired rather than per match (at 150 sectors, ~60 calls instead of ~2,100).
  Every match still goes through start/complete, so sessions are released exactly as
  durable_rules' own dispatcher would.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import operator
import re
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import durable_rules_engine as _native
import orjson

from paracheck.errors import EngineError

ANCHOR_RULE = "#anchor"
ANCHOR = "anchor__"  # the field only the sentinel fact carries
_NO_SOLE: dict[str, list[str]] = {}  # no rule's ids known beforehand (shared, never changed)


class _State:
    """The engine state (``sid``) a ruleset keeps from one assessment to the next.

    Its sid is ``"0"``, the one the engine gives a fact without a ``sid``, so facts go
    without one: each fact is a property shorter to write, to parse and to echo in every
    match (~1,900 at 150 sectors). A state whose deletion did not complete is left behind
    with its sid; the states after it are named (``s1``, ``s2``…) and their facts say so."""

    __slots__ = ("acted", "sid", "zero")

    def __init__(self) -> None:
        self.sid: str | None = None  # None: no state in the engine
        self.acted = False  # an action started on it: it can be deleted safely (trap 5)
        self.zero = True  # sid "0" is free (never used, or deleted)


class Session:
    """One assessment's facts inside the engine."""

    def __init__(self, owner: DurableRuleset, state: _State) -> None:
        self._owner = owner
        self._state = state
        self.sid: str = state.sid  # type: ignore[assignment]
        self.started = False  # facts were asserted: the sid exists in the engine
        self.ids: list[str] = []  # every fact asserted, to retract when the session ends

    def assert_facts(
        self, facts: list[dict[str, Any]], sole: dict[str, list[str]] = _NO_SOLE
    ) -> list[tuple[str, list[str]]]:
        """Assert facts; return, per rule that fired, its name and the ids of the facts it
        matched (the anchor rule excluded).

        ``sole``: rule name → the ids to report for it, for a rule that can match only that
        fact in a session (the caller knows it: a rule testing a field only one of its facts
        holds). Its message is then not read for ids: the text a match echoes is the whole
        fact, and a rule on a large fact echoes it in every match (NTB: ~70 % of the
        characters of its messages are the proposal's facts). The lists are returned as
        they are, shared: callers never change them.

        Each fact is a dict whose first key is its unique ``"id"`` (matches echo the fact,
        and its id is read from that echo) and whose numbers have passed through
        :func:`number`; the session id is added here (``"sid"``, set in each dict) unless
        it is the engine's default (:class:`_State`). The
        batch is written by one call of the JSON encoder (:func:`dumps`): per fact, an
        encoder call costs more than the encoding itself.

        Matches are drained with durable_rules' own C calls rather than its Python action
        layer, which would run a callback and a JSON round trip of the session state per
        match (ENGINE-NOTES: ~20 µs). No Python action ever runs inside the engine, so none
        can fail or be swallowed (trap 10), and the state is never modified. Every rule is
        compiled with a ``cap`` (:data:`CAP`), so one action hands over all the pending
        matches of one rule at once: a C call and a message per rule that fired, not per
        match.
        """
        if not facts:
            return []
        sid = self.sid
        new = list(map(_ID, facts))
        self.ids += new
        if sid != "0":
            for fact in facts:
                fact["sid"] = sid
        # every id a string needing no escape, each its fact's first key: then its frames
        # are read by _FRAMES (checked with calls that loop in C, not per fact in Python)
        try:
            plain = _plain("".join(new))
        except TypeError:  # an id that is not a string
            plain = False
        if plain:
            plain = list(map(next, map(iter, facts))).count("id") == len(facts)
        return self._assert(dumps(facts), plain, sole)

    def clear(self) -> bool:
        """Retract every fact of this session; whether the state is left as a fresh one
        would be (no fact, no pending match), so that the next session can use it.

        Retracting costs about a fifth of asserting, and a kept state spares the next
        assessment durable_rules' state creation and first-touch allocations (measured in
        one process: NTB's asserts 0.18 ms on a kept state against 0.38 on a fresh one,
        retracting 0.02 ms). Only the id and sid of a fact are read to retract it: the
        payload is those (the id alone on sid "0") per fact, written by one join when no id
        needs a JSON escape
        (a dict per fact and the encoder cost ~0.25 ms for the 684 facts of a 150-sector
        proposal), by the encoder otherwise.
        """
        ids = self.ids
        if not ids:
            return True
        handle, sid = self._owner._handle, self.sid
        if _plain("".join(ids)):
            tail = '"}' if sid == "0" else f'","sid":"{sid}"}}'
            payload = '[{"id":"' + (tail + ',{"id":"').join(ids) + tail + "]"
        else:
            payload = dumps([{"id": fid, "sid": sid} for fid in ids])
        self.ids = []
        try:
            _, state = _native.retract_facts(handle, payload)
            return (
                _native.get_facts(handle, sid) == "[]"
                and _native.start_action_for_state(handle, state) is None
            )
        except _native.error:
            return False

    def _assert(
        self, payload: str, plain: bool, sole: dict[str, list[str]]
    ) -> list[tuple[str, list[str]]]:
        handle = self._owner._handle
        self.started = True
        fired: list[tuple[str, list[str]]] = []
        add = fired.append
        complete = _native.complete_and_start_action
        frames = _FRAMES.findall
        try:
            code, state = _native.assert_facts(handle, payload)
            if code not in (0, 1):  # 1: some fact matched no rule; 2 duplicate: ids are unique
                raise EngineError(f"rule engine refused the facts (code {code})")
            result = _native.start_action_for_state(handle, state)
            if result:
                self._state.acted = True
            while result:  # once per rule with matches: {"RULE":[{"m":{"id":"ID",…}},…]}
                message = result[1] if type(result) is tuple else result
                end = message.find('"', 2)
                if plain and end > 2 and "\\" not in (name := message[2:end]):
                    ids = sole.get(name)
                    add((name, frames(message) if ids is None else ids))
                else:
                    add(_match(message))
                result = complete(handle, state)
        except _native.error as exc:
            raise EngineError(f"rule engine failed: {exc}") from exc
        if fired and fired[-1][0] == ANCHOR_RULE:  # only the sentinel fact matches it
            fired.pop()
        return fired


_ID = operator.itemgetter("id")

#: a character a JSON string cannot hold as it is (sids are written here: "s" and digits)
_NEEDS_ESCAPE = r'[\x00-\x1f"\\\ud800-\udfff]'


@functools.cache
def _needs_escape() -> re.Pattern[str]:
    """:data:`_NEEDS_ESCAPE` compiled when first needed: the surrogates' range makes ``re``
    build a table of every BMP code point (~4 M instructions), and the compiler's ids never
    need it."""
    return re.compile(_NEEDS_ESCAPE)


def _plain(text: str) -> bool:
    """Whether ``text`` needs no JSON escape: letters and digits only (what ids made by the
    compiler are, checked by ``str.isalnum``'s loop in C, ~4x as fast as the expression's
    search), or else no character :data:`_NEEDS_ESCAPE` finds."""
    return text.isalnum() or _needs_escape().search(text) is None


#: the most matches one action hands over (durable_rules keeps ``cap`` in 16 bits); a rule
#: with more pending matches is simply started again
CAP = 65535
#: the frames of a message, each a matched fact as it was sent (the engine echoes the text
#: :func:`dumps` wrote: compact, id first), read as the fact's id. Used only on the matches
#: of facts whose ids are strings needing no escape, each its fact's first key (checked
#: when they are asserted; ``_match`` reads the others): then every frame opens with its
#: id, which ends at the next quote. Inside a JSON string every quote is escaped, so this
#: text only matches frame openings. (An optional id group, which also caught the other
#: frames, made the search ~1.5x as slow: it was paid on ~300 KB of frames at 150 sectors.)
_FRAMES = re.compile(r'\{"m":\{"id":"([^"]*)"')


def _match(message: str) -> tuple[str, list[str]]:
    """(rule name, fact ids) of a message the fast reading in ``Session._assert`` does not
    take (a name or an id with an escape, a fact whose id is not its first key)."""
    ((name, body),) = json.loads(message).items()
    frames = body if isinstance(body, list) else [body]
    return name, [frame["m"]["id"] for frame in frames]


class DurableRuleset:
    """A set of single-pattern rules compiled once into the native engine.

    ``patterns`` maps a rule name to ``(condition, priority)`` where the condition is a
    durable_rules pattern over one fact (``{"$and": [...]}``). Rule names are reported back
    when they fire.

    The ruleset is created with the native call itself rather than through durable_rules'
    ``Host``: its JSON is written by :func:`dumps`, which the engine's number reader always
    understands (the host's ``json.dumps`` writes ``1e-05``), no host or timer thread exists
    (traps 2 and 3), and the native ruleset is deleted when this object is garbage, so a
    refused or replaced pack does not keep its engine memory or handle for ever.
    """

    _ids = itertools.count()

    def __init__(self, name: str, patterns: dict[str, tuple[dict[str, Any], int]]) -> None:
        definition: dict[str, Any] = {}
        for rule_name, (pattern, priority) in patterns.items():
            definition[rule_name] = {"all": [{"m": pattern}], "pri": priority, "cap": CAP}
        # the anchor: a positive test, so it never matches the state fact (trap 9)
        definition[ANCHOR_RULE] = {"all": [{"m": {ANCHOR: 1}}], "pri": 1_000_000}
        try:
            text = _walk(definition)  # every number checked: pack literals are user data
        except (TypeError, ValueError) as exc:
            raise EngineError(f"rule engine refused the compiled pack: {exc}") from exc
        self._open(name, tuple(patterns), text)

    def __getstate__(self) -> tuple[str, tuple[str, ...], str]:
        """What a pickle keeps: the definition the engine was given, never the engine's own
        ruleset (a handle valid only in this process)."""
        return self._base, self.rule_names, self._definition

    def __setstate__(self, state: tuple[str, tuple[str, ...], str]) -> None:
        """A ruleset read back from a pickle (the disk cache of compiled packs): the engine
        compiles the kept definition into a ruleset of this process, as it did the first
        time; only writing the definition is skipped."""
        self._open(*state)

    def _open(self, name: str, rule_names: tuple[str, ...], text: str) -> None:
        """Create the engine's ruleset from its definition (JSON ``text``)."""
        self._base, self._definition = name, text
        self.name = f"{name}-{next(self._ids)}"
        self._lock = threading.Lock()
        self._sids = itertools.count()  # sessions opened
        self._states = itertools.count()  # engine states (sids) created
        self.rule_names = rule_names
        try:
            self._handle = _native.create_ruleset(self.name, text)
        except (_native.error, MemoryError) as exc:
            raise EngineError(f"rule engine refused the compiled pack: {exc}") from exc
        self._state = _State()
        # no session outlives this object (each holds a reference to it), so once it is
        # unreachable nothing can use the handle: free the kept state and the native
        # ruleset then
        self._release = weakref.finalize(self, _delete_ruleset, self._handle, self._state)
        self._release.atexit = False

    def close(self) -> None:
        """Free the native ruleset now (it is freed when garbage-collected otherwise)."""
        with self._lock:
            self._release()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session on the ruleset's engine state, left empty however the block ends.

        One state (``sid``) serves one assessment after another: its facts are retracted
        when the block ends (:meth:`Session.clear`). It is deleted instead (trap 4) — and
        the next session gets a new one — when the block raised (a match may be left
        undrained, the state locked), when clearing did not leave it empty, or when the
        session asserted more than :data:`KEEP_FACTS` facts (its memory is given back).
        """
        global _sessions_run
        with self._lock:
            if not self._release.alive:
                raise EngineError("rule engine ruleset already closed")
            next(self._sids)
            state = self._state
            if state.sid is None:
                _sessions_run = True
                made = next(self._states)
                state.sid, state.acted = "0" if state.zero else f"s{made}", False
            session = Session(self, state)
            kept = False
            try:
                yield session
                kept = len(session.ids) <= KEEP_FACTS and session.clear()
            finally:
                if session.started and not kept:
                    # if this fails, the sid is leaked rather than deleted unsafely
                    _delete_state(self._handle, state)


#: a session that asserted more facts than this deletes its state rather than keeping it
KEEP_FACTS = 4096

#: whether a session has been opened in this process (see :func:`sessions_run`)
_sessions_run = False


def sessions_run() -> bool:
    """Whether this process has opened a session on any ruleset, i.e. made an engine state.

    A process that has not may be forked with its rulesets (``batch._pool_context``): a
    ruleset on which no session ever ran is plain memory of durable_rules' C core (its
    handle table and compiled network; no thread, no file, no process id), and each forked
    child works on its own copy. Engine states, and sessions in flight, are not inherited by
    anyone: a process that has run one is never forked.
    """
    return _sessions_run


def _delete_state(handle: int, state: _State) -> None:
    """Delete the engine state; a state on which no action ever started gets one first,
    since deleting it would segfault (trap 5)."""
    sid = state.sid
    if sid is None:
        return
    state.sid = None
    if sid == "0":
        state.zero = False  # until it is deleted: if that fails, it stays taken
    if not state.acted:  # only the anchor rule matches the sentinel fact
        _, offset = _native.assert_facts(
            handle, f'[{{"id":"{ANCHOR_RULE}","{ANCHOR}":1,"sid":"{sid}"}}]'
        )
        result = _native.start_action_for_state(handle, offset)
        while result:
            result = _native.complete_and_start_action(handle, offset)
    _native.delete_state(handle, sid)
    if sid == "0":
        state.zero = True


def _delete_ruleset(handle: int, state: _State) -> None:
    with contextlib.suppress(_native.error):  # already gone: nothing left to free
        _delete_state(handle, state)
    with contextlib.suppress(_native.error):
        _native.delete_ruleset(handle)


# --------------------------------------------------------------------------- JSON text

#: beyond ±2**53 an integer is sent as the nearest double: the engine keeps integers in 64
#: bits, saturating past ±2**63 and wrapping when multiplied (``times: 2`` on 2**62), while a
#: double keeps order and magnitude (exactly up to 2**53, to 15-16 digits beyond).
EXACT_INT = 2**53
_MAX_DOUBLE = "1.7976931348623157e+308"


class _Raw:
    """Number text written into the JSON exactly as it is (an engine-readable double)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def number(value: int | float) -> Any:
    """``value`` itself for a bool or an integer the engine holds exactly; otherwise a marker
    holding the text of the double the engine should read.

    The engine reads ``-?digits(.digits([eE][+-]?digits)?)?``: an exponent only after a
    decimal point. Python writes 0.00001 as ``1e-05``, which it misreads (then segfaults);
    orjson writes 1e-07 as ``1e-7``. Every double therefore goes as text written here (its
    shortest repr, with ``.0`` put before a bare exponent), whichever encoder writes the
    rest: the engine reads the same text whatever the JSON library does with floats.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if -EXACT_INT <= value <= EXACT_INT:
            return value
        try:
            value = float(value)
        except OverflowError:
            return _Raw(_MAX_DOUBLE if value > 0 else "-" + _MAX_DOUBLE)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"the rule engine cannot hold {value!r}")
    text = float.__repr__(value)
    if "e" in text and "." not in text:
        mantissa, _, exponent = text.partition("e")
        return _Raw(f"{mantissa}.0e{exponent}")
    return _Raw(text)


def number_text(value: int | float) -> str:
    """The JSON text of one number, readable by the engine."""
    out = number(value)
    return out.text if isinstance(out, _Raw) else json.dumps(out)


def _no_default(value: Any) -> Any:
    raise TypeError(value)


_fast = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_no_default
).encode


def _fragment(value: Any) -> Any:
    if type(value) is _Raw:
        return orjson.Fragment(value.text)
    raise TypeError(value)


def dumps(data: Any) -> str:
    """JSON text of ``data`` for the engine (compact, keys in order); every number in it
    must have passed through :func:`number`.

    Written by orjson, which encodes the facts of a layer ~10x as fast as the standard
    encoder (0.08 against 0.93 ms for the 380 programme facts of a 150-sector proposal);
    doubles reach it only as :class:`_Raw` text, put in place as they are. What orjson
    refuses (a string with a lone surrogate) is written by a plain walk with the standard
    encoder, as before, and refused by the engine's binding with the same error.
    """
    try:
        return orjson.dumps(data, default=_fragment).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return _walk(data)


def _walk(data: Any) -> str:
    if isinstance(data, _Raw):
        return data.text
    if isinstance(data, dict):
        return "{" + ",".join(f"{_fast(str(k))}:{_walk(v)}" for k, v in data.items()) + "}"
    if isinstance(data, list | tuple):
        return "[" + ",".join(_walk(v) for v in data) + "]"
    if isinstance(data, int | float) and not isinstance(data, bool):
        return number_text(data)
    return _fast(data)
