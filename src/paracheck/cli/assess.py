"""``paracheck assess``: assess proposals and print or write the report.

Everything it does is a public library call — :func:`paracheck.assess_many` and
:func:`paracheck.render` for one proposal, :func:`paracheck.stream_batch` for several (each
report rendered in the worker that assessed it, written as it arrives) — plus what only a
command line decides: where output goes, whether it is coloured, and the exit code.
"""

import os
import sys
from collections.abc import Iterable
from typing import Annotated, Any, Literal

import typer

import paracheck
from paracheck.cli.common import (
    EXIT_FAIL_ON,
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    LANGS,
    emit,
    long_run_collector,
    parse_date,
    terminal_width,
    use_colour,
)

FAIL_ON = ("blocker", "high", "medium", "low")
CLI_FORMATS = (*paracheck.FORMATS, "pdf")


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
    day = parse_date(as_of)
    inputs = paracheck.expand_inputs(files)
    if output is not None:  # refuse a bad --output before any work is done
        paracheck.check_output(output, inputs)
    colour = use_colour(fmt, output)
    width = terminal_width(output)
    single = len(files) == 1 and (files[0] == "-" or not os.path.isdir(files[0]))
    outcome = {"internal": False, "invalid": False, "fails": False}  # for the exit code
    if not single:  # workers, for as many files as there are: Python's collector settings
        long_run_collector()

    def seen(row: Any) -> None:  # as each input is answered: its problems go to stderr
        for problem in row.problems:
            typer.echo(problem.describe(lang), err=True)
        outcome["internal"] |= row.internal
        outcome["invalid"] |= not row.ok
        outcome["fails"] |= row.ok and row.summary.fails(fail_on, fail_on_unknown)

    if fmt == "pdf" or (single and not summary):
        items = paracheck.assess_many(files, pack=pack, as_of=day)
        for item in items:
            seen(item.row)
        if fmt == "pdf":
            _pdf(items, single and not summary, lang, output, summary, inputs)
        elif items[0].ok:
            emit(
                paracheck.render(items[0].assessment, fmt, lang, color=colour, width=width),
                output,
                inputs,
            )
    else:  # a batch: written as the workers answer, each report rendered by its worker
        pieces = paracheck.stream_batch(
            files,
            fmt,
            lang,
            pack=pack,
            as_of=day,
            color=colour,
            width=width,
            summary_only=summary,
            on_row=seen,
        )
        emit(pieces, output, inputs)

    if outcome["internal"]:  # paracheck failed on a file, not the user
        raise typer.Exit(EXIT_INTERNAL)
    if outcome["invalid"]:
        raise typer.Exit(EXIT_INVALID)
    if outcome["fails"]:
        raise typer.Exit(EXIT_FAIL_ON)
    raise typer.Exit(EXIT_OK)


def _pdf(
    items: list,
    single: bool,
    lang: str,
    output: str | None,
    summary: bool = False,
    inputs: Iterable[str] = (),
) -> None:
    """A PDF goes to ``-o`` or to a pipe, never raw onto a terminal."""
    if output is None and sys.stdout.isatty():
        raise paracheck.UsageError.of("usage.pdf_terminal")
    assessed = [i for i in items if i.assessment is not None]
    if not assessed:
        return
    data = (
        paracheck.render_pdf(assessed[0].assessment, lang)
        if single
        else paracheck.render_batch_pdf(items, lang, summary_only=summary)
    )
    emit([data], output, inputs)


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)
