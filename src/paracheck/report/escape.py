"""Neutralising what a proposal or a pack says, per output format.

Everything a report shows from a proposal (titles, names, free text, file names) or from a
user pack is data; none of it may become markup, a formula or a terminal command. Each
format's renderer applies one function from here centrally, not per template line:

- Markdown: the Jinja environment's ``finalize`` hook (:func:`markdown`) runs on every
  ``{{ … }}``; a helper that returns deliberate Markdown wraps it in :class:`MarkdownSafe`.
  Raw HTML, links and images, and a line break that would start a forged heading or list
  item are neutralised; the rendered Markdown reads the same as the text.
- CSV: every cell passes :func:`csv_cell`; a cell a spreadsheet would take for a formula
  (``= + - @``, tab, carriage return) is prefixed with an apostrophe (OWASP's advice).
- Terminal text: :func:`terminal` replaces control characters (ESC sequences that clear the
  screen or retitle the window, NUL, C1 controls) with U+FFFD; rich markup is off in every
  console the reports use, so ``[red]`` in a title stays text.
- HTML is escaped (Jinja's autoescape, ``markupsafe.escape``), and its finished markup has
  control characters replaced with U+FFFD as terminal text does; JSON escapes them itself.
"""

from __future__ import annotations

import re
from typing import Any

from paracheck.errors import CONTROL

REPLACEMENT = "\ufffd"

# a line break in any of its forms: in Markdown it could start a heading, list or quote
_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
# characters that make Markdown markup anywhere in a line: raw HTML, links and images
# (brackets), code spans, the escape character itself, and an "&" that starts what reads as
# an entity or character reference ("&lt;", "&#60;", "&#x3C;"), which a renderer would decode.
# Any other "&" is a plain character in Markdown ("Wageningen University & Research") and is
# left as written: escaping it showed "&amp;" to everyone reading the Markdown as text.
_INLINE = {"\\": "\\\\", "`": "\\`", "[": "\\[", "]": "\\]", "<": "&lt;", ">": "&gt;", "&": "&amp;"}
_ENTITY_START = r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)"
_INLINE_RE = re.compile(r"[\\`\[\]<>]|" + _ENTITY_START)
# what makes a line a heading, list item, rule or fence when it starts one (CommonMark): the
# group to escape is the marker's punctuation; a "1.0.0" or a lone "~" is left as it is
_LINE_START = re.compile(
    r"^(\s*)(?:(#)(?=#{0,5}(?:\s|$))"  # ATX heading
    r"|([-+*])(?=\s|$)"  # bullet list item
    r"|(\d{1,9})([.)])(?=\s|$)"  # ordered list item
    r"|([-=*_])(?=[-=*_\s]*$)"  # setext underline, thematic break
    r"|(~)(?=~~))"
)  # fence
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class MarkdownSafe(str):
    """Markdown a renderer wrote on purpose; :func:`markdown` passes it through unchanged."""

    __slots__ = ()


def control_free(text: str, keep: str = "") -> str:
    """``text`` with every control character (C0 except those in ``keep``, DEL, C1)
    replaced by U+FFFD."""
    return CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else REPLACEMENT, text)


# what markdown_text may change: a line break or other control character, an inline
# markup character, or a first character that could start a block marker (see _LINE_START).
# Any "&" sends the text the full way (most "&" change nothing there): one character class
# is a single scan, where the class or-ed with the entity look-ahead tried both at every
# character, three times as long on a report's usual sentence (issue 16).
_NEEDS_ESCAPE = re.compile(r"[\\`\[\]<>&\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MARKER_START = frozenset("#-+*=_~0123456789")


def markdown_text(text: str) -> str:
    """``text`` as inert Markdown that renders as the same characters, on one line."""
    if (
        text
        and text[0] not in _MARKER_START
        and not text[0].isspace()
        and _NEEDS_ESCAPE.search(text) is None
    ):
        return text  # the common case: nothing to neutralise, one scan instead of four
    return _neutralised(text)


def _neutralised(text: str) -> str:
    """:func:`markdown_text` in full: every rule applied, whatever ``text`` holds."""
    text = control_free(_BREAKS.sub(" ", text), keep="\t").replace("\t", " ")
    text = _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], text)
    return _LINE_START.sub(_escape_marker, text, count=1)


def _escape_marker(m: re.Match[str]) -> str:
    indent, heading, bullet, digits, dot, rule, fence = m.groups()
    if digits is not None:
        return f"{indent}{digits}\\{dot}"
    return f"{indent}\\{heading or bullet or rule or fence or ''}"


def markdown(value: Any) -> Any:
    """Jinja ``finalize`` for the Markdown environment: every value printed is made inert
    unless it is :class:`MarkdownSafe` (or not text at all: numbers print as they are)."""
    if type(value) is str:  # the common case first: plain text from a label or a proposal
        return markdown_text(value)
    if isinstance(value, MarkdownSafe) or value is None or isinstance(value, bool | int | float):
        return value
    return markdown_text(str(value))


def markdown_cell(value: Any) -> MarkdownSafe:
    """A Markdown table cell: inert, and with no pipe that would split the row."""
    text = value if isinstance(value, MarkdownSafe) else markdown_text(str(value))
    return MarkdownSafe(text.replace("|", "\\|"))


def markdown_code(value: Any, *, cell: bool = False) -> MarkdownSafe:
    """``value`` as a code span that reads as its characters: Markdown reads no escape and no
    markup inside a code span, so the text is not escaped (``markdown_text`` there showed
    "\\[" for "[" and "&lt;" for "<"); the fence is one backtick longer than any run in the
    text, padded where the text starts or ends with a backtick or a space. On one line, no
    control characters; ``cell``: a pipe escaped so that a table row is not split (GFM reads
    ``\\|`` inside a code span in a table as ``|``)."""
    text = control_free(_BREAKS.sub(" ", str(value)), keep="\t").replace("\t", " ")
    fence = "`" * (max(map(len, re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    code = f"{fence}{pad}{text}{pad}{fence}"
    return MarkdownSafe(code.replace("|", "\\|") if cell else code)


def markdown_markup(value: Any) -> MarkdownSafe:
    """Markdown a template builds on purpose in an expression (``{{ ("#" * level) | markup }}``);
    never for data."""
    return MarkdownSafe(str(value))


def markdown_code_block(value: Any) -> MarkdownSafe:
    """Text for inside a fenced code block: line breaks kept, no fence that could close it
    early, no control characters."""
    text = control_free(str(value), keep="\n\t")
    return MarkdownSafe(text.replace("```", "`\u200b``").replace("~~~", "~\u200b~~"))


def csv_cell(value: Any) -> Any:
    """A CSV cell no spreadsheet evaluates: text that would start a formula gets a leading
    apostrophe; control characters other than tab and line breaks become U+FFFD; a carriage
    return becomes a line feed, which the writer quotes (a bare CR was written unquoted, and
    every spreadsheet ended the row there: the text after it opened a row of its own, a
    formula at its start; attack 470 H2)."""
    if not isinstance(value, str):
        return value
    text = control_free(value, keep="\t\n\r") if CONTROL.search(value) else value
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if text.startswith(_FORMULA_START) else text


def terminal(text: str) -> str:
    """Text for a terminal: no control character but line breaks and tabs."""
    return control_free(text, keep="\n\t")
