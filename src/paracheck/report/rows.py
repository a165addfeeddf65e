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

from paracheck.engine.model import Assessment, Check
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
    recommendations = "; ".join(
        f"{label('stage', r.stage, lang)} / {r.owner}: {r.text.get(lang)}"
        for r in c.recommendations
    )
    return [
        cell(c.rule_id),
        c.domain,
        c.severity,
        c.status,
        c.likelihood,
        c.impact,
        # a score measures a risk: 0 where the check is not one (clear, unknown, waived)
        c.score if c.status == "risk" else 0,
        cell(c.title.get(lang)),
        cell(evidence),
        cell("; ".join(c.missing)),
        cell(recommendations),
        cell("; ".join(view.source_line(s, lang) for s in c.sources)),
    ]


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
