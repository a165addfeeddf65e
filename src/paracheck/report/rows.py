"""CSV: one row per check, for spreadsheets and for comparing many proposals side by side.

Codes that a spreadsheet filters on (verdict, domain, severity, status) stay as the contract's
codes in every language; texts (title, evidence, missing, recommendations, sources) follow
``lang`` and read as the other reports read:

- ``title`` is the check as its status reads it: the risk's title on a ``risk`` or ``accepted``
  row; on a ``clear`` or ``unknown`` row, what must be true (the checklist's statement), so a
  row that found nothing does not read as a risk. Rows of one rule are matched by ``rule_id``.
- a row whose check does not apply to the proposal's kind of partner (``not_applicable`` in
  the assessment) reads ``Tidak berlaku: mitranya lembaga …`` before its statement;
- a row not yet due (``due`` false: the check applies from a later stage) reads
  ``Belum waktunya: …`` / ``Not yet due: …`` before its statement, and a ``clear`` row has no
  recommendations (they remedy a risk; nothing is to be done);
- ``evidence`` and ``missing`` name fields by their labels and values as people read them
  (``Alokasi APBD: Rp0 (baris 31)``), as the text, Markdown and HTML reports do; the
  assessment JSON keeps the raw paths and values for programs.

(Changed after 22a4141: ``title`` repeated the risk wording on every row, and ``evidence`` /
``missing`` held raw field paths and values. The columns and their order are unchanged.)

- ``notice_codes`` and ``notices`` (added at the end, after ``due``; the columns before them
  are unchanged): the assessment's notices — what a reader must know about how the proposal
  was judged, which the other reports print above the checklist (signed under the earlier
  regulation, a date in the future or after the assessment date, no date, no pack in force,
  special autonomy …). Like ``proposal`` and ``verdict`` they describe the assessment and
  repeat on each of its rows, so the CSV stays one row per check; ``notice_codes`` holds the
  contract's codes (``signed_under_earlier_regime; future_date``), the same in every
  language, to filter on; ``notices`` their texts in ``lang``, in the same order. Both are
  empty for a proposal without notices.
- a file of a batch that could not be assessed (:func:`error_rows`) is not left out: in its
  place it has one row per problem, ``verdict`` ``error``, the problem in ``title``, the
  other columns empty (the columns are unchanged).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from paracheck.engine.model import Assessment, Check, Evidence, Source
from paracheck.report import escape, view
from paracheck.report.messages import message

if TYPE_CHECKING:
    from paracheck.errors import Problem

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
    "notice_codes",
    "notices",
)


def _cells(
    c: Check,
    lang: str,
    said: dict[Any, str],
    level: str | None = None,
    kept: frozenset[tuple[str, str, str, str]] | None = None,
    named: tuple[Assessment, dict[str, str]] | None = None,
    a: Assessment | None = None,
    era_index: int | None = None,
) -> str:
    """A check's part of its row (after the columns that repeat the assessment's), as the
    CSV writes it (:func:`_field`), each cell first made safe (:func:`escape.csv_cell`). The
    contract's codes (domain, severity, status) and the numbers are written as they are: no
    code or number starts a formula or holds a control character, so the cell would be the
    same. ``named``: the assessment and the agencies its file names for bodies the glossary
    describes (:func:`view.role_names`), so the advice names the Dinas as the memo does
    (:func:`_named_advice`). ``a``: the assessment, for a tick resting on a dated document,
    whose statement is followed by that date (:func:`view.tick_date`); ``era_index``: the
    era whose terms its evidence speaks in (:func:`view.era` of ``a``), found once per
    assessment by :func:`body`, not once per row."""
    cell = escape.csv_cell
    title, statement, recommendations = _rule_cells(c, lang, kept)
    status = c.status
    advice = "" if status == "clear" else recommendations[1]
    if advice and named is not None:
        advice = _named_advice(c, lang, kept, named) or advice
    if status in _RISK_WORDED:
        shown = title[1]
    else:
        other = _clear_or_open(c, statement[0], lang)
        shown = statement[1] if other is statement[0] else _field(other)
        dated = view.tick_date(a, c, lang) if a is not None and view.shown(c) == "clear" else None
        if dated is not None:
            shown = _field(cell(f"{view.statement(c, lang)} ({dated})"))
    return ",".join(
        (
            _rule_id_field(c.rule_id),
            _code(c.domain),
            _code(c.severity),
            _code(status),
            str(c.likelihood),
            str(c.impact),
            # a score measures a risk: 0 where the check is not one (clear, unknown, waived)
            str(c.score) if status == "risk" else "0",
            shown,
            _evidence_cell(c.evidence, lang, said, level, era_index),
            _missing_cell(c.missing, lang) if c.missing else "",
            # nothing to do on a clear row: the advice is the remedy of a risk (a clear row
            # read "find out why realisation was low" at 85 %, newcomer trial 2026-11-30)
            advice,
            _sources_cell(c.sources, lang),
            # false: the check applies only from a later stage and was not judged ("clear"
            # then means nothing was found, not that the statement holds)
            "true" if c.due else "false",
        )
    )


def _quoted_chars() -> str:
    """The characters that make Python's CSV writer quote a field, as this module's writer
    is set up (the default dialect, lines ending in ``\\n``): asked of the writer itself,
    among the ones a dialect may quote on, so :func:`_field` writes what it writes on any
    Python version (3.11 quotes on ``,``, ``"`` and ``\\n``, not on ``\\r``)."""
    quoted = []
    for char in ',"\n\r':
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(("a", f"b{char}c"))
        if buffer.getvalue() != f"a,b{char}c\n":
            quoted.append(char)
    return "".join(quoted)


_QUOTED = re.compile(f"[{re.escape(_quoted_chars())}]")


def _field(value: object) -> str:
    """One field as :class:`csv.writer` writes it in a row of several (the default dialect:
    quoted when it holds a delimiter, a quote or a line break, a quote doubled inside; None
    empty; anything else its ``str``). The rows are joined here, not by the writer: most of
    a row's text (its rule's cells, the notices repeated on every row) is the same for every
    check of the rule or every row of the assessment, so it is quoted once, not scanned
    again by the writer on each row (~0.8 ms of a generated proposal's ~1.6 ms CSV)."""
    if not isinstance(value, str):
        if value is None:
            return ""
        value = str(value)
    if _QUOTED.search(value) is None:
        return value
    return '"' + value.replace('"', '""') + '"'


def _clear_or_open(c: Check, statement: object, lang: str) -> object:
    """The statement of a row that is not a risk, after what a ``clear`` status does not say:
    that the check does not apply to this kind of partner, is recorded under another rule, is
    not due yet, or waits for a condition the file leaves open."""
    if c.status == "clear" and c.not_applicable is not None:
        # read as one sentence: "Tidak berlaku karena DPRD belum menyetujui; …: Bila …"
        why = c.not_applicable.get(lang)
        return escape.csv_cell(
            message("status.not_applicable_row", lang, why=why, statement=statement)
        )
    if c.status == "clear" and c.covered_by is not None:
        return escape.csv_cell(f"{view.status_words(c, lang)}: {statement}")
    if not c.due:
        return _not_due(statement, lang)
    if c.status == "clear" and c.waits_on is not None:
        # "Menunggu jawaban tentang … (REG-010) — Bila …", as a row not applying says it
        return escape.csv_cell(
            message(
                "status.waiting_row",
                lang,
                why=view.waiting_words(c.waits_on, lang),
                statement=statement,
            )
        )
    return statement


def _not_due(statement: object, lang: str) -> object:
    """A row not yet due says so before its statement: filtered on ``clear``, "Persetujuan
    pemerintah pusat telah diperoleh" read as obtained on an unsigned proposal."""
    return escape.csv_cell(f"{message('status.not_due', lang)}: {statement}")


def _evidence_cell(
    evidence: Sequence[Evidence],
    lang: str,
    said: dict[Any, str],
    level: str | None = None,
    era_index: int | None = None,
) -> str:
    """A check's evidence cell as its CSV field: its lines (:func:`_evidence_line`) joined,
    made safe and quoted once per assessment for each set of evidence objects (~80 checks
    show ~40 sets, a third of them none), kept in ``said`` by the objects' identities."""
    if not evidence:
        return ""
    key = tuple(map(id, evidence))
    field = said.get(key)
    if field is None:
        lines = "; ".join(_evidence_line(e, lang, said, level, era_index) for e in evidence)
        field = said[key] = _field(escape.csv_cell(lines))
    return field


def _evidence_line(
    item: Evidence,
    lang: str,
    said: dict[Any, str],
    level: str | None = None,
    era_index: int | None = None,
) -> str:
    """``item`` as the reports write it (:func:`view.evidence_line`), written once per
    assessment: the engine gives the checks that read the same fact the same evidence object
    (about 2.5 uses each in the examples), so ``said`` — made for one assessment and dropped
    after it, never kept across proposals — holds each line by the object's identity."""
    line = said.get(id(item))
    if line is None:
        line = said[id(item)] = view.evidence_line(item, lang, level, era_index)
    return line


# A rule's title, recommendations and sources are the same in every check of it: the engine
# builds each check from its compiled pack's prototype of the rule and shares those objects
# (engine/assess.py; a check's own list of recommendations, where a case leaves some out, holds
# the rule's objects), so their cells are made once per rule (or set of recommendations) and
# language and looked up by the objects' identity. Each entry holds the objects it was made
# from, so an id cannot be reused by another object while the entry lives; a check built
# elsewhere (rebuilt from JSON) simply misses. Never keyed by anything a proposal says.
_RULE_CELLS: dict[
    tuple[int, str],
    tuple[tuple[object, ...], tuple[tuple[object, str], tuple[object, str]]],
] = {}
_ADVICE_CELLS: dict[tuple[tuple[int, ...], str], tuple[tuple[object, ...], tuple[object, str]]] = {}
_SOURCE_CELLS: dict[tuple[tuple[int, ...], str], tuple[tuple[object, ...], str]] = {}
_TABLE_MAX = 4096


#: the statuses whose row reads as a risk (its title); the others read as what must be true
_RISK_WORDED = frozenset({"risk", "accepted"})


def _rule_cells(
    c: Check, lang: str, kept: frozenset[tuple[str, str, str, str]] | None = None
) -> tuple[tuple[object, str], tuple[object, str], tuple[object, str]]:
    """The title, statement (what must be true) and recommendations cells of ``c``'s rule,
    each as (the safe cell, its CSV field: :func:`_field`). ``kept``: beside a lapsed MoU, the
    actions the plan keeps (:func:`view.kept_after_expiry`): each reads under the plan's
    group heading, as the memo's risk details head it (trial 26 M2: the CSV filed the BNN
    notice for activities running now under "Perencanaan"); every other recommendation then
    says it is for a new MoU, as the plan heads it, and the recommendations cell is made for
    this assessment alone.

    The title and statement are the rule's in every check of it, made once per rule and
    language (:func:`_fixed_cells`). The recommendations cell is kept by the recommendation
    objects it is made from (:func:`_advice_cells`), not by their list: the engine gives a
    check a list of its own where it leaves out the advice of a case the file rules out
    (``engine.assess._advice_for_case``), made of the rule's shared recommendations, so a
    table keyed by the list missed on a quarter of a generated proposal's ~90 rows."""
    title, statement = _fixed_cells(c, lang)
    if kept is not None:
        return title, statement, _made_advice(c, lang, kept)
    return title, statement, _advice_cells(c.recommendations, lang)


def _fixed_cells(c: Check, lang: str) -> tuple[tuple[object, str], tuple[object, str]]:
    """The title and statement cells of ``c``'s rule (:func:`_rule_cells`), made once per rule
    and language and looked up by the title object's identity; the entry holds the objects
    it was made from."""
    made_from = (c.title, c.statement, c.clears_when)
    key = (id(made_from[0]), lang)
    hit = _RULE_CELLS.get(key)
    # a tuple compares identical objects by identity first (the engine's checks); equal ones
    # otherwise, of whose values alone the cells are made
    if hit is not None and hit[0] == made_from:
        return hit[1]
    title = escape.csv_cell(c.title.get(lang))
    statement = escape.csv_cell(view.statement(c, lang))
    cells = ((title, _field(title)), (statement, _field(statement)))
    if len(_RULE_CELLS) >= _TABLE_MAX:
        _RULE_CELLS.clear()
    _RULE_CELLS[key] = (made_from, cells)
    return cells


def _advice_cells(recommendations: Sequence[Any], lang: str) -> tuple[object, str]:
    """The recommendations cell of a check (:func:`_rule_cells`, no plan kept beside a lapsed
    MoU), made once per tuple of recommendation objects and language: its text is made of
    each recommendation's stage, actors and text alone (:func:`_advice_text`). The entry
    holds the objects, as :func:`_sources_cell` does."""
    held = tuple(recommendations)
    key = (tuple(map(id, held)), lang)
    hit = _ADVICE_CELLS.get(key)
    if hit is not None and hit[0] == held:  # identity first, as in _fixed_cells
        return hit[1]
    cell = escape.csv_cell(_advice_text(held, lang, None, None))
    made = (cell, _field(cell))
    if len(_ADVICE_CELLS) >= _TABLE_MAX:
        _ADVICE_CELLS.clear()
    _ADVICE_CELLS[key] = (held, made)
    return made


def _made_advice(
    c: Check, lang: str, kept: frozenset[tuple[str, str, str, str]] | None
) -> tuple[object, str]:
    """The recommendations cell of ``c`` beside a lapsed MoU (``kept``), made for this
    assessment alone."""
    cell = escape.csv_cell(_advice_text(c.recommendations, lang, kept, c.domain))
    return cell, _field(cell)


def _advice_text(
    recommendations: Iterable[Any],
    lang: str,
    kept: frozenset[tuple[str, str, str, str]] | None,
    domain: str | None,
) -> str:
    """The recommendations as one text: each as its stage (:func:`view.recommendation_stage`)
    / who acts (:func:`view.who`): what to do."""
    return "; ".join(
        f"{view.recommendation_stage(r, lang, kept, domain)} / {view.who(r, lang)}: "
        f"{r.text.get(lang)}"
        for r in recommendations
    )


def _named_advice(
    c: Check,
    lang: str,
    kept: frozenset[tuple[str, str, str, str]] | None,
    named: tuple[Assessment, dict[str, str]],
) -> str | None:
    """The recommendations cell of ``c`` with the agencies the file names where the pack
    says "Perangkat Daerah pengampu sektor" or a body by its field, as the memo's plan names
    them (:func:`view.who` with :func:`view.sector_agency` and :func:`view.role_names`); None
    where no recommendation names such a body, or the file names none, and the rule's own
    cell stands. An office pasting the CSV into its task list read "Perangkat Daerah pengampu
    sektor" where the memo said "Dinas Perikanan Kabupaten Belitung" (newcomer trial 19 #9)."""
    a, roles = named
    generic = view.is_sector_agency
    recs = c.recommendations
    scoped = any(getattr(r, "items", None) for r in recs)  # advice for some items only
    if not scoped and not any(
        generic(r.owner)
        or generic(r.counterpart)
        or (roles and (r.owner in roles or r.counterpart in roles))
        for r in recs
    ):
        return None
    agency = view.sector_agency(a, [c], lang)
    if agency is None and not roles and not scoped:
        return None
    parts = []
    for r in recs:
        own, where = view.advice_scope(a, c, r, lang, agency)
        where = f" ({where})" if where else ""
        parts.append(
            f"{view.recommendation_stage(r, lang, kept, c.domain)} / "
            f"{view.who(r, lang, view.acting_agency(a, r, own, lang), roles)}: "
            f"{view.for_agencies(r.text.get(lang), own, lang)}{where}"
        )
    return _field(escape.csv_cell("; ".join(parts)))


def _sources_cell(sources: list[Source], lang: str) -> str:
    """The sources cell as its CSV field: the sources in force on the date judged, each a
    rule's own object (the list itself is the rule's, or a selection of it made per date)."""
    held = tuple(sources)
    key = (tuple(map(id, held)), lang)
    hit = _SOURCE_CELLS.get(key)
    if hit is not None and hit[0] == held:  # identity first, as in _rule_cells
        return hit[1]
    cell = _field(escape.csv_cell("; ".join(view.source_line(s, lang) for s in sources)))
    if len(_SOURCE_CELLS) >= _TABLE_MAX:
        _SOURCE_CELLS.clear()
    _SOURCE_CELLS[key] = (held, cell)
    return cell


def _missing_cell(missing: Sequence[str], lang: str) -> str:
    """The missing cell as its CSV field: the missing facts' labels (:func:`view.fields`),
    made safe and quoted once per worker for each list of paths and language (a bounded
    table: the paths are the vocabulary's, item numbers included, and the generated proposals
    of a batch repeat them), not again on each of the ~60 open rows of a report."""
    key = (tuple(missing), lang)
    field = _MISSING_CELLS.get(key)
    if field is None:
        if len(_MISSING_CELLS) >= _TABLE_MAX:
            _MISSING_CELLS.clear()
        field = _MISSING_CELLS[key] = _field(escape.csv_cell(view.fields(missing, lang)))
    return field


_MISSING_CELLS: dict[tuple[tuple[str, ...], str], str] = {}


def _code(code: str) -> str:
    """A contract code's field (domain, severity, status: :func:`_field`), kept per code, a
    bounded set (the contract's), instead of scanned again on each of ~80 rows a report."""
    field = _CODE_FIELDS.get(code)
    if field is None:
        if len(_CODE_FIELDS) >= _TABLE_MAX:
            _CODE_FIELDS.clear()
        field = _CODE_FIELDS[code] = _field(code)
    return field


_CODE_FIELDS: dict[str, str] = {}


def _rule_id_field(rule_id: str) -> str:
    """A rule id's field, made safe (:func:`escape.csv_cell`: a user pack's id is its
    author's text) and quoted once per id, as :func:`_code` keeps a code's."""
    field = _RULE_ID_FIELDS.get(rule_id)
    if field is None:
        if len(_RULE_ID_FIELDS) >= _TABLE_MAX:
            _RULE_ID_FIELDS.clear()
        field = _RULE_ID_FIELDS[rule_id] = _field(escape.csv_cell(rule_id))
    return field


_RULE_ID_FIELDS: dict[str, str] = {}


def _notice_cells(a: Assessment, lang: str) -> list[object]:
    """The assessment's notices, repeated on each of its rows as ``proposal`` or ``verdict``
    are: their codes (the contract's, the same in every language, to filter on) and their
    texts in ``lang`` in the order the reports show them: the codes joined with "; ", the
    texts, whole sentences, with a space ("….; Masa berlaku …" put a semicolon after a
    full stop: newcomer trial 16)."""
    entries = view.notice_entries(a, lang)
    cell = escape.csv_cell
    return [cell("; ".join(code for code, _ in entries)), cell(" ".join(map(_sentence, entries)))]


def _sentence(entry: tuple[str, str]) -> str:
    text = entry[1].rstrip()
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def header() -> str:
    """The CSV's first line: the column names."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(COLUMNS)
    return buffer.getvalue()


def body(assessments: Iterable[Assessment], lang: str) -> str:
    """One line per check of each assessment, without the header (a batch writes the header
    once, then each proposal's lines as they come). The same bytes as :class:`csv.writer`
    writing the rows (:func:`_field`)."""
    lines: list[str] = []
    cell = escape.csv_cell
    for a in assessments:
        # the columns that repeat the assessment are made safe and quoted once, not once per
        # check
        head = [cell(x) for x in (a.proposal.title, a.proposal.source, a.as_of.isoformat())]
        head += [cell(a.pack.name), cell(a.verdict)]
        start = ",".join(map(_field, head)) + ","
        end = "," + ",".join(map(_field, _notice_cells(a, lang))) + "\n"
        said: dict[Any, str] = {}  # this assessment's evidence lines and cells, see _evidence_line
        level = view.local_level(a)
        kept = view.kept_after_expiry(a)  # beside a lapsed MoU: what the plan keeps
        # the agencies the file names, which the advice names as the memo does
        agencies = a.proposal.sector_agencies
        if agencies and any(agencies):
            named = (a, view.role_names(a))
        elif any(getattr(act, "items", None) for act in a.actions):
            named = (a, {})  # advice for some of a check's items: named with them
        else:
            named = None
        era_index = view.era(a)
        lines += [
            start + _cells(c, lang, said, level, kept, named, a, era_index) + end for c in a.checks
        ]
    return "".join(lines)


#: the ``verdict`` of a row for a file that could not be assessed (a code, as verdicts are)
ERROR = "error"


def error_rows(source: str, problems: Sequence[Problem], lang: str) -> str:
    """The lines of a file that could not be assessed: one per problem, with its source,
    ``error`` as the verdict and the problem in ``lang`` as the title (where and what, as the
    text summary shows it), the other columns empty — so a spreadsheet lists the file among
    the others instead of leaving it out."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    cell = escape.csv_cell
    for p in problems or (None,):
        row = dict.fromkeys(COLUMNS, "")
        row.update(source=cell(source), verdict=ERROR, title=cell(p.describe(lang) if p else ""))
        writer.writerow(row.values())
    return buffer.getvalue()


def rows(assessments: Iterable[Assessment], lang: str) -> str:
    """The header, then one line per check of each assessment."""
    return header() + body(assessments, lang)
