"""Writing a report to a file so that the file is either the old one or the complete new one.

A report that a bureau forwards must never be half a report: the text goes to a temporary file
in the same directory (so the final rename cannot cross file systems), is flushed to disk, and
only then replaces the target in one ``os.replace``. If anything interrupts the write — an
error, Ctrl-C, SIGTERM — the temporary file is removed and the target is untouched.

What is not a regular file is not replaced: a character device (``/dev/null``, a terminal)
or a FIFO is written directly, and a symlink is followed to the file it names. What would
destroy something is refused with a :class:`UsageError` before anything is written: the input
proposal itself, any other proposal or rule pack file (by its ``schema``), a read-only file
(its mode says it is final, even to root), a folder, a missing folder, an empty path, a name
longer than the file system allows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from paracheck.errors import UsageError, Words

_TEMP_STEM = 100  # characters of the target's name kept in the temporary file's name


def check_target(
    path: str | os.PathLike[str],
    inputs: Iterable[str] = (),
    packs: Iterable[str] = (),
    *,
    new_only: bool = False,
) -> Path:
    """The file a report for ``path`` would be written to (symlinks followed), or a
    :class:`UsageError` saying in one line why ``path`` cannot take a report.

    ``inputs`` are the files the report is made from, ``packs`` the rule pack files it was
    judged with; writing onto one of them is refused. ``new_only`` refuses any existing
    regular file: a proposal template (``paracheck init -o``) is a starting point and must
    never replace a file someone is filling in, proposal or not.
    """
    raw = os.fspath(path)
    if raw.strip() == "":
        raise UsageError.of("usage.output_empty")
    target = Path(os.path.realpath(raw))
    shown = raw
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UsageError.of("usage.cannot_write", path=shown, reason=_reason(exc)) from None
    if info is None and raw.endswith(("/", os.sep)):
        # "-o laporan/" names a folder: the report was written to a file "laporan" where a
        # folder was meant, and the officer's later copy into it failed (atk290 #2)
        raise UsageError.of(
            "usage.cannot_write",
            path=shown,
            reason=Words.of("usage.reason.no_folder", folder=raw.rstrip("/" + os.sep) or raw),
        )
    if info is None:
        parent = target.parent
        if not parent.is_dir():
            raise UsageError.of(
                "usage.cannot_write",
                path=shown,
                reason=Words.of("usage.reason.no_folder", folder=parent),
            )
        if len(os.fsencode(target.name)) > _name_max(parent):
            raise UsageError.of(
                "usage.cannot_write", path=shown, reason=Words.of("usage.reason.name_too_long")
            )
        return target
    if stat.S_ISDIR(info.st_mode):
        raise UsageError.of(
            "usage.cannot_write", path=shown, reason=Words.of("usage.reason.is_folder")
        )
    for source in inputs:
        with contextlib.suppress(OSError):
            if _stdin_file(info) if source == "-" else os.path.samefile(source, target):
                raise UsageError.of("usage.over_input", path=shown)
    for source in packs:
        with contextlib.suppress(OSError):
            if os.path.samefile(source, target):
                raise UsageError.of("usage.over_pack", path=shown)
    if new_only and stat.S_ISREG(info.st_mode):
        raise UsageError.of("usage.exists", path=shown)
    if stat.S_ISREG(info.st_mode) and not info.st_mode & 0o222:
        raise UsageError.of(
            "usage.cannot_write", path=shown, reason=Words.of("usage.reason.read_only")
        )
    if stat.S_ISREG(info.st_mode):
        kind = _own_file(target)
        if kind is not None:
            raise UsageError.of(f"usage.over_{kind}_file", path=shown)
    return target


#: a proposal's or a rule pack's ``schema`` key, in YAML or JSON: what says a file is one
_OWN_SCHEMA = re.compile(
    rb"""(?:^|[{,\s])["']?schema["']?[ \t]*:[ \t]*["']?paracheck/(proposal|pack)/"""
)


def _own_file(target: Path) -> str | None:
    """``"proposal"`` or ``"pack"`` when the file ``target`` is one (by its ``schema`` in its
    first 64 KiB), else None. ``paracheck assess a.yaml -o b.yaml`` replaced the proposal
    b.yaml with a.yaml's report, the officer's work gone without a word (atk22); a report
    written before (text, Markdown, HTML, CSV, JSON) is written over as always."""
    try:
        with target.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return None
    found = _OWN_SCHEMA.search(head)
    if found:
        return found.group(1).decode()
    if b"schema" not in head:
        return None
    return _own_schema_parsed(target)


def _own_schema_parsed(target: Path) -> str | None:
    """``"proposal"`` or ``"pack"`` by the ``schema`` of ``target`` parsed as the loader
    parses a proposal (its size and nesting limits): a file that names a ``schema`` key the
    quick search does not read, as YAML may write a value (``schema: !!str
    paracheck/proposal/v1``, a folded ``>-`` block, ``? schema``, ``"paracheck\x2fproposal/v1"``),
    is still a proposal paracheck assesses, and ``-o`` replaced it (atk23)."""
    from paracheck.facts.loader import MAX_BYTES, readable_part

    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    obj = readable_part(data, target.name)
    schema = obj.get("schema") if obj is not None else None
    if isinstance(schema, str):
        for kind in ("proposal", "pack"):
            if schema.strip().startswith(f"paracheck/{kind}/"):
                return kind
    return None


def _stdin_file(target: os.stat_result) -> bool:
    """Whether standard input is the file ``target`` (``paracheck assess - -o p.yaml <
    p.yaml``: the proposal read from standard input was replaced by its report, atk21). A
    pipe or a terminal is no file that could be lost."""
    try:
        held = os.fstat(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):  # no stdin, or one without a descriptor
        return False
    return stat.S_ISREG(held.st_mode) and (held.st_dev, held.st_ino) == (
        target.st_dev,
        target.st_ino,
    )


def write_atomically(
    path: str | os.PathLike[str],
    text: str | Iterable[bytes],
    inputs: Iterable[str] = (),
    packs: Iterable[str] = (),
    *,
    new_only: bool = False,
) -> Path:
    """Write ``text`` (UTF-8), or UTF-8 pieces, to ``path``; return the path written.

    A regular file is replaced atomically; a device or FIFO is written directly. Raises
    :class:`UsageError` for a target that must not or cannot be written (see
    :func:`check_target`; ``new_only``: no existing file at all).
    """
    target = check_target(path, inputs, packs, new_only=new_only)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = 0
    if mode and not stat.S_ISREG(mode):  # a device, FIFO or socket: never replaced
        try:
            with open(target, "wb", buffering=0) as handle:
                _write(handle, text)
        except OSError as exc:
            raise UsageError.of(
                "usage.cannot_write", path=os.fspath(path), reason=_reason(exc)
            ) from None
        return Path(os.fspath(path))
    _replace(target, text, os.fspath(path), new_only=new_only)
    return Path(os.fspath(path))


def _replace(
    target: Path, text: str | Iterable[bytes], shown: str, *, new_only: bool = False
) -> None:
    """Put the complete ``text`` at ``target`` in one step. ``new_only``: only if the name
    is still free then (:func:`_take_name`); the check before the write was judged earlier."""
    directory = target.parent
    stem = target.name[:_TEMP_STEM]
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # the folder takes no new file: name the path asked for
        raise UsageError.of(
            "usage.cannot_write", path=shown, reason=_reason(exc, folder=directory)
        ) from None
    try:
        with _removed_on_sigterm(), os.fdopen(fd, "wb") as handle:
            _write(handle, text)
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(tmp_name, _mode_for(target))
            if new_only:
                _take_name(tmp_name, target, shown)
            else:
                os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError) and exc.errno in _USER_ERRNOS:
            raise UsageError.of("usage.cannot_write", path=shown, reason=_reason(exc)) from None
        raise
    _sync_directory(directory)


def _take_name(tmp_name: str, target: Path, shown: str) -> None:
    """Give the written temporary file the name ``target`` only if nothing has it: a file
    saved there after :func:`check_target` looked (an editor, a colleague on a shared folder)
    was replaced by the template (atk24). A hard link fails on any existing name, a dangling
    symlink included; where the file system has no hard links, the name is reserved with an
    exclusive create and the template then moved onto the reservation."""
    try:
        os.link(tmp_name, target)
    except FileExistsError:
        raise UsageError.of("usage.exists", path=shown) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise UsageError.of("usage.exists", path=shown) from None
        os.replace(tmp_name, target)
        return
    os.unlink(tmp_name)


# failures that say something about the target or the disk, not about paracheck
_USER_ERRNOS = {
    errno.EACCES,
    errno.EPERM,
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EROFS,
    errno.ENAMETOOLONG,
    errno.EISDIR,
    errno.ENOTDIR,
    errno.EXDEV,
    errno.EBUSY,
}


def _write(handle: object, text: str | Iterable[bytes]) -> None:
    if isinstance(text, str):
        handle.write(text.encode("utf-8"))  # type: ignore[attr-defined]
    else:
        for piece in text:
            handle.write(piece)  # type: ignore[attr-defined]


class _Terminated(SystemExit):
    """SIGTERM arrived during a write: unwind (removing the temporary file), then exit."""


@contextlib.contextmanager
def _removed_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into an exception while a temporary file exists, so it is removed.

    The default action would end the process on the spot and leave the partial file (tens of
    MB for a large batch). Signal handlers can only be set in the main thread; elsewhere the
    caller's own handling applies.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.getsignal(signal.SIGTERM)
    except (ValueError, OSError):
        yield
        return
    if previous not in (signal.SIG_DFL, None):  # the application handles SIGTERM itself
        yield
        return

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated(128 + signum)

    signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stdout_refusal(failure: OSError | None) -> UsageError:
    """Why standard output cannot take a report: ``failure`` (a full disk, a failed device),
    or closed when None (see :func:`paracheck.stdout_refusal`)."""
    why = Words.of("usage.reason.closed") if failure is None else _reason(failure)
    return UsageError.of("usage.stdout_failed", reason=why)


def reason(exc: OSError, folder: os.PathLike[str] | str | None = None) -> Words:
    """Why ``exc`` stopped a write, in words of both languages; ``folder`` when the failure
    was making a file or folder inside it."""
    return _reason(exc, folder)


def _reason(exc: OSError, folder: os.PathLike[str] | str | None = None) -> Words:
    """In plain words, never "system error number 2": a folder that cannot be made there
    (``/proc/x``), a file on the way, no permission, a read-only or full disk, …"""
    number = exc.errno
    if number == errno.ENAMETOOLONG:
        return Words.of("usage.reason.name_too_long")
    if number in (errno.EACCES, errno.EPERM):
        if folder is not None:
            return Words.of("usage.reason.denied_in", folder=folder)
        return Words.of("usage.reason.denied")
    if number == errno.EROFS:
        return Words.of("usage.reason.read_only_disk")
    if number in (errno.ENOSPC, errno.EDQUOT):
        return Words.of("usage.reason.no_space")
    if number == errno.ENOENT:
        if folder is not None:
            return Words.of("usage.reason.no_new_file", folder=folder)
        return Words.of("usage.reason.cannot_create")
    if number in (errno.ENOTDIR, errno.EEXIST):
        return Words.of("usage.reason.file_on_the_way")
    if number == errno.EISDIR:
        return Words.of("usage.reason.is_folder")
    if number == errno.ELOOP:
        return Words.of("usage.reason.loop")
    if number == errno.EIO:
        return Words.of("usage.reason.io")
    if number in (errno.EBUSY, errno.ETXTBSY):
        return Words.of("usage.reason.busy")
    code = errno.errorcode.get(number or 0, str(number))
    return Words.of(
        "usage.reason.other", detail=(exc.strerror or str(exc)).lower(), errno=number, code=code
    )


def _name_max(directory: Path) -> int:
    try:
        return os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def _mode_for(target: Path) -> int:
    """Keep the permissions of a file being replaced; a new report is 0644 (mkstemp's 0600
    would surprise whoever shares the report). Reading the umask is not thread-safe, so it is
    not consulted."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
