"""The blocking work behind the pages and the API: library calls only, run in a worker thread.

Each function takes what came over the wire (bytes, names, a date) and returns what goes
back; paracheck's typed errors pass through unchanged for the one handler that maps them to
HTTP (:mod:`paracheck.web.problems`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import paracheck

# media type → paracheck.render format
MEDIA_FORMATS: dict[str, str] = {
    "application/json": "json",
    "text/markdown": "markdown",
    "text/html": "html",
    "text/csv": "csv",
    "text/plain": "text",
    "application/pdf": "pdf",
}


def check_pack(pack: str | None) -> str | None:
    """Only shipped packs may be named over HTTP: a pack *path* would let a request read
    files on the server."""
    if pack is not None and pack not in paracheck.pack_names():
        raise paracheck.UsageError(
            f"no rule pack named {pack!r} (shipped packs: {', '.join(paracheck.pack_names())})"
        )
    return pack


def assess_text(
    data: bytes | str, source: str, *, pack: str | None = None, as_of: dt.date | None = None
) -> paracheck.Assessment:
    proposal = paracheck.load_proposal_text(data, source=source)
    return paracheck.assess(proposal, pack=check_pack(pack), as_of=as_of)


def render(result: paracheck.Assessment, fmt: str, lang: str) -> bytes:
    """The report as bytes (PDF is binary; every text format is UTF-8)."""
    if fmt == "json":
        return result.to_json_bytes()
    if fmt == "pdf":
        return paracheck.render_pdf(result, lang)
    out: Any = paracheck.render(result, fmt, lang=lang)
    return out if isinstance(out, bytes) else str(out).encode("utf-8")


def assess_and_render(
    data: bytes | str, source: str, fmt: str, lang: str, pack: str | None, as_of: dt.date | None
) -> tuple[paracheck.Assessment, bytes]:
    result = assess_text(data, source, pack=pack, as_of=as_of)
    return result, render(result, fmt, lang)


@dataclass(frozen=True)
class Compared:
    comparison: Any
    old: paracheck.Assessment
    new: paracheck.Assessment


def compare(
    old: bytes | str,
    new: bytes | str,
    old_name: str,
    new_name: str,
    *,
    pack: str | None = None,
    as_of: dt.date | None = None,
) -> Compared:
    """Both versions judged under one pack: the one the old version's date selects, unless a
    pack is named, so a what-if change is not confused with a change of regulation."""
    problems: list[Any] = []
    proposals = []
    for data, name in ((old, old_name), (new, new_name)):
        try:
            proposals.append(paracheck.load_proposal_text(data, source=name))
        except paracheck.InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise paracheck.InputError(problems)
    before = paracheck.assess(proposals[0], pack=check_pack(pack), as_of=as_of)
    after = paracheck.assess(proposals[1], pack=pack or before.pack.name, as_of=as_of)
    return Compared(paracheck.diff(before, after), before, after)


def pdf_available() -> bool:
    """Whether this paracheck can print PDF at all (``paracheck.render_pdf``); whether
    Chromium is installed shows when printing (a ``UsageError`` naming the install command)."""
    return callable(getattr(paracheck, "render_pdf", None))
