"""``paracheck checklist`` and ``paracheck diff``: the blank checklist of a regime, and what
changed between two versions of a proposal."""

from typing import Annotated, Literal

import typer

import paracheck
from paracheck.cli.common import emit, output_path, refuse_empty_names, use_colour
from paracheck.cli.options import LangOption, PackOption, parse_date

CHECKLIST_FORMATS: tuple[str, ...] = paracheck.CHECKLIST_FORMATS
DIFF_FORMATS: tuple[str, ...] = paracheck.DIFF_FORMATS


def checklist(
    pack: PackOption = None,
    lang: LangOption = "id",
    fmt: Annotated[
        Literal[CHECKLIST_FORMATS], typer.Option("--format", "-f", help="Output format.")
    ] = "text",
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write here instead of standard output."
        ),
    ] = None,
) -> None:
    """The blank checklist of a regime: every procedural step and every check."""
    # the pack in force today: a checklist is for someone starting a proposal now
    output = output_path(output)
    packs = paracheck.pack_files(pack) if output else []  # never written over
    emit(paracheck.render_checklist(paracheck.choose_pack(pack), lang, fmt), output, (), packs)


def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier proposal file.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later proposal file.")],
    lang: LangOption = "id",
    fmt: Annotated[
        Literal[DIFF_FORMATS], typer.Option("--format", "-f", help="Output format.")
    ] = "text",
    pack: Annotated[
        str | None, typer.Option("--pack", metavar="NAME", help="Judge both with this pack.")
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="DATE", help="Judge both as of this date (YYYY-MM-DD)."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write here instead of standard output."
        ),
    ] = None,
    fail_on_new: Annotated[
        bool,
        typer.Option(
            "--fail-on-new",
            help="Exit 1 if any check is a risk in NEW and was not in OLD (a residual risk "
            "that took its base risk's place is a reduction, not a new risk).",
        ),
    ] = False,
) -> None:
    """Compare two proposals: checks that became risks, cleared, or changed score.

    Exit 0 when done, 1 with --fail-on-new when a check became a risk, 2 on invalid input.
    """
    import os

    refuse_empty_names((old, new))
    output = output_path(output)
    for name in (old, new):
        if os.path.isdir(name):
            raise paracheck.UsageError.of("usage.diff_folder", name=repr(name))
    items = paracheck.assess_many([old, new], pack=pack, as_of=parse_date(as_of), workers=1)
    if not all(item.ok for item in items):
        for item in items:
            for problem in item.problems:
                typer.echo(problem.describe(lang), err=True)
        raise typer.Exit(2)
    before, after = (item.assessment for item in items)
    assert before is not None and after is not None
    proposals = tuple(item.proposal for item in items)
    changes = paracheck.diff(
        before,
        after,
        proposals if None not in proposals else None,  # type: ignore[arg-type]
    )
    emit(
        paracheck.render_diff(
            changes,
            fmt,
            lang,
            color=use_colour(fmt, output),
            assessments=(before, after),
        ),
        output,
        [old, new],
        paracheck.pack_files(pack) if output else [],  # never written over
    )
    if fail_on_new and changes.new_risks:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("checklist")(checklist)
    app.command("diff")(diff)
