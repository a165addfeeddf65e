"""The blocking work behind the pages and the API: library calls only.

Most of it runs in a worker thread (:mod:`paracheck.web.work`); an API assessment known to be
short by its size (:func:`is_quick`) runs on the event loop instead, see ``api.assess``.

Each function takes what came over the wire (bytes, names, a date) and returns what goes
back; paracheck's typed errors pass through unchanged for the one handler that maps them to
HTTP (:mod:`paracheck.web.problems`).
"""

from __future__ import annotations

import datetime as dt
import json
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
        raise paracheck.UsageError.of(
            "usage.no_pack",
            name=repr(pack),
            known=", ".join(paracheck.pack_names()),
            option="pack",
            value=pack,
            choices=tuple(paracheck.pack_names()),
        )
    return pack


def assess_proposal(
    proposal: paracheck.Proposal, fmt: str, lang: str, pack: str | None, as_of: dt.date | None
) -> bytes:
    """A read proposal assessed and its report rendered in ``fmt``."""
    return render(paracheck.assess(proposal, pack=check_pack(pack), as_of=as_of), fmt, lang)


def assess_text(
    data: bytes | str,
    source: str,
    fmt: str,
    lang: str,
    pack: str | None,
    as_of: dt.date | None,
    syntax: str | None = None,
) -> bytes:
    """The bytes of a proposal file read, assessed and rendered in ``fmt`` (``syntax="json"``
    for a body sent as JSON)."""
    proposal = paracheck.load_proposal_text(data, source=source, syntax=syntax)
    return assess_proposal(proposal, fmt, lang, pack, as_of)


def render(result: paracheck.Assessment, fmt: str, lang: str) -> bytes:
    """The report as bytes (PDF is binary; every text format is UTF-8). JSON is the library's
    own contract bytes, sent as they are: nothing re-validates or re-serialises them."""
    if fmt == "json":
        return result.to_json_bytes()
    if fmt == "pdf":
        return paracheck.render_pdf(result, lang)
    out: Any = paracheck.render(result, fmt, lang=lang)
    return out if isinstance(out, bytes) else str(out).encode("utf-8")


QUICK_BODY = 16 * 1024
"""Largest body read on the event loop (bytes). Reading is linear in the body: the worst
16 KiB (about 1,000 one-line sectors) takes ~10 ms of CPU to read on the project's machine."""
QUICK_ITEMS = 32
"""Most sectors + programmes + accepted risks of a proposal assessed on the event loop. An
assessment's cost grows with these items (the NTB example, 14 items: ~5 ms of CPU for reading,
assessing and the JSON; 32 items: ~9 ms); everything else in a proposal is bounded by rules."""


def is_quick(proposal: paracheck.Proposal) -> bool:
    """Whether assessing ``proposal`` is known to be short (see :data:`QUICK_ITEMS`)."""
    sectors = proposal.sectors or []
    items = len(sectors) + len(proposal.accepted_risks or [])
    items += sum(len(sector.programs or []) for sector in sectors)
    return items <= QUICK_ITEMS


@dataclass(frozen=True)
class Compared:
    comparison: Any
    old: paracheck.Assessment
    new: paracheck.Assessment


def _version(data: bytes | str | dict[str, Any], name: str) -> paracheck.Proposal:
    """One version of a comparison: a file's text, with its lines and columns; or a proposal
    sent as a JSON object inside the request, read as the same JSON (same limits, same
    problems) but placed by field alone, since its lines are the program's, not a file's."""
    if isinstance(data, dict):
        text = json.dumps(data, ensure_ascii=False, indent=1)
        return paracheck.load_proposal_text(text, source=name, lines=False, syntax="json")
    return paracheck.load_proposal_text(data, source=name)


def compare(
    old: bytes | str | dict[str, Any],
    new: bytes | str | dict[str, Any],
    old_name: str,
    new_name: str,
    *,
    pack: str | None = None,
    as_of: dt.date | None = None,
) -> Compared:
    """Each version judged under the regulation in force on its own date, as ``paracheck
    diff`` judges them, or both under ``pack`` when one is named; the comparison says which
    (:func:`paracheck.diff_view`'s ``rules``). Both under the old version's pack judged a 2023
    version by the revoked 2008 rules without a word (wording review 15), and the command
    line answered otherwise for the same pair."""
    problems: list[Any] = []
    proposals = []
    for data, name in ((old, old_name), (new, new_name)):
        try:
            proposals.append(_version(data, name))
        except paracheck.InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise paracheck.InputError(problems)
    before = paracheck.assess(proposals[0], pack=check_pack(pack), as_of=as_of)
    after = paracheck.assess(proposals[1], pack=check_pack(pack), as_of=as_of)
    return Compared(paracheck.diff(before, after, (proposals[0], proposals[1])), before, after)


def pdf_available() -> bool:
    """Whether this paracheck can print PDF at all (``paracheck.render_pdf``); whether
    Chromium is installed shows when printing (a ``UsageError`` naming the install command)."""
    return callable(getattr(paracheck, "render_pdf", None))
