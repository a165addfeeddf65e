"""The most common command lines, answered without loading typer.

Importing typer and building the application costs about a quarter of a ``paracheck validate
FILE`` (typer, its copy of click, and pydantic adapters it builds to coerce every option
value). Most command lines are plain, though: a command name, files, and options from a short
list with values among their choices. :func:`plan` recognises exactly those, for ``validate``,
``assess`` and ``schema``, and returns the action to run; for everything else — ``--help``, a
misspelt or repeated option, a value out of its choices, an option whose value starts with
``-``, a missing file argument, ``--``, bundled short options, shell completion, any other
command — it returns None and typer parses the line as it always has, so help, usage errors
and their exit codes stay typer's own.

What a recognised line does is what typer would have done with it: the same function in
``cli.actions`` with the same values (each option's default where it is not given), and the
same handling of what click's main loop handles (interrupts, a closed pipe).
``tests/test_cli_fast.py`` holds the specs below to the options typer builds and compares the
two paths' output and exit codes.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from collections.abc import Callable
from typing import Any

from paracheck.cli import actions
from paracheck.cli.common import EXIT_CLOSED_PIPE, LANGS, echo

#: an option without a value (a flag)
FLAG = "flag"
#: an option whose value is an ISO date (``--as-of``), parsed as ``options.parse_date`` does
DATE = "date"
#: an option with any value
TEXT = "text"


def _iso_form(value: str) -> bool:
    """Whether ``value`` is written YYYY-MM-DD in ASCII digits (without ``re``, which this
    module's start does not otherwise import)."""
    digits = value[:4] + value[5:7] + value[8:]
    return (
        len(value) == 10 and value[4] == value[7] == "-" and digits.isascii() and digits.isdigit()
    )


class Spec:
    """One command as typer declares it: its options (every spelling → destination, and the
    kind of value: FLAG, DATE, TEXT or the tuple of choices), their defaults, whether it takes
    files, and the action run with the parsed values as keywords.

    A plain class: a dataclass costs its module ~0.4 ms of code generation at every start.
    """

    __slots__ = ("action", "defaults", "files", "options")

    def __init__(
        self,
        *,
        options: dict[str, tuple[str, Any]],
        defaults: dict[str, Any],
        files: bool,
        action: Callable[..., int],
    ) -> None:
        self.options, self.defaults, self.files, self.action = options, defaults, files, action


COMMANDS: dict[str, Spec] = {
    "validate": Spec(
        options={"--pack": ("pack", TEXT), "--lang": ("lang", ("id", "en"))},
        defaults={"pack": None, "lang": "id"},
        files=True,
        action=actions.validate,
    ),
    "assess": Spec(
        options={
            "--format": ("fmt", actions.CLI_FORMATS),
            "-f": ("fmt", actions.CLI_FORMATS),
            "--lang": ("lang", LANGS),
            "--output": ("output", TEXT),
            "-o": ("output", TEXT),
            "--pack": ("pack", TEXT),
            "--as-of": ("as_of", DATE),
            "--summary": ("summary", FLAG),
            "--fail-on": ("fail_on", actions.FAIL_ON),
            "--fail-on-unknown": ("fail_on_unknown", actions.FAIL_ON),
        },
        defaults={
            "fmt": "text",
            "lang": "id",
            "output": None,
            "pack": None,
            "as_of": None,
            "summary": False,
            "fail_on": None,
            "fail_on_unknown": None,
        },
        files=True,
        action=actions.assess,
    ),
    "schema": Spec(
        options={"--assessment": ("assessment", FLAG)},
        defaults={"assessment": False},
        files=False,
        action=actions.schema,
    ),
}

#: what click reads to answer a shell's completion request instead of running the command
_COMPLETE_VAR = "_PARACHECK_COMPLETE"


def plan(argv: list[str]) -> Callable[[], int] | None:
    """The action a plain command line asks for, or None when typer must parse it."""
    if not argv or os.environ.get(_COMPLETE_VAR):
        return None
    spec = COMMANDS.get(argv[0])
    if spec is None:
        return None
    values = dict(spec.defaults)
    given: set[str] = set()
    files: list[str] = []
    rest = iter(argv[1:])
    for token in rest:
        if token == "-" or not token.startswith("-"):  # click's test of an argument
            files.append(token)
            continue
        name, equals, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name not in spec.options:
            return None
        dest, kind = spec.options[name]
        if dest in given:  # repeated: typer says what it makes of it
            return None
        given.add(dest)
        if kind == FLAG:
            if equals:
                return None
            values[dest] = True
            continue
        if not equals:
            value = next(rest, None)
        if not value or value.startswith("-"):
            return None
        if kind == DATE:
            # only YYYY-MM-DD; anything else (20150610 too) goes to typer, which refuses it
            if not _iso_form(value):
                return None
            try:
                values[dest] = dt.date.fromisoformat(value)
            except ValueError:
                return None
        elif kind == TEXT or value in kind:
            values[dest] = value
        else:
            return None
    if spec.files != bool(files):
        return None
    if spec.files:
        values["files"] = files
    return lambda: spec.action(**values)


class Aborted(Exception):
    """End of input while a command read it: typer's ``Abort``, which ``cli.main`` says in the
    command's language."""


def run(action: Callable[[], int]) -> int:
    """Run an action and return its exit code, handling what typer's main loop handles around
    a command: end of input, an interrupt, standard output closed early (``| head``)."""
    try:
        return action()
    except EOFError:
        echo("", err=True)  # typer's empty line before its Abort
        raise Aborted from None
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        try:  # as typer does, loaded only when needed
            from typer._click.utils import PacifyFlushWrapper  # type: ignore[import-not-found]
        except ImportError:  # pragma: no cover - older typer uses click itself
            from click.utils import PacifyFlushWrapper

        sys.stdout = PacifyFlushWrapper(sys.stdout)  # type: ignore[assignment]
        sys.stderr = PacifyFlushWrapper(sys.stderr)  # type: ignore[assignment]
        sys.exit(EXIT_CLOSED_PIPE)  # typer said 1, a check's code (see EXIT_CLOSED_PIPE)
