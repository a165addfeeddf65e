"""What paracheck derives from files, kept on disk between processes: loaded rule packs,
compiled packs with their report plans (``engine/_disk.py``), parsed shipped data, and the
code the engine generates for a pack's tests (:func:`compile_source`).

A one-shot command (``paracheck assess FILE``) otherwise parses and validates the same rule
pack and data files at every start, most of the time of a run. An entry is used only when
everything it was made from is unchanged, so a cache never gives another answer than the
files would:

* a parsed data file is named by its text's SHA-256 (and PyYAML's version);
* a rule pack holds the SHA-256 of every file it was read from (the pack and its includes),
  checked against the files at each use (a file that had not changed for two seconds when
  it was read is checked by its status instead: device, inode, size, modification and
  status-change times, see ``rules.loader._still_valid``), and was made by this very
  paracheck: the entry
  carries a fingerprint of the package's files (size and modification time of each, as
  Python's own bytecode cache does), Python's and pydantic's versions.

Anything else — an entry missing, from another version, unreadable or corrupt — is a miss:
the value is built from the files, as without a cache, and stored for the next run. Storing
is best effort (a temporary file renamed into place, so concurrent processes never read half
an entry); a cache folder that cannot be written only costs the time.

Where: ``$PARACHECK_CACHE_DIR`` (set it empty to turn the cache off), else
``$XDG_CACHE_HOME/paracheck``, else ``~/.cache/paracheck``. The entries are pickles: the
folder must be as private as the user's home (it is created ``0700``).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path
from types import CodeType
from typing import Any

ENV = "PARACHECK_CACHE_DIR"
#: entries kept; past it the least recently written go first (edited packs, old versions)
MAX_ENTRIES = 256
_MAGIC = b"paracheck-cache-1"
_PACKAGE = Path(__file__).resolve().parent


def directory() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "paracheck"
    try:
        return Path.home() / ".cache" / "paracheck"
    except RuntimeError:  # no home folder to be found
        return None


def digest(data: bytes) -> str:
    """SHA-256 of ``data``, as entries record the files they were made from."""
    return hashlib.sha256(data).hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """This paracheck's files (path, size, modification time of each) with the versions of
    Python and pydantic: an entry holding paracheck's own objects is valid only for it."""
    import pydantic

    lines = [sys.version, pydantic.VERSION]
    for root, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            info = os.stat(os.path.join(root, name))
            lines.append(f"{os.path.join(root, name)}\0{info.st_size}\0{info.st_mtime_ns}")
    return digest("\n".join(lines).encode("utf-8", "surrogateescape"))


def load(name: str) -> Any:
    """The value stored as ``name``, or None when there is none that can be read."""
    folder = directory()
    if folder is None:
        return None
    try:
        with open(folder / name, "rb") as handle:
            if handle.read(len(_MAGIC)) != _MAGIC:
                return None
            return pickle.load(handle)
    except Exception:  # missing, unreadable, truncated, from a paracheck that is gone: a miss
        return None


def store(name: str, value: Any) -> None:
    """Keep ``value`` as ``name`` for later processes, if the cache folder can be written."""
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-")  # before pickling: may fail
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_MAGIC)
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, folder / name)
        except BaseException:
            os.unlink(temp)
            raise
        _prune(folder)
    except Exception:  # a read-only or full disk, a file where the folder should be: no cache
        return


def _prune(folder: Path) -> None:
    """Keep at most MAX_ENTRIES entries, dropping the least recently written (and what a
    process killed while writing left behind)."""
    import time

    entries = []
    for path in folder.iterdir():
        if path.suffix == ".pickle":
            entries.append(path)
        elif path.name.startswith(".tmp-") and path.stat().st_mtime < time.time() - 3600:
            path.unlink(missing_ok=True)
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns)
    for path in entries[: len(entries) - MAX_ENTRIES]:
        path.unlink(missing_ok=True)


# ---- generated code -------------------------------------------------------------------
#
# The engine writes some of its tests as Python source, generated from the pack's conditions
# (``engine.assess._top_test``, ``engine.compiler._builders``, the fact copiers of
# ``facts.decompose``), and compiling that source is ~100 ``compile`` calls, ~35 ms of a
# one-shot ``paracheck assess`` (issue 16, CLI start-up). The code object compiled from a
# text depends on nothing but that text, its file name and the Python that compiled it, so
# it is kept here by the SHA-256 of the first two, in one entry per Python bytecode version,
# as Python's own ``__pycache__`` keeps a module's. The values the code reads (the literals a
# test compares with) are never in it: they are bound by name when the code is run.

#: code objects kept at most; past it new ones are compiled and not kept
MAX_CODES = 4000
_codes_lock = threading.Lock()
_codes: dict[str, bytes] | None = None  # key -> marshalled code, as read or compiled here
_loaded: dict[str, CodeType] = {}  # key -> code, for the ones this process has used
_unsaved: dict[str, bytes] = {}  # compiled here and not yet stored


def _codes_entry() -> str:
    import importlib.util

    stamp = f"codes-1\0{sys.version}\0{importlib.util.MAGIC_NUMBER.hex()}"
    return f"codes-{digest(stamp.encode())[:40]}.pickle"


def _known_codes() -> dict[str, bytes]:
    global _codes
    if _codes is None:
        held = load(_codes_entry())
        _codes = dict(held) if isinstance(held, dict) else {}
    return _codes


def compile_source(source: str, filename: str) -> CodeType:
    """``compile(source, filename, "exec")`` for generated code, read from the disk cache
    when this Python compiled the same text before (see :func:`store_codes`)."""
    key = digest(f"{filename}\0{source}".encode("utf-8", "surrogateescape"))
    code = _loaded.get(key)
    if code is not None:
        return code
    with _codes_lock:
        known = _known_codes()
        raw = known.get(key)
        code = None
        if raw is not None:
            try:
                code = marshal.loads(raw)
            except Exception:  # a damaged entry: compile instead
                code = None
            if not isinstance(code, CodeType) or code.co_filename != filename:
                code = None
        if code is None:
            code = compile(source, filename, "exec", dont_inherit=True)
            if len(known) < MAX_CODES:
                known[key] = _unsaved[key] = marshal.dumps(code)
        # bounded too: a server judging many uploaded packs would otherwise keep every
        # function it ever generated, where a compiled pack's own are freed with it
        if len(_loaded) < MAX_CODES:
            _loaded[key] = code
    return code


def store_codes() -> None:
    """Keep the code compiled by :func:`compile_source` since the last call, merged into
    what other processes have kept meanwhile; nothing to do (the usual case once a pack's
    tests have all been compiled once) costs one dict lookup."""
    if not _unsaved:
        return
    with _codes_lock:
        held = load(_codes_entry())
        merged = dict(held) if isinstance(held, dict) else {}
        for key, raw in _unsaved.items():
            if len(merged) >= MAX_CODES:
                break
            merged[key] = raw
        _unsaved.clear()
        store(_codes_entry(), merged)
