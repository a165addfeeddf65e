"""``paracheck assess``: assess proposals and print or write the report.

This is the command's typer signature (its options, help and refusals); what it does is
``cli.actions.assess``, which ``cli.fast`` also calls for a plain command line.
"""

from typing import Annotated, Literal

import typer

from paracheck.cli import actions
from paracheck.cli.actions import CLI_FORMATS, FAIL_ON
from paracheck.cli.common import LANGS
from paracheck.cli.options import parse_date


def assess(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE|DIR|-…",
            help="Proposal files (YAML or JSON), directories of them, or '-' for stdin.",
        ),
    ],
    fmt: Annotated[
        Literal[CLI_FORMATS],
        typer.Option(
            "--format",
            "-f",
            help="Report format (pdf prints the HTML report with headless Chromium).",
        ),
    ] = "text",
    lang: Annotated[
        Literal[LANGS], typer.Option("--lang", help="Report language: id (Bahasa Indonesia) or en.")
    ] = "id",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the report here (atomically) instead of standard output.",
        ),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option(
            "--pack",
            metavar="NAME",
            help="Rule pack to use (default: the one in force on the proposal's date).",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Judge the proposal as of this date (YYYY-MM-DD) instead of its own.",
        ),
    ] = None,
    summary: Annotated[
        bool, typer.Option("--summary", help="For several proposals: print only the summary table.")
    ] = False,
    fail_on: Annotated[
        Literal[FAIL_ON] | None,
        typer.Option("--fail-on", help="Exit 1 if a check of this severity or worse is a risk."),
    ] = None,
    fail_on_unknown: Annotated[
        Literal[FAIL_ON] | None,
        typer.Option(
            "--fail-on-unknown",
            help="Exit 1 if a check of this severity or worse cannot be judged (unknown).",
        ),
    ] = None,
) -> None:
    """Assess proposals: one report each, plus a summary table for several.

    Exit 0 when done, 1 when a risk is at or above --fail-on or an unknown check at or above
    --fail-on-unknown, 2 when an input is invalid (the others are still assessed), 3 on an
    internal error.
    """
    raise typer.Exit(
        actions.assess(
            files,
            fmt,
            lang,
            output,
            pack,
            parse_date(as_of),
            summary,
            fail_on,
            fail_on_unknown,
        )
    )


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)
