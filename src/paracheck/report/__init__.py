"""Reports: an assessment as text, Markdown, JSON, HTML or CSV, in Bahasa Indonesia or English.

Renderers are pure functions of the assessment: nothing is printed, nothing is re-assessed,
and the same assessment always gives the same bytes. Unknown formats or languages raise
:class:`paracheck.errors.UsageError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from paracheck.errors import UsageError
from paracheck.report.messages import DEFAULT_LANG, LANGS, check_lang

if TYPE_CHECKING:
    from paracheck.batch import BatchItem
    from paracheck.comparison import AssessmentDiff
    from paracheck.engine.model import Assessment

FORMATS: tuple[str, ...] = ("text", "markdown", "json", "html", "csv")
CHECKLIST_FORMATS: tuple[str, ...] = ("text", "markdown")
DIFF_FORMATS: tuple[str, ...] = ("text", "markdown", "json")
BATCH_SCHEMA = "paracheck/batch/v1"

__all__ = [
    "BATCH_SCHEMA",
    "CHECKLIST_FORMATS",
    "DEFAULT_LANG",
    "DIFF_FORMATS",
    "FORMATS",
    "LANGS",
    "render",
    "render_batch",
    "render_batch_chunks",
    "render_checklist",
    "render_diff",
    "render_pack_reference",
    "render_rule",
    "render_rule_list",
]


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise UsageError(
            f"unknown format {fmt!r}; choose one of: {', '.join(allowed)}",
            option="format",
            value=fmt,
            choices=allowed,
        )
    return fmt


def render(
    assessment: Assessment,
    fmt: str,
    lang: str = DEFAULT_LANG,
    *,
    color: bool = False,
    width: int | None = None,
) -> str:
    """One assessment as ``fmt`` (text, markdown, json, html, csv) in ``lang`` (id, en).

    ``color`` and ``width`` only affect ``text``: ANSI colour and the line width of a terminal
    (default 100 columns); the caller decides. JSON is exactly the contract's JSON.
    """
    _check_format(fmt, FORMATS)
    check_lang(lang)
    if fmt == "json":
        return assessment.to_json() + "\n"
    if fmt == "text":
        from paracheck.report import text

        return text.render_assessment(assessment, lang, color=color, width=text.fit_width(width))
    if fmt == "csv":
        from paracheck.report import rows

        return rows.rows([assessment], lang)
    from paracheck.report import documents

    return (
        documents.markdown(assessment, lang)
        if fmt == "markdown"
        else documents.html(assessment, lang)
    )


def _summary(items: Sequence[BatchItem]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        s = item.summary
        out.append(
            {
                "source": item.source,
                "title": s.title if s else None,
                "verdict": s.verdict if s else None,
                "score": s.score if s else None,
                "top_risks": list(s.top_risks) if s else [],
                "error": str(item.problems[0]) if s is None and item.problems else None,
            }
        )
    return out


def _errors(items: Sequence[BatchItem]) -> list[dict[str, Any]]:
    return [
        {
            "source": i.source,
            "problems": [
                {
                    "file": p.file,
                    "line": p.line,
                    "column": p.column,
                    "path": p.path,
                    "message": p.message,
                }
                for p in i.problems
            ],
        }
        for i in items
        if not i.ok
    ]


def batch_json(items: Sequence[BatchItem]) -> str:
    """The ``paracheck/batch/v1`` JSON: results, errors and the summary, in input order."""
    return b"".join(batch_json_chunks(items)).decode("utf-8")


def batch_json_chunks(items: Sequence[BatchItem]) -> Iterator[bytes]:
    """:func:`batch_json` as UTF-8 pieces, to write without assembling one large string.

    Each result's own JSON is spliced in rather than rebuilt and re-serialised: the results
    are most of the bytes of a large batch (~120 kB each)."""
    yield (
        json.dumps({"schema": BATCH_SCHEMA}, ensure_ascii=False)[:-1] + ',\n"results": [\n'
    ).encode("utf-8")
    first = True
    for item in items:
        data = item.json_bytes()
        if data is None:
            continue
        if not first:
            yield b",\n"
        first = False
        yield data
    tail = json.dumps(
        {"errors": _errors(items), "summary": _summary(items)}, ensure_ascii=False, indent=2
    )[1:]
    yield f"\n],{tail}\n".encode()


def render_batch(
    items: Sequence[BatchItem],
    fmt: str,
    lang: str = DEFAULT_LANG,
    *,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
) -> str:
    """Many results: each report, then a summary table (proposal, verdict, score, top risks).

    Items that failed appear in the summary with their first problem; CSV has the rows of
    every assessed proposal; JSON is the ``paracheck/batch/v1`` object.
    """
    _check_format(fmt, FORMATS)
    check_lang(lang)
    if fmt == "json":
        return batch_json(items)
    if fmt == "text":
        from paracheck.report import text

        return text.render_batch(
            items, lang, color=color, width=text.fit_width(width), summary_only=summary_only
        )
    if fmt == "csv":
        from paracheck.report import rows

        return rows.rows_batch(items, lang)
    from paracheck.report import documents

    if fmt == "markdown":
        return documents.markdown_batch(items, lang, summary_only=summary_only)
    return documents.html_batch(items, lang, summary_only=summary_only)


def render_batch_chunks(
    items: Sequence[BatchItem],
    fmt: str,
    lang: str = DEFAULT_LANG,
    *,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
) -> Iterator[bytes]:
    """:func:`render_batch` as UTF-8 pieces (JSON is written result by result)."""
    if fmt == "json" and not summary_only:
        _check_format(fmt, FORMATS)
        check_lang(lang)
        return batch_json_chunks(items)
    if fmt == "json":
        check_lang(lang)
        return iter(
            [
                (
                    json.dumps(
                        {"schema": BATCH_SCHEMA, "summary": _summary(items)},
                        ensure_ascii=False,
                        indent=2,
                    )
                    + "\n"
                ).encode("utf-8")
            ]
        )
    return iter(
        [
            render_batch(
                items, fmt, lang, color=color, width=width, summary_only=summary_only
            ).encode("utf-8")
        ]
    )


def render_diff(
    diff: AssessmentDiff, fmt: str = "text", lang: str = DEFAULT_LANG, *, color: bool = False
) -> str:
    """A comparison (:func:`paracheck.comparison.diff`) as text, markdown or json."""
    _check_format(fmt, DIFF_FORMATS)
    check_lang(lang)
    if fmt == "json":
        return diff.to_json() + "\n"
    if fmt == "text":
        from paracheck.report import text

        return text.render_diff(diff, lang, color=color)
    from paracheck.report import documents

    return documents.markdown_diff(diff, lang)


def render_checklist(pack: Any, lang: str = DEFAULT_LANG, fmt: str = "text") -> str:
    """The blank checklist of a regime: every procedural step and every check, to work
    through before a proposal exists."""
    _check_format(fmt, CHECKLIST_FORMATS)
    check_lang(lang)
    if fmt == "text":
        from paracheck.report import text

        return text.render_checklist(pack, lang)
    from paracheck.report import documents

    return documents.markdown_checklist(pack, lang)


def render_rule_list(pack: Any, lang: str = DEFAULT_LANG, *, color: bool = False) -> str:
    """The catalogue of a pack as a table: id, domain, severity, L×I, title."""
    check_lang(lang)
    from paracheck.report import text

    return text.render_rule_list(pack, lang, color=color)


def render_rule(pack: Any, rule: Any, lang: str = DEFAULT_LANG) -> str:
    """Everything about one rule, as Markdown (which also reads well in a terminal)."""
    check_lang(lang)
    from paracheck.report import documents

    return documents.markdown_rule(pack, rule, lang)


def render_pack_reference(pack: Any) -> str:
    """The reference page of a pack, bilingual, as committed under docs/rules/."""
    from paracheck.report import documents

    return documents.markdown_pack_reference(pack)
