"""The only module that touches durable_rules.

It hides every trap listed in shared/design/ENGINE-NOTES.md behind a tiny interface:
``DurableRuleset(name, patterns)`` compiles once; ``with ruleset.session() as s:
s.assert_facts([...])`` returns which rules fired on which facts during that call.

- A private ``Host`` subclass without timer threads (no action ever runs on another thread).
- Facts, never events; every fact carries a unique ``id`` and the session ``sid``.
- A lowest-priority catch-all rule, so an action starts for every fact: no
  ``MessageNotHandledException`` and no segfault in ``delete_state``.
- One session per assessment, deleted in ``finally``; a lock serialises the host (it holds
  the GIL anyway, so threads would not add throughput).
- Actions take exactly one parameter and cannot fail; a swallowed exception in the session
  state is still checked and raised as ``EngineError``.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from durable import engine as _durable

from paracheck.errors import EngineError

CATCH_ALL = "#catch-all"


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
        self._serial = itertools.count()

    def assert_facts(self, facts: list[dict[str, Any]]) -> list[tuple[str, str]]:
        """Assert facts; return (rule name, fact id) for each action run, catch-all excluded."""
        if not facts:
            return []
        sink = self._owner._sink
        sink.clear()
        stamped = [dict(f, sid=self.sid) for f in facts]
        self.started = True
        try:
            self._owner._host.assert_facts(self._owner.name, stamped)
        except Exception as exc:  # durable_rules raises bare Exceptions with numeric codes
            raise EngineError(f"rule engine refused the facts: {exc}") from exc
        fired = [(rule, fid) for rule, fid in sink if rule != CATCH_ALL]
        sink.clear()
        return fired

    def check(self) -> None:
        """Raise if an action failed inside durable_rules (it swallows exceptions, trap 10)."""
        if not self.started:
            return
        state = self._owner._host.get_state(self._owner.name, self.sid)
        if state and state.get("exception"):
            raise EngineError(f"rule action failed: {state['exception']}")


class DurableRuleset:
    """A set of single-pattern rules compiled once onto a private durable_rules host.

    ``patterns`` maps a rule name to ``(condition, priority)`` where the condition is a
    durable_rules pattern over one fact (``{"$and": [...]}``). Rule names are reported back
    when they fire.
    """

    _ids = itertools.count()

    def __init__(self, name: str, patterns: dict[str, tuple[dict[str, Any], int]]) -> None:
        self.name = f"{name}-{next(self._ids)}"
        self._sink: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._sids = itertools.count()
        definition: dict[str, Any] = {}
        for rule_name, (pattern, priority) in patterns.items():
            definition[rule_name] = {"all": [{"m": pattern}], "pri": priority,
                                     "run": self._recorder(rule_name)}
        # kind is on every fact: a positive test, so it never matches the state fact (trap 9)
        definition[CATCH_ALL] = {"all": [{"m": {"$ex": {"kind": 1}}}], "pri": 1_000_000,
                                 "run": self._recorder(CATCH_ALL)}
        self._host = _SynchronousHost()
        try:
            # set_rulesets mutates its argument; json round-trip validates it is pure data
            json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "run"}
                        for k, v in definition.items()})
            self._host.set_rulesets({self.name: copy.copy(definition)})
        except Exception as exc:
            raise EngineError(f"rule engine refused the compiled pack: {exc}") from exc

    def _recorder(self, rule_name: str):
        sink = self._sink

        def action(c):  # exactly one parameter, or durable_rules treats it as async
            sink.append((rule_name, c.m["id"]))

        return action

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A fresh session; its state is deleted however the block ends (trap 4)."""
        with self._lock:
            session = Session(self, f"s{next(self._sids)}")
            try:
                yield session
                session.check()
            finally:
                if session.started:  # deleting a never-used sid segfaults (trap 5)
                    self._host.delete_state(self.name, session.sid)
