"""CSV: one row per check, for spreadsheets and for comparing many proposals side by side.

Codes that a spreadsheet filters on (verdict, domain, severity, status) stay as the contract's
codes in every language; texts (title, evidence, recommendations, sources) follow ``lang``.
Values in ``evidence`` are written raw (``0``, ``2015-06-10``) so a spreadsheet can read them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from paracheck.engine.model import Assessment, Check, Source
from paracheck.report import escape, view
from paracheck.report.messages import label, message

COLUMNS = (
    "proposal",
    "source",
    "as_of",
    "pack",
    "verdict",
    "rule_id",
    "domain",
    "severity",
    "status",
    "likelihood",
    "impact",
    "score",
    "title",
    "evidence",
    "missing",
    "recommendations",
    "sources",
    "due",
)


def _raw(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:  # the common scalars without a trip through json.dumps (same text)
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _cells(c: Check, lang: str) -> list[object]:
    """A check's part of its row (after the columns that repeat the assessment's), each cell
    already made safe (:func:`escape.csv_cell`). The contract's codes (domain, severity,
    status) and the numbers are written as they are: no code or number starts a formula or
    holds a control character, so the cell would be the same."""
    cell = escape.csv_cell
    evidence = "; ".join(
        f"{e.path} = {_raw(e.value)}"
        + (f" ({message('line', lang, line=e.line)})" if e.line else "")
        for e in c.evidence
    )
    title, recommendations = _rule_cells(c, lang)
    return [
        cell(c.rule_id),
        c.domain,
        c.severity,
        c.status,
        c.likelihood,
        c.impact,
        # a score measures a risk: 0 where the check is not one (clear, unknown, waived)
        c.score if c.status == "risk" else 0,
        title,
        cell(evidence),
        cell("; ".join(c.missing)),
        recommendations,
        _sources_cell(c.sources, lang),
        # false: the check applies only from a later stage and was not judged ("clear" then
        # means nothing was found, not that the statement holds)
        "true" if c.due else "false",
    ]


# A rule's title, recommendations and sources are the same in every check of it: the engine
# builds each check from its compiled pack's prototype of the rule and shares those objects
# (engine/assess.py), so their cells are made once per rule and language and looked up by the
# objects' identity. Each entry holds the objects it was made from, so an id cannot be reused
# by another object while the entry lives; a check built elsewhere (rebuilt from JSON) simply
# misses. Never keyed by anything a proposal says.
_RULE_CELLS: dict[tuple[int, int, str], tuple[object, object, tuple[object, object]]] = {}
_SOURCE_CELLS: dict[tuple[tuple[int, ...], str], tuple[tuple[object, ...], object]] = {}
_TABLE_MAX = 4096


def _rule_cells(c: Check, lang: str) -> tuple[object, object]:
    """The title and recommendations cells of ``c``'s rule."""
    title, recs = c.title, c.recommendations
    key = (id(title), id(recs), lang)
    hit = _RULE_CELLS.get(key)
    if hit is not None and hit[0] is title and hit[1] is recs:
        return hit[2]
    text = "; ".join(
        f"{label('stage', r.stage, lang)} / {view.who(r, lang)}: {r.text.get(lang)}" for r in recs
    )
    cells = (escape.csv_cell(title.get(lang)), escape.csv_cell(text))
    if len(_RULE_CELLS) >= _TABLE_MAX:
        _RULE_CELLS.clear()
    _RULE_CELLS[key] = (title, recs, cells)
    return cells


def _sources_cell(sources: list[Source], lang: str) -> object:
    """The sources cell: the sources in force on the date judged, each a rule's own object
    (the list itself is the rule's, or a selection of it made per date)."""
    key = (tuple(map(id, sources)), lang)
    hit = _SOURCE_CELLS.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], sources, strict=True)):
        return hit[1]
    cell = escape.csv_cell("; ".join(view.source_line(s, lang) for s in sources))
    if len(_SOURCE_CELLS) >= _TABLE_MAX:
        _SOURCE_CELLS.clear()
    _SOURCE_CELLS[key] = (tuple(sources), cell)
    return cell


def header() -> str:
    """The CSV's first line: the column names."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(COLUMNS)
    return buffer.getvalue()


def body(assessments: Iterable[Assessment], lang: str) -> str:
    """One line per check of each assessment, without the header (a batch writes the header
    once, then each proposal's lines as they come)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    cell = escape.csv_cell
    for a in assessments:
        # the columns that repeat the assessment are made safe once, not once per check
        head = [cell(x) for x in (a.proposal.title, a.proposal.source, a.as_of.isoformat())]
        head += [cell(a.pack.name), cell(a.verdict)]
        writer.writerows([*head, *_cells(c, lang)] for c in a.checks)
    return buffer.getvalue()


def rows(assessments: Iterable[Assessment], lang: str) -> str:
    """The header, then one line per check of each assessment."""
    return header() + body(assessments, lang)
