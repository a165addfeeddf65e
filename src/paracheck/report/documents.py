"""Markdown and HTML documents: the entry points, and the Jinja2 templates
(``report/templates/``) of the documents written once in a while — the HTML page head, the
heat map's fixed parts, the diff, the blank checklist, the rule and pack references.

An assessment's report and a batch's summary, written thousands of times in a batch, are
plain Python (:mod:`report.markdown`, :mod:`report.html`), with the templates' rules.
Templates hold layout only; every label comes from :mod:`messages` and every ordering from
:mod:`view` through a small per-language helper (``r`` in the templates). HTML is rendered
with autoescaping on, so nothing a proposal says can become markup; Markdown is rendered
without it (it is plain text) but table cells are made pipe-safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MethodType
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from jinja2.runtime import Context
from markupsafe import Markup

from paracheck.engine.model import Assessment
from paracheck.report import catalogue, escape, formatting, view
from paracheck.report.messages import label, message

if TYPE_CHECKING:
    from paracheck.comparison import AssessmentDiff


class _Context(Context):
    """Jinja's context with a short way to call the report helpers.

    A template calls a :class:`Phrases` method hundreds of times per document; Jinja's own
    ``call`` first looks on every callable for the markers of ``pass_context`` and friends,
    which none of these methods has, and that search cost more than the methods themselves.
    Any other callable goes through Jinja's ``call`` unchanged.
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) is MethodType and type(__obj.__self__) is Phrases:
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


def _environment(autoescape: bool) -> Environment:
    # Markdown has no autoescape: every printed value is made inert by escape.markdown
    environment = Environment(
        loader=PackageLoader("paracheck.report", "templates"),
        autoescape=autoescape,
        finalize=None if autoescape else escape.markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.context_class = _Context
    return environment


# Built once: a Jinja environment is safe to share between threads once configured.
MARKDOWN = _environment(autoescape=False)
HTML = _environment(autoescape=True)


@dataclass(frozen=True)
class Phrases:
    """What a template needs to say something in one language: fixed texts, code labels and
    a pack's bilingual texts."""

    lang: str

    def t(self, key: str, **values: Any) -> str:
        return message(key, self.lang, **values)

    def label(self, group: str, code: str | None) -> str:
        return label(group, code, self.lang)

    def tr(self, text: Any) -> str:
        return catalogue.text(text, self.lang)


MARKDOWN.filters["cell"] = escape.markdown_cell
MARKDOWN.filters["code_cell"] = lambda value: escape.markdown_code(value, cell=True)
MARKDOWN.filters["code_block"] = escape.markdown_code_block
MARKDOWN.filters["markup"] = escape.markdown_markup


def css_string(value: Any) -> Markup:
    """``value`` as the inside of a CSS string: every character but letters, digits and spaces
    becomes a CSS escape, so nothing a proposal says can end the string or the style sheet."""
    out = []
    for ch in str(value):
        out.append(ch if (ch.isalnum() and ch.isascii()) or ch == " " else f"\\{ord(ch):x} ")
    return Markup("".join(out))


HTML.filters["css_string"] = css_string


def markdown(a: Assessment, lang: str) -> str:
    """One assessment as Markdown (written in Python: :mod:`paracheck.report.markdown`)."""
    from paracheck.report import markdown

    return markdown.report(a, lang)


# --- HTML ----------------------------------------------------------------------------------

CELL_W, CELL_H, MARGIN_L, MARGIN_T = 120, 78, 64, 16


def heat_colour(score: int) -> str:
    """The usual risk-matrix bands of L×I: low green, moderate yellow, high orange, extreme red."""
    if score >= 15:
        return "#d7301f"
    if score >= 10:
        return "#fc8d59"
    if score >= 5:
        return "#fdd49e"
    return "#c7e9c0"


def _lines(ids: list[str], per_line: int, max_lines: int) -> list[list[str]]:
    """Ids two to a line; a crowded cell shows as many as fit and then ``+N``."""
    lines = [ids[i : i + per_line] for i in range(0, len(ids), per_line)]
    if len(lines) > max_lines:
        shown = lines[: max_lines - 1]
        rest = len(ids) - sum(len(x) for x in shown)
        lines = [*shown, [f"+{rest}"]]
    return lines


def heat_map(a: Assessment, lang: str = "id") -> dict[str, Any]:
    """Cells of the 5×5 likelihood × impact grid, each with the risk checks placed in it, and
    the unknown high or blocker checks drawn apart (``?ID``, italic): they could land there.

    A note (a finding of severity ``info``) is not placed: it is not counted and adds nothing
    to the score, so a cell would show it as the risk it is not (trial 32 W5: REG-033 in the
    2×2 cell).

    Likelihood runs up the side (5 at the top), impact along the bottom, as risk registers
    usually draw it.
    """
    per_line, max_lines = 2, 4
    open_checks = [c for c in view.with_status(a, "unknown") if c.severity in ("blocker", "high")]
    risks = view.headline_risks(a)
    parts, axes = heat_map_parts(lang)
    # each check placed in its cell in one pass (in the order read), not sought in every cell
    placed: dict[tuple[int, int], list[str]] = {}
    for c in risks:
        placed.setdefault((c.likelihood, c.impact), []).append(c.rule_id)
    placed_open: dict[tuple[int, int], list[str]] = {}
    for c in open_checks:
        placed_open.setdefault((c.likelihood, c.impact), []).append(f"?{c.rule_id}")
    cells = []
    for key, grid in _GRID:
        ids = placed.get(key, [])
        lines = _lines(ids, per_line, max_lines) if ids else []
        open_ids = placed_open.get(key)
        open_lines = _lines(open_ids, per_line, max(1, max_lines - len(lines))) if open_ids else []
        head, mid = parts[key]
        cells.append(
            {"head": head, "mid": mid, **grid, "lines": lines, "ids": ids, "open_lines": open_lines}
        )
    bands = [
        {"fill": heat_colour(low), "label": message(f"band.{name}", lang)}
        for name, low in (("low", 1), ("moderate", 5), ("high", 10), ("extreme", 15))
    ]
    return {
        "cells": cells,
        "w": CELL_W,
        "h": CELL_H,
        "left": MARGIN_L,
        "top": MARGIN_T,
        "width": MARGIN_L + 5 * CELL_W + 8,
        "height": MARGIN_T + 5 * CELL_H + 48,
        "bands": bands,
        "axes": axes,
    }


#: the 25 cells in drawing order (likelihood 5 to 1, impact 1 to 5), each with (likelihood,
#: impact) and the parts no assessment changes: where it is drawn, its score and colour
_GRID: tuple[tuple[tuple[int, int], dict[str, Any]], ...] = tuple(
    (
        (likelihood, impact),
        {
            "x": MARGIN_L + (impact - 1) * CELL_W,
            "y": MARGIN_T + (5 - likelihood) * CELL_H,
            "likelihood": likelihood,
            "impact": impact,
            "score": likelihood * impact,
            "fill": heat_colour(likelihood * impact),
        },
    )
    for likelihood in range(5, 0, -1)
    for impact in range(1, 6)
)


#: per language: the markup of each cell that no assessment changes (its frame and title up to
#: the ids, its score) and the axes, rendered once from heatmap-parts.html.j2
_HEAT_PARTS: dict[str, tuple[dict[tuple[int, int], tuple[Markup, Markup]], Markup]] = {}


def heat_map_parts(lang: str) -> tuple[dict[tuple[int, int], tuple[Markup, Markup]], Markup]:
    """The heat map's fixed markup in ``lang`` (made on first use; a batch makes it before its
    workers start, so they inherit it)."""
    parts = _HEAT_PARTS.get(lang)
    if parts is not None:
        return parts
    template = HTML.get_template("heatmap-parts.html.j2")
    grid = {"w": CELL_W, "h": CELL_H, "left": MARGIN_L, "top": MARGIN_T}
    phrases = Phrases(lang)

    def block(name: str, **context: Any) -> Markup:
        run = template.new_context({"r": phrases, "h": grid, **context})
        return Markup("".join(template.blocks[name](run)))

    cells = {}
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            cell = {
                "x": MARGIN_L + (impact - 1) * CELL_W,
                "y": MARGIN_T + (5 - likelihood) * CELL_H,
                "likelihood": likelihood,
                "impact": impact,
                "score": likelihood * impact,
                "fill": heat_colour(likelihood * impact),
            }
            cells[likelihood, impact] = (block("cell_head", c=cell), block("cell_mid", c=cell))
    parts = _HEAT_PARTS[lang] = (cells, block("axes"))
    return parts


def _html_context(lang: str, title: str, header: str) -> dict[str, Any]:
    return {"r": Phrases(lang), "lang": lang, "title": title, "header": header}


def html(a: Assessment, lang: str) -> str:
    """One assessment as a self-contained printable page."""
    from paracheck.report import html

    title = f"{message(view.memo_title_key(a, 'title.report'), lang)} — {a.proposal.title}"
    # the running header of a printed page: what and when, never where the file lives; on
    # one line (a title of hundreds of characters ran into five over the page's text, atk23)
    header = f"{running_title(a.proposal.title)} · {formatting.date(a.as_of, lang)}"
    head = html.printable(_block("head", _html_context(lang, title, header)))
    return f"{head}{html.report(a, lang, 1)}{html.END}"


#: the most characters of a title the printed page's running header shows
RUNNING_TITLE = 80


def running_title(title: str) -> str:
    """``title`` as the running header of a printed page shows it: whole up to
    :data:`RUNNING_TITLE` characters, else cut at the last space before that (or within a
    word that long) and ended with "…". The first page's heading keeps it whole."""
    if len(title) <= RUNNING_TITLE:
        return title
    cut = title[: RUNNING_TITLE - 1]
    space = cut.rfind(" ")
    if space > RUNNING_TITLE // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"


def _block(name: str, context: dict[str, Any]) -> str:
    """One named block of the HTML page template, rendered on its own."""
    template = HTML.get_template("report.html.j2")
    return "".join(template.blocks[name](template.new_context(context)))


def html_batch_head(lang: str) -> str:
    """The start of an HTML batch: the page head and its styles, up to the first report."""
    title = message("title.batch", lang)
    return _block("head", _html_context(lang, title, title))


# --- diff, checklist, rule reference -------------------------------------------------------


def markdown_diff(
    d: AssessmentDiff, lang: str, assessments: tuple[Assessment, Assessment] | None = None
) -> str:
    return MARKDOWN.get_template("diff.md.j2").render(
        d=d,
        v=view.diff_view(d, lang, assessments),
        r=Phrases(lang),
        # standard input ("-") or an API body in words, as a report says them; a file as code
        stdin={side.source: view.stdin_words(side.source, lang) for side in (d.old, d.new)},
    )


def markdown_checklist(pack: Any, lang: str) -> str:
    return MARKDOWN.get_template("checklist.md.j2").render(
        info=catalogue.checklist_info(pack, lang),
        groups=catalogue.checklist_groups(pack),
        pack=pack,
        actors=getattr(pack, "actors", None),
        r=Phrases(lang),
        catalogue=catalogue,
        lang=lang,
    )


def markdown_rule(pack: Any, rule: Any, lang: str) -> str:
    return MARKDOWN.get_template("rule.md.j2").render(
        pack=pack, rule=rule, r=Phrases(lang), catalogue=catalogue, lang=lang, level=1
    )


def markdown_pack_reference(pack: Any) -> str:
    """The generated reference page of a pack (docs/rules/<pack>.md), both languages."""
    return MARKDOWN.get_template("pack-reference.md.j2").render(
        pack=pack,
        groups=catalogue.rules_by_domain(pack),
        info=catalogue.pack_info(pack, "en"),
        info_id=catalogue.pack_info(pack, "id"),
        catalogue=catalogue,
        r=Phrases("en"),
        r_id=Phrases("id"),
    )
