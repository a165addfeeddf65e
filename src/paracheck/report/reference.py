"""The committed rule reference (docs/rules/<pack>.md), generated from the packs themselves so
documentation and behaviour cannot drift (the yamllint habit, STYLE.md)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from paracheck.report import render_pack_reference
from paracheck.report.files import write_atomically


def reference_docs(names: Iterable[str] | None = None) -> dict[str, str]:
    """File name → Markdown for each shipped pack (or only ``names``: shipped names or pack
    files), each page named by the name its pack gives itself (attack 440 M2: a pack given by
    path was written as "<path>.md", next to the pack or into a folder that did not exist)."""
    from paracheck.rules.loader import load_pack, pack_names

    chosen = list(names) if names is not None else pack_names()
    packs = [load_pack(name) for name in chosen]
    # one page per name: two packs naming themselves alike would write one page, the other's
    # lost without a word (attack 462 M3); the same pack given twice is one page
    first: dict[str, tuple[str, str]] = {}  # a name → (as given, the file read)
    for given, pack in zip(chosen, packs, strict=True):
        named, source = first.setdefault(pack.name, (given, pack.source))
        if source != pack.source:
            from paracheck.errors import UsageError

            raise UsageError.of("usage.docs_same_name", name=pack.name, first=named, second=given)
    return {f"{pack.name}.md": render_pack_reference(pack) for pack in packs}


def write_reference_docs(
    directory: str | os.PathLike[str], names: Iterable[str] | None = None
) -> list[Path]:
    """Write every reference page into ``directory`` (created if needed); return the paths."""
    target = Path(directory)
    if target.exists() and not target.is_dir():  # mkdir would say "File exists", in English
        from paracheck.errors import UsageError, Words

        raise UsageError.of(
            "usage.cannot_write_in", folder=directory, reason=Words.of("usage.reason.is_file")
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file on the way (-o report.md/sub), no permission, …
        import errno

        from paracheck.errors import UsageError, Words
        from paracheck.report.files import reason

        said = (
            Words.of("usage.reason.file_on_the_way")
            if exc.errno in (errno.ENOTDIR, errno.EEXIST)
            else reason(exc)  # ENOENT here: the folder cannot be made (/proc/x)
        )
        raise UsageError.of("usage.cannot_write_in", folder=directory, reason=said) from None
    return [
        write_atomically(target / name, text)
        for name, text in sorted(reference_docs(names).items())
    ]
