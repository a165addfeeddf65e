"""What every command shares: where output goes, colour, dates, and the common options.

One place, so ``assess``, ``checklist``, ``diff`` and ``rules`` write, colour and parse the
same way. Nothing here imports more than typer and the public ``paracheck`` package.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from typing import Annotated, Literal

import typer

import paracheck

EXIT_OK, EXIT_FAIL_ON, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3

LANGS: tuple[str, ...] = paracheck.LANGS

LangOption = Annotated[
    Literal[LANGS], typer.Option("--lang", help="Language: id (Bahasa Indonesia) or en.")
]
PackOption = Annotated[
    str | None,
    typer.Option("--pack", metavar="NAME", help="Rule pack (default: the one in force today)."),
]


def parse_date(value: str | None) -> dt.date | None:
    """``--as-of`` and friends: an ISO date, or a usage error naming the expected form."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def use_colour(fmt: str, output: str | None) -> bool:
    """Colour only for text going to a terminal, and never when NO_COLOR is set
    (https://no-color.org)."""
    return (
        fmt == "text" and output is None and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    )


def terminal_width(output: str | None) -> int | None:
    """The width text is drawn at: the terminal's (or ``COLUMNS``) when printing to one."""
    import shutil

    if output is not None:
        return None
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size((100, 24)).columns
    return None


def emit(text: str | Iterable[bytes], output: str | None, inputs: Iterable[str] = ()) -> None:
    """The report (text, or UTF-8 pieces) to ``--output`` (atomically) or to standard
    output, always UTF-8. ``inputs`` (the files read) are never overwritten."""
    if output is not None:
        paracheck.write_output(output, text, inputs)
        return
    sys.stdout.flush()
    if isinstance(text, str):
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        sys.stdout.buffer.writelines(text)
    sys.stdout.flush()
