"""Writing a report to a file so that the file is either the old one or the complete new one.

A report that a bureau forwards must never be half a report: the text goes to a temporary file
in the same directory (so the final rename cannot cross file systems), is flushed to disk, and
only then replaces the target in one ``os.replace``. If anything interrupts the write — an
error, Ctrl-C — the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], text: str | Iterable[bytes]) -> Path:
    """Write ``text`` (UTF-8), or UTF-8 pieces, to ``path`` atomically; return the path."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(text, str):
                handle.write(text.encode("utf-8"))
            else:
                handle.writelines(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(target))
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _sync_directory(directory)
    return target


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
