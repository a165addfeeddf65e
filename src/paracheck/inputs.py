"""Which files a list of inputs names: folders expanded into the proposal files in them.

Apart from ``paracheck.batch`` so that ``paracheck validate`` (which expands folders exactly
as ``assess`` does) need not load the batch machinery to read one file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

PROPOSAL_SUFFIXES = (".yaml", ".yml", ".json")
STDIN = "-"


def shown_name(path: str) -> str:
    r"""``path`` as it can be printed and written in UTF-8. A file name whose bytes are not
    UTF-8 (a Windows-1252 name from a zip: ``caf\xe9.yaml``) reaches Python with lone
    surrogates, which no report, JSON or terminal can encode: every format ended in an
    internal error. Its bytes that are not UTF-8 are shown as ``\xNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, directories replaced by the ``*.yaml``, ``*.yml`` and ``*.json`` files
    in them and in their subfolders (sorted by path; hidden folders such as ``.git`` and
    symlinked folders are not entered). Missing paths and folders with no proposal file are
    kept: they become error items, so nothing is skipped silently."""
    out: list[str] = []
    for raw in paths:
        path = os.fspath(raw)
        if path not in (STDIN, "") and Path(path).is_dir():  # "" is no name, not the cwd
            children = sorted(_proposal_files(Path(path)))
            out.extend(str(p) for p in children) if children else out.append(path)
        else:
            out.append(path)
    return out


def _proposal_files(folder: Path) -> Iterator[Path]:
    for top, dirs, files in os.walk(folder):  # symlinked folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            child = Path(top) / name
            # a link that cannot be followed (its file moved, or it names itself) is listed
            # too: reading it fails and says why, where is_file() alone skipped it silently
            # and a named pipe, which reading refuses with its reason (atk270 #8: skipped)
            if child.suffix.lower() in PROPOSAL_SUFFIXES and (
                child.is_file() or child.is_fifo() or (child.is_symlink() and not child.exists())
            ):
                yield child
