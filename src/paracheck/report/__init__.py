"""Reports: an assessment as text, Markdown, JSON, HTML or CSV, in Bahasa Indonesia or English.

Renderers are pure functions of the assessment: nothing is printed, nothing is re-assessed,
and the same assessment always gives the same bytes. Unknown formats or languages raise
:class:`paracheck.errors.UsageError`.
"""

from __future__ import annotations

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

__all__ = [
    "CHECKLIST_FORMATS",
    "DEFAULT_LANG",
    "DIFF_FORMATS",
    "FORMATS",
    "LANGS",
    "render",
    "render_batch",
    "render_checklist",
    "render_diff",
    "render_pack_reference",
    "render_rule",
    "render_rule_list",
]


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise UsageError.of(
            "usage.unknown_format",
            given=repr(fmt),
            choices_text=", ".join(allowed),
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


def render_batch(
    items: Sequence[BatchItem],
    fmt: str,
    lang: str = DEFAULT_LANG,
    *,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
) -> Iterator[bytes]:
    """Many results (from :func:`paracheck.batch.assess_many`) as one batch document in UTF-8
    pieces: each report, then the summary table (JSON: the ``paracheck/batch/v1`` object;
    CSV: every check's row). The layout is :mod:`paracheck.batch`'s, for every format."""
    from paracheck import batch

    _check_format(fmt, FORMATS)
    check_lang(lang)
    return batch.document(items, fmt, lang, color=color, width=width, summary_only=summary_only)


def render_diff(
    diff: AssessmentDiff,
    fmt: str = "text",
    lang: str = DEFAULT_LANG,
    *,
    color: bool = False,
    assessments: tuple[Assessment, Assessment] | None = None,
) -> str:
    """A comparison (:func:`paracheck.comparison.diff`) as text, markdown or json; with the
    two ``assessments`` it compares, the text and Markdown say the Saran's changes too."""
    _check_format(fmt, DIFF_FORMATS)
    check_lang(lang)
    if fmt == "json":
        return diff.to_json() + "\n"
    if fmt == "text":
        from paracheck.report import text

        return text.render_diff(diff, lang, color=color, assessments=assessments)
    from paracheck.report import documents

    return documents.markdown_diff(diff, lang, assessments)


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
