"""The typer options several commands share, and their parsing helpers.

Kept apart from ``cli.common`` so that what ``cli.fast`` runs without typer imports none of it.
"""

import datetime as dt
import re
from typing import Annotated, Literal

import typer

import paracheck
from paracheck.cli.common import LANGS

LangOption = Annotated[
    Literal[LANGS], typer.Option("--lang", help="Language: id (Bahasa Indonesia) or en.")
]
PackOption = Annotated[
    str | None,
    typer.Option("--pack", metavar="NAME", help="Rule pack (default: the one in force today)."),
]


#: the white space the proposal loader trims from a date (Unicode White_Space), not Python's
#: ``str.strip()``, which also takes U+001C-U+001F (refused in a proposal file, so here too)
_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")
_ISO_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII: \d takes ２０１５ too


def parse_date(value: str | None) -> dt.date | None:
    """``--as-of`` (the one option that takes a date): an ISO date, or a usage error naming
    the option and the expected form."""
    if value is None:
        return None
    value = value.strip(
        _SPACE
    )  # " 2020-05-22" pasted with its space, as a proposal file's date reads it
    try:
        # Python's own reading also takes 20150610 and 2015-W24-3: the form is checked first
        if not _ISO_FORM.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        # 2025-02-30 is written right and is no day: say so, not "must be YYYY-MM-DD"
        key = "usage.cli.date_not_in_calendar" if _ISO_FORM.fullmatch(value) else "usage.cli.date"
        raise bad_parameter(key, param_hint="--as-of", given=repr(value)) from None


def bad_parameter(key: str, /, *, param_hint: str | None = None, **values: object) -> Exception:
    """typer's refusal of an option's value, said by message ``key`` of ``usage.yaml``: typer
    prints the English sentence (``--lang en``); ``said`` carries both languages for
    :mod:`paracheck.cli.refusals`, which says it in Indonesian."""
    said = paracheck.UsageError.of(key, **values)
    error = typer.BadParameter(said.message, param_hint=param_hint)
    error.said = said  # type: ignore[attr-defined]
    return error
