"""Which files a list of inputs names: folders expanded into the proposal files in them.

Apart from ``paracheck.batch`` so that ``paracheck validate`` (which expands folders exactly
as ``assess`` does) need not load the batch machinery to read one file.
"""

from __future__ import annotations

import os
import re
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
    symlinked folders are not entered, and a JSON report paracheck wrote there is no
    proposal, as a Markdown or HTML one is not: :func:`_own_report`). Missing paths and
    folders with no proposal file are kept: they become error items, so nothing is skipped
    silently."""
    out: list[str] = []
    for raw in paths:
        path = os.fspath(raw)
        if path not in (STDIN, "") and Path(path).is_dir():  # "" is no name, not the cwd
            children = sorted(_proposal_files(Path(path)))
            out.extend(str(p) for p in children) if children else out.append(path)
        else:
            out.append(path)
    return out


def distinct_inputs(paths: list[str]) -> list[str]:
    """``paths`` (as :func:`expand_inputs` gives them) with a file named again (a folder and
    a file in it, ``a.yaml`` and ``./a.yaml``) kept at its first place only: a batch
    assessed it and listed it two or three times in one summary (atk290 #8). Files are the
    same by their real path; standard input and an empty name are kept as given. Not done by
    :func:`expand_inputs`, whose answer keeps one entry per name given (``diff a.yaml
    a.yaml`` compares a file with itself)."""
    seen: set[str] = set()
    out = []
    for path in paths:
        if path in (STDIN, ""):
            out.append(path)
            continue
        try:
            key = os.path.realpath(path)
        except (OSError, ValueError):
            key = path
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _proposal_files(folder: Path) -> Iterator[Path]:
    for top, dirs, files in os.walk(folder):  # symlinked folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            child = Path(top) / name
            # a link that cannot be followed (its file moved, or it names itself) is listed
            # too: reading it fails and says why, where is_file() alone skipped it silently
            # and a named pipe, a socket or a device, which reading refuses with its reason
            # (atk270 #8, attack 440 L1: skipped, with no row in the batch's summary)
            if (
                child.suffix.lower() in PROPOSAL_SUFFIXES
                and (
                    child.is_file()
                    or child.is_fifo()
                    or child.is_socket()
                    or child.is_char_device()
                    or child.is_block_device()
                    or (child.is_symlink() and not child.exists())
                )
                and not _own_report(child)
            ):
                yield child


#: how a JSON report paracheck writes opens (``-f json``): one assessment's, a comparison's,
#: or a batch's, by its ``schema``
_OWN_REPORT = re.compile(rb'\A\s*\{\s*"schema"\s*:\s*"paracheck/(?:assessment|diff|batch)/')


def _own_report(path: Path) -> bool:
    """Whether ``path``, found in a folder, is a JSON report paracheck wrote: ``assess DIR
    -f json -o DIR/laporan.json`` put its report among the proposals, and every later run of
    the folder ended in exit 2 on it, the same command included (atk290 #1). Only a regular
    file is read (a named pipe would block), and only its first bytes."""
    if path.suffix.lower() != ".json" or not path.is_file():  # a named pipe is no file
        return False
    try:
        with path.open("rb") as handle:
            return _OWN_REPORT.match(handle.read(256)) is not None
    except OSError:
        return False
