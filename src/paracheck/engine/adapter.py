"""The only module that touches durable_rules.

It hides every trap listed in shared/design/ENGINE-NOTES.md behind a tiny interface:
``DurableRuleset(name, patterns)`` compiles once; ``with ruleset.session() as s:
s.assert_facts([...])`` returns which rules fired on which facts during that call.

- A private ``Host`` subclass without timer threads (no action ever runs on another thread).
- Facts, never events; every fact carries a unique ``id`` and the session ``sid``.
- A lowest-priority catch-all rule, so every fact matches something and an action starts for
  every session: no "not handled" refusal of a batch and no segfault in ``delete_state``.
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

CATCH_ALL = "#catch-all"


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
        self.started = False

    def assert_facts(self, facts: list[str]) -> list[tuple[str, str]]:
        """Assert facts; return (rule name, fact id) for each match, catch-all excluded.

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
        handle = self._owner._handle
        tail = f', "sid": "{self.sid}"}}'
        payload = "[" + ", ".join(fact[:-1] + tail for fact in facts) + "]"
        self.started = True
        fired: list[tuple[str, str]] = []
        try:
            code, state = _native.assert_facts(handle, payload)
            if code != 0:  # 1 not handled, 2 duplicate: impossible with the catch-all and ids
                raise EngineError(f"rule engine refused the facts (code {code})")
            result = _native.start_action_for_state(handle, state)
            while result:
                message = result[1] if isinstance(result, tuple) else result
                name, fact_id = _match(message)
                if name != CATCH_ALL:
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
        # kind is on every fact: a positive test, so it never matches the state fact (trap 9)
        definition[CATCH_ALL] = {"all": [{"m": {"$ex": {"kind": 1}}}], "pri": 1_000_000,
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
                    self._host.delete_state(self.name, session.sid)
