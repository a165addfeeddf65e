"""The only module that touches durable_rules.

It hides every trap listed in shared/design/ENGINE-NOTES.md behind a tiny interface:
``DurableRuleset(name, patterns)`` compiles once; ``with ruleset.session() as s:
s.assert_facts([...])`` returns which rules fired on which facts during that call.

- A private ``Host`` subclass without timer threads (no action ever runs on another thread).
- Facts, never events; every fact carries a unique ``id`` and the session ``sid``.
- An action starts in every session before its state is deleted (no segfault in
  ``delete_state``, trap 5): a session whose facts matched nothing is closed by asserting a
  sentinel fact that only a lowest-priority anchor rule matches. A fact that matches no rule
  is reported "not handled" by the C call (code 1), which stores and matches the others;
  only durable_rules' Python layer turns that into an exception (trap 6), and it is not used.
- One session per assessment, deleted in ``finally``; a lock serialises the host (it holds
  the GIL anyway, so threads would not add throughput).
- Matches are drained through the C binding directly (``Session.assert_facts``): no Python
  action runs inside the engine, so none can stall the session (trap 10's two-parameter
  "async" actions) or have its exception swallowed, and each match costs a few µs instead
  of a state round trip. Every match still goes through start/complete, so sessions are
  released exactly as durable_rules' own dispatcher would.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import durable_rules_engine as _native
from durable import engine as _durable

from paracheck.errors import EngineError

ANCHOR_RULE = "#anchor"
ANCHOR = "anchor__"  # the field only the sentinel fact carries


def _unused_action(c: Any) -> None:
    """durable_rules wants a callable per rule; matches are drained natively instead."""


class _SynchronousHost(_durable.Host):
    """A host that never starts the dispatch timer threads (trap 3)."""

    def _run(self) -> None:
        return None


class Session:
    """One assessment's facts inside the engine."""

    def __init__(self, owner: DurableRuleset, sid: str) -> None:
        self._owner = owner
        self.sid = sid
        self.started = False  # facts were asserted: the sid exists in the engine
        self.acted = False  # an action started on the sid: it can be deleted safely

    def assert_facts(self, facts: list[str]) -> list[tuple[str, str]]:
        """Assert facts; return (rule name, fact id) for each match, the anchor rule excluded.

        Each fact is the JSON text of one object whose first member is its unique ``"id"``
        (matches echo the fact, and its id is read from that echo); the session id is added
        here. Callers encode facts themselves so that values repeated across calls
        are encoded once.

        Matches are drained with durable_rules' own C calls rather than its Python action
        layer, which would run a callback and a JSON round trip of the session state per
        match (ENGINE-NOTES: ~20 µs). No Python action ever runs inside the engine, so none
        can fail or be swallowed (trap 10), and the state is never modified.
        """
        if not facts:
            return []
        tail = f', "sid": "{self.sid}"}}'
        return self._assert("[" + ", ".join(fact[:-1] + tail for fact in facts) + "]")

    def close(self) -> None:
        """Make the sid safe to delete: if no action ever started on it, start one."""
        if self.started and not self.acted:
            self._assert(f'[{{"id": "{ANCHOR_RULE}", "{ANCHOR}": 1, "sid": "{self.sid}"}}]')

    def _assert(self, payload: str) -> list[tuple[str, str]]:
        handle = self._owner._handle
        self.started = True
        fired: list[tuple[str, str]] = []
        try:
            code, state = _native.assert_facts(handle, payload)
            if code not in (0, 1):  # 1: some fact matched no rule; 2 duplicate: ids are unique
                raise EngineError(f"rule engine refused the facts (code {code})")
            result = _native.start_action_for_state(handle, state)
            while result:
                self.acted = True
                message = result[1] if isinstance(result, tuple) else result
                name, fact_id = _match(message)
                if name != ANCHOR_RULE:
                    fired.append((name, fact_id))
                result = _native.complete_and_start_action(handle, state)
        except _native.error as exc:
            raise EngineError(f"rule engine failed: {exc}") from exc
        return fired


_PREFIX = '":{"m":{"id": "'


def _match(message: str) -> tuple[str, str]:
    """(rule name, fact id) of one match, ``{"RULE":{"m":{"id": "ID", …}}}``."""
    cut = message.find(_PREFIX)
    if message.startswith('{"') and cut > 2:
        start = cut + len(_PREFIX)
        return message[2:cut], message[start:message.index('"', start)]
    ((name, body),) = json.loads(message).items()  # a layout we did not expect: parse it
    return name, body["m"]["id"]


class DurableRuleset:
    """A set of single-pattern rules compiled once onto a private durable_rules host.

    ``patterns`` maps a rule name to ``(condition, priority)`` where the condition is a
    durable_rules pattern over one fact (``{"$and": [...]}``). Rule names are reported back
    when they fire.
    """

    _ids = itertools.count()

    def __init__(self, name: str, patterns: dict[str, tuple[dict[str, Any], int]]) -> None:
        self.name = f"{name}-{next(self._ids)}"
        self._lock = threading.Lock()
        self._sids = itertools.count()
        self.rule_names = tuple(patterns)
        definition: dict[str, Any] = {}
        for rule_name, (pattern, priority) in patterns.items():
            definition[rule_name] = {"all": [{"m": pattern}], "pri": priority,
                                     "run": _unused_action}
        # the anchor: a positive test, so it never matches the state fact (trap 9)
        definition[ANCHOR_RULE] = {"all": [{"m": {ANCHOR: 1}}], "pri": 1_000_000,
                                 "run": _unused_action}
        self._host = _SynchronousHost()
        try:
            # set_rulesets mutates its argument; json round-trip validates it is pure data
            json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "run"}
                        for k, v in definition.items()})
            self._host.set_rulesets({self.name: copy.copy(definition)})
            self._handle = self._host.get_ruleset(self.name)._handle
        except Exception as exc:
            raise EngineError(f"rule engine refused the compiled pack: {exc}") from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A fresh session; its state is deleted however the block ends (trap 4)."""
        with self._lock:
            session = Session(self, f"s{next(self._sids)}")
            try:
                yield session
            finally:
                if session.started:  # deleting a never-used sid segfaults (trap 5)
                    # if closing fails, the sid is leaked rather than deleted unsafely
                    session.close()
                    self._host.delete_state(self.name, session.sid)
