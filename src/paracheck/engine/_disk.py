"""Compiled packs kept on disk between processes (``paracheck._cache``).

Compiling a pack (its layout, the engine's ruleset definition) and deriving its report plan
(every rule's check texts, in both languages, with the locale data that takes) is, after
pydantic and typer, the largest part of a one-shot ``paracheck assess FILE``, and it is the
same for every proposal. A compiled pack is kept as a pickle filed under everything it was
made from, so no other pack and no other paracheck can ever read it:

* the SHA-256 of every file the pack was read from (the loader records them on the pack:
  ``RulePack._read_from``); a pack built in code, or copied, has none and is never kept;
* the pack's path, and the fingerprint of paracheck's own files with the versions of Python
  and pydantic (``_cache.code_fingerprint``) — the vocabulary and wording tables are
  package files;
* Babel's installed files (its locale data words the plan's numbers).

Nothing of a proposal is in an entry, and nothing of the engine itself: durable_rules gets
the kept definition and compiles its ruleset in every process
(``adapter.DurableRuleset.__setstate__``). The pack's own objects (the pack, its rules and
their conditions) are not in the entry either: they are written as references and resolved
to the pack loaded in this process, so a compiled pack read back shares them exactly as a
freshly compiled one does.

Anything unexpected (an entry missing, corrupt, for a pack whose rules differ) is a miss:
the pack is compiled, as without a cache.
"""

from __future__ import annotations

import importlib.util
import io
import os
import pickle
from typing import TYPE_CHECKING, Any

from paracheck import _cache
from paracheck.rules import conditions as c

if TYPE_CHECKING:
    from paracheck.engine.compiler import CompiledPack
    from paracheck.rules.model import RulePack

#: bumped when what an entry holds changes shape
_FORMAT = "compiled-1"


def entry_name(pack: RulePack) -> str | None:
    """The cache entry of ``pack``'s compilation, or None for a pack not read from files."""
    files = pack._read_from()  # recorded by rules.loader for this purpose
    if not files:
        return None
    key = "\0".join([_FORMAT, _cache.code_fingerprint(), _babel_stamp(), pack.source, repr(files)])
    return f"compiled-{_cache.digest(key.encode('utf-8', 'surrogateescape'))[:40]}.pickle"


def store(engine: CompiledPack) -> None:
    """Keep ``engine`` for later processes; nothing happens when it cannot be written."""
    name = entry_name(engine.pack)
    if name is None:
        return
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, engine.pack).dump(engine)
    except Exception:  # something in it cannot be pickled: no entry, no harm
        return
    _cache.store(name, (_rule_ids(engine.pack), buffer.getvalue()))


def load(pack: RulePack) -> CompiledPack | None:
    """``pack`` compiled, read from the disk cache; None when there is no usable entry."""
    from paracheck.engine.compiler import CompiledPack

    name = entry_name(pack)
    if name is None:
        return None
    held = _cache.load(name)
    try:
        rule_ids, data = held
        if rule_ids != _rule_ids(pack):
            return None
        engine = _Unpickler(io.BytesIO(data), pack).load()
    except Exception:  # no entry, or one that cannot be read back: compile instead
        return None
    return engine if isinstance(engine, CompiledPack) and engine.pack is pack else None


def _rule_ids(pack: RulePack) -> tuple[str, ...]:
    return tuple(rule.id for rule in pack.rules)


def _shared(pack: RulePack) -> list[Any]:
    """The pack's own objects an entry refers to, in an order both sides compute alike:
    the pack, each rule, and the nodes of each rule's condition and of its recommendations'
    cases (``when``; counts' ``where`` included: IMP-006's sector plan counts sectors), of
    the cases it steps aside in (IMP-006's count over the lagging sectors), of its
    antecedents (``applies_when``: NRG-004's count of investment sectors, judged on the
    counts' tallies) and of its reason's cases (``why_cases``)."""
    out: list[Any] = [pack]
    for rule in pack.rules:
        out.append(rule)
        pending = [rule.condition]
        pending += [rec.condition for rec in rule.recommend if rec.condition is not None]
        pending += [a.condition for a in rule.steps_aside if a.condition is not None]
        pending += [a.condition for a in rule.antecedents if a.condition is not None]
        pending += [para.condition for para in rule.why_cases]
        while pending:
            for node in c.walk(pending.pop()):
                out.append(node)
                if isinstance(node, c.Count) and node.where is not None:
                    pending.append(node.where)
    return out


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, pack: RulePack) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._refs: dict[int, int] = {}
        for i, obj in enumerate(_shared(pack)):
            self._refs.setdefault(id(obj), i)

    def persistent_id(self, obj: Any) -> int | None:
        return self._refs.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, pack: RulePack) -> None:
        super().__init__(file)
        self._objects = _shared(pack)

    def persistent_load(self, pid: Any) -> Any:
        return self._objects[pid]


def _babel_stamp() -> str:
    """Babel's installed version, told by its package file (without importing it)."""
    spec = importlib.util.find_spec("babel")
    origin = spec.origin if spec is not None else None
    if origin is None:
        return "no babel"
    info = os.stat(origin)
    return f"{origin}\0{info.st_size}\0{info.st_mtime_ns}"
