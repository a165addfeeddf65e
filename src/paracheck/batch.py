"""Assessing many proposals at once, and the batch document: one result or one error per
input, in input order.

A reviewer comparing a dozen proposals needs every file accounted for: a broken file becomes
an item carrying its problems, never a gap in the table. Files are assessed in a process pool
(the engine is CPU-bound and each worker keeps its compiled packs for all the files it gets);
a single file, or standard input, is assessed in the calling process.

This module owns the batch format in every output format: what comes before the reports,
each report, what separates them, and the summary table and error list at the end (built
once here, from neutral :class:`BatchRow` s, for every format). :func:`stream` renders each
report in the worker that assessed it; the caller only writes the pieces in input order as
they arrive and keeps one small row per file, so memory stays flat however many files there
are.

Workers start with ``fork`` when the calling process has run no assessment and runs no other
thread (a forked child must not inherit an engine state or a running thread), else with
``spawn``; see :func:`_pool_context`. Before a ``fork``, the calling process compiles the
shipped packs and loads what every worker would otherwise load alike (:func:`_warm`), once
for all of them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from paracheck.errors import InputError, PackError, Problem, UsageError, Words, problem
from paracheck.inputs import STDIN, expand_inputs, shown_name

if TYPE_CHECKING:  # the engine's models load with the first assessment, not with the CLI
    import multiprocessing.context

    from paracheck.engine.model import Assessment
    from paracheck.facts.model import Proposal

BATCH_SCHEMA = "paracheck/batch/v1"
#: what a batch can be written as (PDF is printed from the HTML batch)
BATCH_FORMATS: tuple[str, ...] = ("text", "markdown", "json", "html", "csv")


class Summary(msgspec.Struct, frozen=True):
    """What a summary table and an exit code need of one result, without the whole of it."""

    title: str
    verdict: str
    score: int
    top_risks: tuple[str, ...]  # highest score first, then severity, then engine.model.tie_order
    risk_severities: tuple[str, ...]  # severity of every check whose status is risk
    unknown_severities: tuple[str, ...] = ()  # … and of every check whose status is unknown
    notices: tuple[str, ...] = ()  # the codes of the assessment's notices (mou_expired, …)
    #: each notice's short words (id, en) where the assessment gives them, else ("", "")
    notes: tuple[tuple[str, str], ...] = ()
    #: the worst verdict answering the open questions could bring, where it is worse than
    #: ``verdict`` ("" otherwise), and the open checks that could bring it, as the memo says
    #: them (:meth:`Assessment.worse_possible`): "Risiko tinggi" alone hid which files could
    #: be blocked (practitioner trial 27 U1)
    worst: str = ""
    worst_because: tuple[str, ...] = ()
    #: what a head of bureau ranks the files of one verdict by (practitioner trial 29 M3:
    #: four of five files "Risiko tinggi", the rows bare codes): the proposal's stage and the
    #: date it was judged on; each top risk in a few words (id, en: the rule's saran_label
    #: or its title, ``report.advice.finding_words``) and its score; how many risks the file
    #: has (of severity above info); whether its MoU's term has ended (a ``mou_expired``
    #: notice) and how many programmes the file records as running after that
    stage: str = ""
    as_of: dt.date | None = None
    top_words: tuple[tuple[str, str], ...] = ()
    top_scores: tuple[int, ...] = ()
    risk_count: int = 0
    lapsed: bool = False
    running: int = 0
    #: how many risks the file has of its verdict's own level (the high risks of a "Risiko
    #: tinggi" file), which the summary table ranks by (:func:`table_order`, criterion 3):
    #: counted here, since the rows the table keeps drop the severities (:meth:`BatchRow.
    #: for_table`), which left every file's count at 0 (ministry trial 470 H1: two high
    #: risks ranked above five)
    level_risks: int = 0

    @classmethod
    def of(cls, a: Assessment, n: int = 3) -> Summary:
        from paracheck.engine.model import SEVERITY_RANK, tie_order
        from paracheck.report import advice, view

        risks = sorted(
            (c for c in a.checks if c.status == "risk"),
            key=lambda c: (-c.score, SEVERITY_RANK[c.severity], tie_order(c)),
        )
        # the top risks leave out an item of severity info, as the memo's "Risiko utama"
        # does (report.view.headline_risks; trial 26 U2)
        weighed = [c for c in risks if c.severity != "info"]
        top = weighed[:n]
        worst, causing, _ = a.worse_possible()
        texts = view.saran_labels(a.pack.name) if top else {}
        expired = [notice for notice in a.notices if notice.code == "mou_expired"]
        return cls(
            a.proposal.title,
            a.verdict,
            a.score,
            tuple(c.rule_id for c in top),
            tuple(c.severity for c in risks),
            tuple(c.severity for c in a.checks if c.status == "unknown"),
            tuple(n.code for n in a.notices),
            tuple((n.short.id, n.short.en) if n.short else ("", "") for n in a.notices),
            worst or "",
            tuple(causing),
            a.proposal.stage or "",
            a.as_of,
            tuple(
                (advice.finding_words(c, texts, "id"), advice.finding_words(c, texts, "en"))
                for c in top
            ),
            tuple(c.score for c in top),
            len(weighed),
            bool(expired),
            sum(len(notice.running or ()) for notice in expired),
            sum(1 for c in risks if c.severity == _VERDICT_LEVEL.get(a.verdict)),
        )

    @property
    def top_score(self) -> int:
        """The highest score of a single risk of the file (0 without one)."""
        return self.top_scores[0] if self.top_scores else 0

    def fails(self, on: str | None = None, on_unknown: str | None = None) -> bool:
        """:meth:`Assessment.fails` from the summary alone (see ``engine.model.fails``)."""
        from paracheck.engine.model import fails

        return fails(self.risk_severities, self.unknown_severities, on, on_unknown)


class BatchRow(msgspec.Struct, frozen=True):
    """One input's line in a batch: what the summary table, the error list and the exit code
    need, the same for every format (the report itself is not kept)."""

    source: str
    summary: Summary | None
    problems: tuple[Problem, ...] = ()
    #: the problem is paracheck's, not the file's (an internal error or a crash)
    internal: bool = False

    @property
    def ok(self) -> bool:
        return self.summary is not None

    def for_table(self) -> BatchRow:
        """This row without what only the exit code needs (the severities of every risk and
        unknown): what the end of a batch keeps of each file until the summary is written.

        Its words and codes are the ones other rows hold (a rule's few words, its code, a
        verdict), each received from a worker as a new object: they are kept as one shared
        object each (:func:`_shared_value`), so the kept rows grow by the file's own parts
        only. A row took ~1.8 KB, ~19 MB over 10,000 files, most of it the top risks' words
        repeated (benchmarks/run.py's batch memory, +15.9 MiB against a 16 MiB bound)."""
        s = self.summary
        if s is None:
            return self
        slim = msgspec.structs.replace(
            s,
            verdict=_shared_value(s.verdict),
            top_risks=_shared_value(s.top_risks),
            risk_severities=(),
            unknown_severities=(),
            notices=_shared_value(s.notices),
            notes=_shared_value(s.notes),
            worst=_shared_value(s.worst),
            worst_because=_shared_value(s.worst_because),
            stage=_shared_value(s.stage),
            top_words=tuple(_shared_value(pair) for pair in s.top_words),
            top_scores=_shared_value(s.top_scores),
        )
        return BatchRow(self.source, slim, self.problems, self.internal)


#: the values kept rows share (:meth:`BatchRow.for_table`): each distinct word, code or tuple of
#: them once; bounded by the packs' vocabulary, except notes, which repeat across files
_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 65_536


def _shared_value(value: Any) -> Any:
    """``value``, or an equal one kept already: rows keep one object per distinct value."""
    kept = _SHARED.get(value)
    if kept is not None:
        return kept
    if len(_SHARED) < _SHARED_MAX:
        # a tuple's items first, so a new combination of known codes shares them too
        if type(value) is tuple:
            value = tuple(_SHARED.setdefault(item, item) for item in value)
        _SHARED[value] = value
    return value


class BatchItem:
    """The outcome for one input: its assessment, or the problems that stopped it.

    A worker process sends its result as JSON (or as the report it rendered, see
    :func:`stream`) with a summary; the assessment is rebuilt in the caller only when
    something reads it, so a batch written as JSON, or only summarised, never pays for
    rebuilding thousands of models per proposal.
    """

    def __init__(
        self,
        source: str,
        assessment: Assessment | None = None,
        problems: tuple[Problem, ...] = (),
        *,
        json_bytes: bytes | None = None,
        summary: Summary | None = None,
        internal: bool = False,
        piece: bytes | None = None,
        proposal: Proposal | None = None,
    ) -> None:
        self.source = shown_name(source)
        #: the proposal assessed, where it was read in this process (not sent by a worker):
        #: ``paracheck diff`` compares the two files' input facts with it
        self.proposal = proposal
        self.problems = tuple(problems)
        #: the problem is paracheck's, not the file's (an internal error or a crash)
        self.internal = internal
        self._assessment = assessment
        self._json = json_bytes
        #: this input's report as rendered by the worker for :func:`stream`
        self.piece = piece
        if summary is None and assessment is not None:
            summary = Summary.of(assessment)
        self.summary = summary

    @property
    def row(self) -> BatchRow:
        """The neutral row of this item (summary table, errors, exit code)."""
        return BatchRow(self.source, self.summary, self.problems, self.internal)

    @property
    def assessment(self) -> Assessment | None:
        if self._assessment is None and self._json is not None:
            from paracheck.engine.model import Assessment

            self._assessment = Assessment.from_trusted_json(self._json)
        return self._assessment

    @property
    def ok(self) -> bool:
        return self.summary is not None

    def json_bytes(self) -> bytes | None:
        """The assessment's contract JSON (compact, UTF-8), without rebuilding the assessment
        when a worker sent it as JSON."""
        if self._json is not None:
            return self._json
        return self._assessment.to_json_bytes() if self._assessment else None

    def __repr__(self) -> str:
        state = "ok" if self.ok else f"{len(self.problems)} problem(s)"
        return f"BatchItem({self.source!r}, {state})"


def assess_file(path: str, pack: str | None = None, as_of: dt.date | None = None) -> BatchItem:
    """Load and assess one proposal; whatever stops it becomes the item's problems.

    Input problems found while loading or while assessing (a waiver naming a rule the pack
    lacks) are the file's; any other failure on this file is an internal error, reported on
    the item (``internal``) so the rest of the batch still runs. Only a usage error or a bad
    user pack is raised: those concern the whole run, not this file.
    """
    try:
        return _assess_file(path, pack, as_of)
    except (UsageError, PackError):
        raise
    except InputError as err:
        return BatchItem(path, problems=tuple(err.problems))
    except Exception as err:  # one file's failure must not end the batch
        return internal_item(path, f"{type(err).__name__}: {err}")


def internal_item(path: str, what: str) -> BatchItem:
    """An error item for a file paracheck failed on (not the file's fault)."""
    what = what if len(what) <= 300 else what[:299] + "…"
    return BatchItem(
        path,
        problems=(
            problem(shown_name(path), None, None, "", Words.of("batch.internal", what=what)),
        ),
        internal=True,
    )


def _assess_file(path: str, pack: str | None, as_of: dt.date | None) -> BatchItem:
    import paracheck

    try:
        # a folder expand_inputs kept holds no proposal file: said so, as validate says it
        proposal = paracheck.load_proposal_or_folder(path)
    except InputError as err:
        return BatchItem(path, problems=tuple(err.problems))
    except OSError as err:
        from paracheck.facts.loader import reason_words

        words = Words.of("file.unreadable", reason=reason_words(err))
        return BatchItem(path, problems=(problem(shown_name(path), None, None, "", words),))
    assessment = paracheck.assess(proposal, pack=pack, as_of=as_of)
    return BatchItem(path, assessment=assessment, proposal=proposal)


# --- the batch document, format by format ----------------------------------------------------
# head · report · [separator · report …] · tail. Reports are rendered where they are assessed
# (a worker); head and tail are built here, once, from the neutral rows.

#: stands for a report's position in an HTML batch until the parent knows it (a worker does
#: not know how many earlier files failed); replaced once, in the report's first line
INDEX_MARK = "\x00"


def numbered_html(piece: bytes, number: int) -> bytes:
    """A worker's HTML report as the ``number``-th of its batch: its section's anchor, and
    from the second report on its check anchors and the links to them (``#check-BUD-001``
    → ``#report-2-check-BUD-001``). Every report wrote the same anchors, so a click in the
    third report's risk list jumped to the first report's check (atk24). The quoted
    ``href="#check-`` and ``id="check-`` occur in markup only: a text's quotes are escaped."""
    piece = piece.replace(INDEX_MARK.encode(), str(number).encode(), 1)
    if number > 1:
        own = f"report-{number}-check-".encode()
        piece = piece.replace(b'href="#check-', b'href="#' + own)
        piece = piece.replace(b'id="check-', b'id="' + own)
    return piece


def check_style(fmt: str, lang: str) -> None:
    """A :class:`UsageError` for a format or language a batch cannot be written in, before
    any file is read."""
    from paracheck.report.messages import check_lang

    if fmt not in BATCH_FORMATS:
        raise UsageError.of(
            "usage.unknown_format",
            given=repr(fmt),
            choices_text=", ".join(BATCH_FORMATS),
            option="format",
            value=fmt,
            choices=BATCH_FORMATS,
        )
    check_lang(lang)


def render_piece(a: Assessment, fmt: str, lang: str, color: bool, width: int | None) -> bytes:
    """One assessment's part of a batch document (run in the worker that assessed it)."""
    if fmt == "json":
        return a.to_json_bytes()
    if fmt == "csv":
        from paracheck.report import rows

        return rows.body([a], lang).encode("utf-8")
    if fmt == "text":
        from paracheck.report import text

        return text.batch_report(a, lang, color=color, width=text.fit_width(width)).encode()
    if fmt == "markdown":
        from paracheck.report import markdown

        return (markdown.report(a, lang) + "\n---\n\n").encode("utf-8")
    from paracheck.report import html

    return html.report_bytes(a, lang, INDEX_MARK)


def _prepare(fmt: str, lang: str, summary_only: bool) -> None:
    """Load the renderer ``fmt`` needs (for HTML: compile the page head's template and draw
    the heat map's fixed parts) in this process, before any worker starts.

    This process needs it anyway for the head and end of the batch; a worker started with
    ``fork`` inherits it instead of loading it again (tens of milliseconds in every worker).
    A ``spawn``ed worker loads its own in :func:`_start_worker`.
    """
    if fmt == "markdown":
        import paracheck.report.markdown
    elif fmt == "html":
        import paracheck.report.html
        from paracheck.report import documents

        documents.HTML.get_template("report.html.j2")
        if not summary_only:
            documents.heat_map_parts(lang)
    elif fmt == "text":
        import paracheck.report.text  # noqa: F401


def _head(fmt: str, lang: str, summary_only: bool, width: int | None = None) -> bytes:
    """The start of the batch document, before the first report. In text, Markdown and HTML
    it points to the summary at the end (trial26 U5: "# Ringkasan penilaian" was line 1734 of
    1750, and the reader saw the first memo, not the ranking). The summary itself cannot come
    first: its table is ordered by verdict, so it needs every file's result, and the reports
    are written as each is assessed, keeping memory flat (only one small row per file)."""
    if fmt in ("text", "markdown", "html") and not summary_only:
        from paracheck.report.messages import message

        title = message("title.batch", lang)
        if fmt == "text":
            import textwrap

            from paracheck.report import text

            pointer = message("batch.summary_at_end", lang, link="")
            return f"{textwrap.fill(pointer, text.fit_width(width))}\n\n".encode()
        if fmt == "markdown":
            link = f" ([{title}](#{_anchor(title)}))"
            return f"*{message('batch.summary_at_end', lang, link=link)}*\n\n".encode()
        from paracheck.report import documents

        link = f' (<a href="#summary">{title}</a>)'
        pointer = message("batch.summary_at_end", lang, link=link)
        return (documents.html_batch_head(lang) + f'<p class="note">{pointer}</p>\n').encode()
    if fmt == "json" and not summary_only:
        return (
            json.dumps({"schema": BATCH_SCHEMA}, ensure_ascii=False)[:-1] + ',\n"results": [\n'
        ).encode("utf-8")
    if fmt == "csv":
        from paracheck.report import rows

        return rows.header().encode("utf-8")
    if fmt == "html":
        from paracheck.report import documents

        return documents.html_batch_head(lang).encode("utf-8")
    return b""


def _anchor(heading: str) -> str:
    """The anchor a Markdown viewer gives a heading ("Ringkasan penilaian" →
    "ringkasan-penilaian")."""
    return "-".join(heading.lower().split())


def _tail(
    rows: Sequence[BatchRow],
    fmt: str,
    lang: str,
    color: bool,
    width: int | None,
    summary_only: bool,
) -> Iterator[bytes]:
    """The end of the batch document — summary table, errors — in pieces where the format
    allows it (JSON, Markdown, HTML, plain text), so the end of 10,000 files is not one
    string."""
    if fmt == "json":
        yield from _json_tail(rows, summary_only)
        return
    if fmt == "csv":  # a broken file's rows are in place (``error`` rows); no summary
        return
    rows = table_order(rows)
    if fmt == "text":
        from paracheck.report import text

        for piece in text.batch_summary_pieces(rows, lang, color, text.fit_width(width)):
            yield piece.encode("utf-8")
    elif fmt == "markdown":
        from paracheck.report import markdown

        for piece in markdown.summary(rows, lang):
            yield piece.encode("utf-8")
    else:
        from paracheck.report import html

        for piece in html.summary(rows, lang):
            yield piece.encode("utf-8")


#: a summary table's verdicts, the most serious first: a file that could not be assessed
#: (to correct before anything can be said of it), then ``incomplete`` before ``low_risk``
#: (nothing above low is confirmed, but questions are open)
_TABLE_ORDER = {None: 0, "blocked": 1, "high_risk": 2, "medium_risk": 3, "incomplete": 4}


#: the level of risk each verdict is set by (:func:`table_order`)
_VERDICT_LEVEL = {
    "blocked": "blocker",
    "high_risk": "high",
    "medium_risk": "medium",
    "low_risk": "low",
}


def table_order(rows: Sequence[BatchRow]) -> list[BatchRow]:
    """The rows of a summary table a person reads (text, Markdown, HTML): by verdict, the
    most serious first; within one verdict, what needs acting on first (README, "The batch
    summary's order"):

    1. a lapsed MoU with programmes the file records as still running: activity today with
       no agreement in force, which the head of region must decide on now (a new MoU or a
       formal end), whatever else the file holds;
    2. any other lapsed MoU: the same decision is owed, with nothing running on it;
    3. the number of risks of the verdict's own level (the high risks of a "Risiko tinggi"
       file): three high findings before one (trial 430 M6: one high risk scored 20, the
       DPRD's approval already given late, ranked above a file with three high risks scored
       16 and fourteen risks in all);
    4. the highest score of a single risk: the worst finding decides how urgent a file is
       (trial 29 M3: a sum ranked a 13-year-old file of many findings above the one
       partnership running today on an expired MoU);
    5. the number of risks: of two files with the same worst finding, the one with more
       to follow up;
    6. the sum of the scores, then input order.

    A file's sum alone ranked a file of many medium risks above one with a high risk
    (newcomer trial 23, M2). The JSON ``summary`` and the CSV rows keep the input order that
    tools read them in."""

    def key(row: BatchRow) -> tuple[int, ...]:
        s = row.summary
        if s is None:
            return (_TABLE_ORDER[None],)
        return (
            _TABLE_ORDER.get(s.verdict, len(_TABLE_ORDER)),
            0 if s.running else 1,
            0 if s.lapsed else 1,
            -s.level_risks,
            -s.top_score,
            -s.risk_count,
            -s.score,
        )

    return sorted(rows, key=key)


def summary_json(rows: Sequence[BatchRow]) -> list[dict[str, Any]]:
    """The ``summary`` of a ``paracheck/batch/v1`` document: one entry per input."""
    return [_summary_entry(row) for row in rows]


def _summary_entry(row: BatchRow) -> dict[str, Any]:
    """One input's ``summary`` entry. After ``error``, additive in ``paracheck/batch/v1``
    (fix34d; the human summary showed them, the JSON did not): what a row is ranked and
    read by — the stage and the date judged on, each top risk in words with its score, how
    many risks, whether the MoU has lapsed and how many programmes run on it, the notices
    with their short words."""
    s = row.summary
    return {
        "source": row.source,
        "title": s.title if s else None,
        "verdict": s.verdict if s else None,
        "score": s.score if s else None,
        "top_risks": list(s.top_risks) if s else [],
        "worst_verdict": (s.worst or None) if s else None,
        "worst_because": list(s.worst_because) if s else [],
        "error": str(row.problems[0]) if s is None and row.problems else None,
        "stage": (s.stage or None) if s else None,
        "as_of": s.as_of.isoformat() if s and s.as_of else None,
        "top_risk_words": _top_risk_words(s) if s else [],
        "risk_count": s.risk_count if s else None,
        "mou_lapsed": s.lapsed if s else None,
        "running_after_lapse": s.running if s else None,
        "notices": [
            {
                "code": code,
                "id": _nth(s.notes, i, _NO_WORDS)[0] or None,
                "en": _nth(s.notes, i, _NO_WORDS)[1] or None,
            }
            for i, code in enumerate(s.notices)
        ]
        if s
        else [],
    }


_NO_WORDS = ("", "")


def _nth(values: tuple[Any, ...], i: int, default: Any) -> Any:
    return values[i] if i < len(values) else default


def _top_risk_words(s: Summary) -> list[dict[str, Any]]:
    """Each top risk with its score and its few words in both languages (null where a
    summary made without them has none)."""
    said = []
    for i, rule_id in enumerate(s.top_risks):
        words = _nth(s.top_words, i, _NO_WORDS)
        said.append(
            {
                "rule_id": rule_id,
                "score": _nth(s.top_scores, i, None),
                "id": words[0] or None,
                "en": words[1] or None,
            }
        )
    return said


SUMMARY_CHUNK = 256
"""Summary entries written per piece at the end of a JSON batch."""


def _json_tail(rows: Sequence[BatchRow], summary_only: bool) -> Iterator[bytes]:
    """The end of a JSON batch document — errors and the summary — in pieces, the same bytes
    as ``json.dumps`` of the whole with ``indent=2``: each entry is dumped alone and indented
    to its depth (JSON strings hold no raw newline, so lines can be indented one by one). At
    10,000 files the whole summary as one string cost the writing process ~15 MiB at the end
    (benchmarks/run.py's batch memory)."""
    if summary_only:
        frame = json.dumps({"schema": BATCH_SCHEMA, "summary": []}, ensure_ascii=False, indent=2)
        start = ""
    else:
        frame = json.dumps(
            {"errors": errors_json(rows), "summary": []}, ensure_ascii=False, indent=2
        )
        start, frame = "\n],", frame[1:]
    if not rows:
        yield f"{start}{frame}\n".encode()
        return
    opened = frame.removesuffix("[]\n}") + "[\n"  # the frame ends with '"summary": []\n}'
    yield f"{start}{opened}".encode()
    for first in range(0, len(rows), SUMMARY_CHUNK):
        entries = (
            json.dumps(_summary_entry(row), ensure_ascii=False, indent=2).replace("\n", "\n    ")
            for row in rows[first : first + SUMMARY_CHUNK]
        )
        lead = ",\n    " if first else "    "
        yield (lead + ",\n    ".join(entries)).encode("utf-8")
    yield b"\n  ]\n}\n"


def errors_json(rows: Sequence[BatchRow]) -> list[dict[str, Any]]:
    """The ``errors`` of a ``paracheck/batch/v1`` document: every problem of every failed
    input."""
    return [
        {
            "source": row.source,
            "problems": [
                {
                    "file": p.file,
                    "line": p.line,
                    "column": p.column,
                    "path": p.path,
                    "message": p.message,
                }
                for p in row.problems
            ],
        }
        for row in rows
        if not row.ok
    ]


def document(
    items: Iterable[BatchItem],
    fmt: str,
    lang: str = "id",
    *,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
    on_row: Callable[[BatchRow], None] | None = None,
) -> Iterator[bytes]:
    """The batch document as UTF-8 pieces, from items in input order; an item's report is its
    ``piece`` when a worker rendered it, else rendered here. Only the rows are kept."""
    check_style(fmt, lang)
    summary_only = summary_only and fmt != "csv"  # CSV has no summary table: its rows stay
    yield _head(fmt, lang, summary_only, width)
    rows: list[BatchRow] = []
    number = 0
    for item in items:
        row = item.row
        rows.append(row.for_table())
        if on_row is not None:
            on_row(row)
        if fmt == "csv" and not item.ok:
            # a spreadsheet lists the file that could not be assessed among the others
            from paracheck.report import rows as csv_rows

            yield csv_rows.error_rows(item.source, item.problems, lang).encode("utf-8")
            continue
        if summary_only or not item.ok:
            continue
        piece = item.piece
        if piece is None:
            piece = (
                item.json_bytes() or b""
                if fmt == "json"
                else render_piece(item.assessment, fmt, lang, color, width)  # type: ignore[arg-type]
            )
        number += 1
        if fmt == "html":
            piece = numbered_html(piece, number)
        elif fmt == "json" and number > 1:
            yield b",\n"
        yield piece
    yield from _tail(rows, fmt, lang, color, width, summary_only)


# --- assessing: in workers, or in this process ------------------------------------------------

#: what a worker renders besides assessing: (format, language, colour, width, summary only),
#: or None to send the contract JSON back (``assess_many``)
Style = tuple[str, str, bool, "int | None", bool]
Job = tuple[str, "str | None", "dt.date | None", "Style | None"]


def _start_worker(fmt: str | None = None) -> None:
    """Compile the shipped packs once per worker (and load the renderer it will use), then
    exempt them from garbage collection. A forked worker finds all of it done (:func:`_warm`).

    A worker allocates thousands of short-lived objects per proposal; every full collection
    would otherwise walk the long-lived compiled packs and models again (about a third of
    the time per proposal, measured). ``gc.freeze`` is safe here: the worker process is ours.

    The youngest generation's threshold is raised too (:data:`WORKER_GC_THRESHOLD`): an
    assessment and its report hold tens of thousands of container objects at once, freed by
    reference counting when the file is done, so at the default threshold (700) the collector
    ran about once per file over objects that were about to be freed anyway, and moved them
    into older generations to be walked again (~0.4 ms of a ~9 ms file, measured with
    ``gc.callbacks``). The little cyclic garbage a file leaves (about one object per file) is
    still collected once that many have accumulated, so memory stays flat.
    """
    import gc

    _warm(fmt)
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


#: a worker's threshold for the collector's youngest generation (:func:`_start_worker`)
WORKER_GC_THRESHOLD = 20_000


def _warm(fmt: str | None) -> None:
    """Load what every worker needs before its first file: the shipped packs compiled, the
    modules an assessment imports on first use, the long date form of each language (Babel's
    locale data, read by the notices), and the renderer of ``fmt``.

    Run by each worker, and first by the calling process when the workers are forked from
    it: then it is done once and shared with every worker (copy-on-write) instead of done in
    each (~0.1–0.2 s of CPU a worker: the two packs read back from the disk cache and
    compiled into the engine, ~50 ms of first-use loading). No assessment runs here, so the
    process may still be forked (:func:`_pool_context`).
    """
    import paracheck.facts.loader
    import paracheck.facts.questions
    from paracheck.engine.compiler import compiled
    from paracheck.facts import labels, reference
    from paracheck.facts.labels import long_date
    from paracheck.report import advice, formatting, view  # noqa: F401  (Summary.of: top risks)
    from paracheck.rules.loader import actor_eras, all_packs

    for pack in all_packs():
        compiled(pack)
        view.saran_labels(pack.name)  # each pack's words for its findings, found once
    for lang in ("id", "en"):
        long_date(_A_DAY, lang)
        formatting.money(1, lang)  # Babel's number facts, read back from the disk cache
    # the shipped tables an assessment reads on first use (the partners' tiers, diplomatic
    # relations, languages and names, the regions under special autonomy, the field labels, the
    # questions, the actor glossary's eras): read once here instead of once in each worker
    # after the fork (five to eight disk-cache reads a worker, seen with strace)
    reference.tier_countries()
    reference.diplomatic_relations("ID")
    reference.main_language("ID")
    reference.special_autonomy("Indonesia")
    labels.language_name("id", "id")
    labels.country_name("ID", "id")
    labels.field_labels()
    paracheck.facts.questions.question_for("budget.apbd_allocation_idr")
    actor_eras()
    if fmt == "markdown":  # (the contract JSON needs nothing more: msgspec writes it)
        import paracheck.report.markdown
    elif fmt == "html":
        import paracheck.report.html
    elif fmt == "text":
        import paracheck.report.text


#: any day: :func:`_warm` writes it in each language to load that language's date form
_A_DAY = dt.date(2000, 1, 1)


def _run_job(job: Job) -> BatchItem:
    """Assess one file and, for :func:`stream`, render its report; any failure becomes the
    item's problems (see :func:`assess_file`)."""
    path, pack, as_of, style = job
    item = assess_file(path, pack, as_of)
    if style is None or not item.ok:
        return item
    fmt, lang, color, width, summary_only = style
    if summary_only:
        return BatchItem(item.source, problems=item.problems, summary=item.summary)
    try:
        piece = render_piece(item.assessment, fmt, lang, color, width)  # type: ignore[arg-type]
    except Exception as err:  # one report's failure must not end the batch
        return internal_item(path, f"{type(err).__name__}: {err}")
    return BatchItem(item.source, problems=item.problems, summary=item.summary, piece=piece)


def _run_jobs(jobs: list[Job]) -> list[BatchItem]:
    """Worker side: several files per round trip; an ``assess_many`` result travels as JSON
    plus its summary (cheap to send and to receive), a rendered one as its report."""
    out = []
    for job in jobs:
        item = _run_job(job)
        if job[3] is None and item.ok and item.piece is None:
            a = item.assessment
            assert a is not None
            item = BatchItem(
                item.source,
                problems=item.problems,
                summary=item.summary,
                json_bytes=a.to_json_bytes(),
            )
        out.append(item)
    return out


def _isolated(job: Job) -> BatchItem:
    """One file in a process of its own: its result, or an error item if the process dies."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=_pool_context()) as pool:
            return pool.submit(_run_jobs, [job]).result()[0]
    except BrokenProcessPool:
        return internal_item(job[0], "the assessment process stopped unexpectedly")


def _pool_context() -> multiprocessing.context.BaseContext:
    """``fork`` when this process has run no assessment and runs no other thread, else
    ``spawn``.

    A forked worker starts in milliseconds with paracheck already imported (and, after
    :func:`_warm`, the packs compiled); it must not inherit an engine state or a running
    thread, so a caller that has already assessed in-process (or runs threads) gets
    ``spawn``. Compiled packs on which no session ran are safe to inherit
    (``engine.adapter.sessions_run``).
    """
    import multiprocessing
    import threading

    from paracheck.engine import adapter

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not adapter.sessions_run() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _pooled(jobs: list[Job], n_workers: int) -> Iterator[BatchItem]:
    """Results of ``jobs`` in order, from a process pool that is never more than a few chunks
    ahead of the caller: a slow reader holds back the workers instead of piling results up in
    memory."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, min(8, len(jobs) // (n_workers * 4)))
    chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
    window = n_workers * 4
    done = 0
    context = _pool_context()  # decided before the pool starts its own threads
    style = jobs[0][3]
    # what the workers write: an assess_many result as the contract JSON, a report, or
    # nothing (a summary)
    fmt = "json" if style is None else None if style[4] else style[0]
    if context.get_start_method() == "fork":
        _warm(fmt)  # once here, inherited by every worker
    try:
        with ProcessPoolExecutor(
            max_workers=n_workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(fmt,),
        ) as pool:
            pending: deque[Future[list[BatchItem]]] = deque()
            submitted = 0
            while submitted < len(chunks) and len(pending) < window:
                pending.append(pool.submit(_run_jobs, chunks[submitted]))
                submitted += 1
            while pending:
                answered = pending.popleft().result()
                if submitted < len(chunks):
                    pending.append(pool.submit(_run_jobs, chunks[submitted]))
                    submitted += 1
                for item in answered:
                    done += 1
                    yield item
    except BrokenProcessPool:
        # a worker died (the rule engine is C code): the files not yet answered are
        # assessed one process each, so the one that kills its process is named
        for job in jobs[done:]:
            yield _isolated(job)


def _results(
    paths: Sequence[str | os.PathLike[str]],
    pack: str | None,
    as_of: dt.date | None,
    style: Style | None,
    workers: int | None,
) -> Iterator[BatchItem]:
    """One item per input (directories expanded), in input order, as soon as each is known."""
    sources = expand_inputs(paths)
    jobs: list[Job] = [(s, pack, as_of, style) for s in sources]
    pooled = [job for job in jobs if job[0] != STDIN]
    n_workers = min(workers or os.cpu_count() or 1, len(pooled))
    answers = _pooled(pooled, n_workers) if n_workers > 1 else map(_run_job, pooled)
    for job in jobs:  # standard input is read here, in its place
        yield _run_job(job) if job[0] == STDIN else next(answers)


def assess_many(
    paths: Sequence[str | os.PathLike[str]],
    pack: str | None = None,
    as_of: dt.date | None = None,
    workers: int | None = None,
) -> list[BatchItem]:
    """Assess every input (directories expanded) and return one item per file, in order.

    ``workers`` caps the process pool (default: the number of CPUs); ``1`` keeps everything
    in the calling process. Standard input (``-``) is always read in the calling process.

    Workers start with ``fork`` while this process has run no assessment and runs no other
    thread, else with ``spawn``, which imports the caller's main module again: a script that
    has already assessed in its own process must guard its entry point with
    ``if __name__ == "__main__":`` (or pass ``workers=1``). Before a ``fork`` this process
    compiles the shipped packs, for its workers to inherit.
    """
    return list(_results(paths, pack, as_of, None, workers))


def stream(
    paths: Sequence[str | os.PathLike[str]],
    fmt: str,
    lang: str = "id",
    *,
    pack: str | None = None,
    as_of: dt.date | None = None,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
    workers: int | None = None,
    on_row: Callable[[BatchRow], None] | None = None,
) -> Iterator[bytes]:
    """Assess every input and write the batch document as it goes: UTF-8 pieces in input
    order, each report rendered by the worker that assessed it. ``on_row`` sees each input's
    row (its problems, its summary) as soon as it is known.

    A bad format, language or ``pack`` raises :class:`UsageError` (or :class:`PackError`)
    here, before anything is read or written.
    """
    check_style(fmt, lang)
    if pack is not None:  # a bad pack concerns the whole run: refused before any output
        from paracheck.rules.loader import load_pack

        load_pack(pack)
    summary_only = summary_only and fmt != "csv"  # CSV has no summary table: its rows stay
    style: Style = (fmt, lang, color, width, summary_only)
    _prepare(fmt, lang, summary_only)
    items = _results(paths, pack, as_of, style, workers)
    return document(
        items, fmt, lang, color=color, width=width, summary_only=summary_only, on_row=on_row
    )
