"""The renderers' shortcuts draw exactly what the general path draws (issue 16).

Reports take shortcuts for speed: the terminal report draws indented and hanging lines
directly instead of through rich's Padding and Table.grid, a plain (uncoloured) report writes
each such line as one string, and Markdown escaping skips text that has nothing to
neutralise. The golden corpus pins whole reports at one width without colour; these tests pin
each shortcut against the general path it replaces for any text, width, indent and style,
with and without colour, so a change in rich or in the escaping rules shows up here.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from paracheck.report import escape
from paracheck.report import text as report_text

# words that wrap, fold, take two cells (漢字), have no width of their own (é as e + U+0301)
WORDS = st.sampled_from(
    ["a", "REG-001", "Pemerintah", "—", "漢字", "e\u0301", "x" * 37, "(baris", "31)", "", " "]
)
STYLES = st.sampled_from(["", "bold", "dim", "red", "bold red", "yellow", "bold underline"])
MARKERS = st.sampled_from(["✗", "→", "-", "☐", "~", "–", " 1.", "12.", "100."])
WIDTHS = st.sampled_from([40, 41, 57, 80, 100, 137, 200])
INDENTS = st.sampled_from([0, 1, 2, 6, 8])


@st.composite
def texts(draw: st.DrawFn) -> Text:
    text = Text(" ".join(draw(st.lists(WORDS, min_size=1, max_size=40))), style=draw(STYLES))
    for words in draw(st.lists(st.lists(WORDS, min_size=1, max_size=12), max_size=3)):
        text.append(" ".join(words), style=draw(STYLES))
    return text


def _drawn(renderable: object, colour: bool, width: int, **options: object) -> str:
    """What ``renderable`` prints on the reports' console, as a report keeps it."""
    console = report_text._console(colour, width)
    console.print(renderable, **options)  # type: ignore[arg-type]
    console.flush_queued()
    out = console.file.getvalue()  # type: ignore[attr-defined]
    # a plain report drops trailing spaces (report_text._drawn): so does the comparison
    return out if colour else "\n".join(line.rstrip() for line in out.splitlines())


def _general_item(marker: Text, text: Text, indent: int) -> Padding:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(marker, text)
    return Padding(grid, (0, 0, 0, indent), expand=False)


@settings(max_examples=400, deadline=None)
@given(texts(), MARKERS, STYLES, WIDTHS, INDENTS, st.booleans())
def test_a_hanging_item_is_drawn_as_rich_draws_the_marker_and_text_grid(
    text: Text, marker: str, style: str, width: int, indent: int, colour: bool
) -> None:
    if not report_text._direct(text):
        return  # (an empty text takes the general path itself)
    mark = Text(marker, style=style)
    general = _drawn(_general_item(mark, text, indent), colour, width)
    assert _drawn(report_text._Hanging(mark, text, indent), colour, width) == general


@settings(max_examples=400, deadline=None)
@given(texts(), WIDTHS, INDENTS, st.booleans())
def test_an_indented_line_is_drawn_as_rich_draws_the_padded_text(
    text: Text, width: int, indent: int, colour: bool
) -> None:
    if not report_text._direct(text):
        return
    general = _drawn(Padding(text, (0, 0, 0, indent), expand=False), colour, width, overflow="fold")
    assert _drawn(report_text._Indented(text, indent), colour, width) == general


def test_text_with_a_line_break_or_control_character_takes_the_general_path() -> None:
    for plain in ("two\nlines", "tab\there", "escape\x1b[2J", "line\u2028separator", ""):
        assert not report_text._direct(Text(plain)), plain
    assert report_text._direct(Text("REG-001  Sektor ke-1 — 漢字"))


@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "ab #-+*=_~019.)`[]<>&;ltx\\|漢 "
                "\t\n\r\x0b\x0c\x85\u2028\u2029\x00\x1b\x9f\xa0\u3000"
            )
        ),
        max_size=12,
    )
)
def test_markdown_escaping_of_plain_text_equals_the_full_escaping(text: str) -> None:
    assert escape.markdown_text(text) == escape._neutralised(text)


CELLS = st.lists(WORDS, max_size=8).map(" ".join)
JUSTIFY = st.sampled_from(["left", "right", "center", "default", None])
OVERFLOW = st.sampled_from(["fold", "ellipsis", "crop", None])


@st.composite
def tables(draw: st.DrawFn) -> Table:
    """A table as the reports draw them (box SIMPLE_HEAD, no edge, no edge padding), with
    columns that wrap, fold, stay on one line or are right-aligned."""
    from rich import box

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    n = draw(st.integers(1, 6))
    for _ in range(n):
        table.add_column(
            draw(CELLS),
            justify=draw(JUSTIFY) or "left",
            overflow=draw(OVERFLOW) or "ellipsis",
            no_wrap=draw(st.booleans()),
            ratio=draw(st.sampled_from([None, 1, 2, 3])),
        )
    for _ in range(draw(st.integers(0, 8))):
        cells = [draw(CELLS) for _ in range(n)]
        table.add_row(*(Text(c, style=draw(STYLES)) if draw(st.booleans()) else c for c in cells))
    return table


@settings(max_examples=300, deadline=None)
@given(tables(), WIDTHS)
def test_a_plain_table_is_drawn_as_rich_draws_it_without_colour(table: Table, width: int) -> None:
    general = _drawn(table, False, width)
    console = report_text._console(False, width)
    lines = report_text._plain_table(console, table, console.options)
    if lines is None:
        return  # a table too wide for the line, say: rich draws it
    assert "\n".join(line.rstrip() for line in lines) == general


def test_the_reports_own_tables_take_the_direct_drawing() -> None:
    import paracheck

    example = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"
    a = paracheck.assess(paracheck.load_proposal(str(example)))
    console = report_text._console(False, 100)
    table = report_text.procedure_table(a, "id")
    lines = report_text._plain_table(console, table, console.options)
    assert lines is not None
    assert "\n".join(line.rstrip() for line in lines) == _drawn(table, False, 100)


# --- measuring and wrapping one-cell text without rich's per-character measure ---------------


def test_every_character_counted_as_one_cell_is_one_cell_wide_for_rich() -> None:
    from rich.cells import cell_len

    wide = [c for c in report_text.ONE_CELL if cell_len(c) != 1]
    assert wide == []


@given(st.text(alphabet=st.sampled_from(list("ab -—→☐✗“”…\xa0\u00ad漢e\u0301\x1b\t")), max_size=30))
def test_a_texts_width_is_the_width_rich_measures(text: str) -> None:
    from rich.cells import cell_len

    assert report_text.cell_width(text) == cell_len(text)


# single spaces, runs of spaces, long words, the dashes and arrows of a report (all one cell
# wide, the direct path), and what sends a line to rich: a leading space, a no-break space,
# wide characters
ONE_CELL_PIECES = ["a", "kata", "Pemerintah", " ", "  ", "—", "→", "x" * 23, "REG-001,"]
LINES = st.one_of(
    st.lists(st.sampled_from(ONE_CELL_PIECES), min_size=1, max_size=30).map("".join),
    st.lists(
        st.sampled_from([*ONE_CELL_PIECES, "\xa0", "漢字", " a"]), min_size=1, max_size=30
    ).map("".join),
)


@settings(max_examples=2000, deadline=None)
@given(LINES, st.integers(1, 60))
def test_a_line_is_broken_where_rich_breaks_it(line: str, width: int) -> None:
    from rich._wrap import divide_line

    if len(line) <= width:
        return  # (only a line longer than the width is broken)
    assert report_text._breaks(line, width) == divide_line(line, width, fold=True)


def _rich_printed(text: Text, width: int, colour: bool = False) -> str:
    """What a rich console of the reports' settings (not the reports' own console) prints
    ``text`` as; without colour, trailing spaces dropped as a plain report drops them."""
    from rich.console import Console

    console = Console(**report_text.console_options(colour, width))  # type: ignore[arg-type]
    console.print(text)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return out if colour else "\n".join(line.rstrip() for line in out.splitlines())


@settings(max_examples=400, deadline=None)
@given(texts(), WIDTHS, st.booleans())
def test_a_printed_line_of_a_report_is_what_rich_prints(
    text: Text, width: int, colour: bool
) -> None:
    assert _drawn(text, colour, width) == _rich_printed(text, width, colour)


def test_an_empty_line_of_a_report_is_what_rich_prints() -> None:
    for colour in (False, True):
        console = report_text._console(colour, 60)
        console.print()
        console.flush_queued()
        assert console.file.getvalue() == "\n"  # type: ignore[attr-defined]


@st.composite
def table_pairs(draw: st.DrawFn) -> tuple[Table, Table]:
    """The same table twice: as rich's ``Table`` and as the reports' ``_Table``, with columns
    that have a least or a greatest width, wrap or not, and cells of text or strings."""
    from rich import box

    pair = (
        Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False),
        report_text._Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False),
    )
    n = draw(st.integers(1, 6))
    for _ in range(n):
        options = {
            "justify": draw(JUSTIFY) or "left",
            "overflow": draw(OVERFLOW) or "fold",
            "no_wrap": draw(st.booleans()),
            "min_width": draw(st.sampled_from([None, 0, 3, 15])),
            "max_width": draw(st.sampled_from([None, 1, 4, 30])),
        }
        header = draw(CELLS)
        for table in pair:
            table.add_column(header, **options)  # type: ignore[arg-type]
    for _ in range(draw(st.integers(0, 8))):
        cells = [draw(CELLS) for _ in range(n)]
        texts = [draw(st.booleans()) for _ in range(n)]
        for table in pair:
            table.add_row(*(Text(c) if t else c for c, t in zip(cells, texts, strict=True)))
    return pair


@settings(max_examples=400, deadline=None)
@given(table_pairs(), st.integers(1, 200))
def test_a_reports_table_measures_its_columns_as_rich_does(
    pair: tuple[Table, Table], width: int
) -> None:
    general, direct = pair
    console = report_text._console(False, max(width, report_text.MIN_WIDTH))
    options = console.options.update_width(width)
    wanted = general._calculate_column_widths(console, options)
    assert direct._calculate_column_widths(console, options) == wanted


@settings(max_examples=200, deadline=None)
@given(table_pairs(), WIDTHS, st.booleans())
def test_a_reports_table_is_drawn_as_rich_draws_it(
    pair: tuple[Table, Table], width: int, colour: bool
) -> None:
    general, direct = pair
    assert _drawn(direct, colour, width) == _drawn(general, colour, width)


def _queued(piece: object, width: int) -> str:
    """What the reports' coloured console writes for ``piece`` queued and flushed, as a
    report queues its indented lines and items (``_indented``, ``_item``)."""
    console = report_text._console(True, width)
    console.queued.append(piece)  # type: ignore[arg-type]
    console.flush_queued()
    return console.file.getvalue()  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(texts(), WIDTHS, INDENTS)
def test_a_queued_indented_line_in_colour_is_what_rich_writes(
    text: Text, width: int, indent: int
) -> None:
    if not report_text._direct(text):
        return
    general = _drawn(Padding(text, (0, 0, 0, indent), expand=False), True, width, overflow="fold")
    assert _queued(report_text._Indented(text, indent), width) == general


@settings(max_examples=400, deadline=None)
@given(texts(), MARKERS, STYLES, WIDTHS, INDENTS)
def test_a_queued_item_in_colour_is_what_rich_writes(
    text: Text, marker: str, style: str, width: int, indent: int
) -> None:
    if not report_text._direct(text):
        return
    mark = Text(marker, style=style)
    general = _drawn(_general_item(mark, text, indent), True, width)
    assert _queued(report_text._Hanging(mark, text, indent), width) == general


def test_a_coloured_item_with_its_own_justification_is_left_to_rich() -> None:
    console = report_text._console(True, 100)
    parts = Text("REG-001 ", style="bold")
    parts.append("Tinggi", style="red")
    for text in (Text("REG-001", style="bold"), parts):
        assert report_text._Hanging(Text("✗", style="red"), text, 2).coloured(console, 100)
    centred = Text("REG-001", style="bold", justify="center")
    assert report_text._Hanging(Text("✗"), centred, 2).coloured(console, 100) is None
    assert report_text._Indented(Text("x", overflow="ellipsis"), 2).coloured(console, 100) is None
