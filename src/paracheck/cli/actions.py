"""What ``validate``, ``schema`` and ``assess`` do once their arguments are parsed.

Each returns the exit code (or raises a paracheck error that ``cli.main`` reports). Nothing
here imports typer: typer's commands (``cli.typer_app``, ``cli.assess``) parse the arguments
and call these, and so does ``cli.fast`` for a plain command line, without loading typer.

``assess`` answers with one public library call for one proposal — :func:`paracheck.assess_many`
then :func:`paracheck.render` — or :func:`paracheck.stream_batch` for several (each report
rendered in the worker that assessed it, written as it arrives), plus what only a command line
decides: where output goes, whether it is coloured, and the exit code.
"""

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

import paracheck
from paracheck.cli.common import (
    EXIT_FAIL_ON,
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    echo,
    emit,
    long_run_collector,
    on_terminal,
    output_path,
    refuse_empty_names,
    terminal_width,
    use_colour,
)

FAIL_ON = ("blocker", "high", "medium", "low")
CLI_FORMATS = (*paracheck.FORMATS, "pdf")

#: what ``validate`` says of a file with no problem, before its name. Scripts can rely on the
#: exit code (0: every file fits) and on one such line per file on standard output; the
#: English line ("ok: FILE") is the one it always was. "isian sesuai format" read as "the
#: proposal is in order" (wording review): the Indonesian line says the content is not yet
#: judged, and :data:`ONLY_FORMAT` follows on standard error. Kept here rather than in
#: usage.yaml: reading that file costs a plain ``validate`` a few milliseconds. The Indonesian
#: line is a sentence and starts with a capital (trial 231 #12).
FITS = {"id": "Format benar, isi belum dinilai", "en": "ok"}
#: said once after the files that fit, on standard error (scripts read standard output)
ONLY_FORMAT = {
    "id": "Hanya format berkas yang diperiksa, bukan isi usulannya. Untuk penilaian: {command}",
    "en": "Only the file's format was checked, not the proposal. To assess it: {command}",
}


def validate(files: list[str], pack: str | None, lang: str) -> int:
    """Check proposal files against the schema and their waivers against the pack."""
    refuse_empty_names(files)
    given = files
    files = paracheck.distinct_inputs(files)  # folders expand exactly as assess does
    failed = False
    fit = 0
    for name in files:
        try:
            paracheck.check_waivers(paracheck.load_proposal_or_folder(name), pack)
        except paracheck.InputError as exc:
            failed = True
            for problem in exc.problems:
                echo(problem.describe(lang), err=True)
        else:
            fit += 1
            echo(f"{FITS[lang]}: {paracheck.shown_name(name)}")  # caf\xe9.yaml, as assess says
    if fit and not failed:
        import shlex

        command = (
            "… | paracheck assess -"  # standard input is read once: the same pipe, into assess
            if "-" in given
            else " ".join(["paracheck assess", *map(shlex.quote, given)])
        )
        echo(ONLY_FORMAT[lang].format(command=command), err=True)
    return EXIT_INVALID if failed else EXIT_OK


def schema(assessment: bool) -> int:
    """Print the JSON Schema of a proposal, or of an assessment."""
    import json

    document = paracheck.assessment_schema() if assessment else paracheck.proposal_schema()
    emit(json.dumps(document, indent=2, ensure_ascii=False) + "\n", None)
    return EXIT_OK


def assess(
    files: list[str],
    fmt: str,
    lang: str,
    output: str | None,
    pack: str | None,
    as_of: dt.date | None,
    summary: bool,
    fail_on: str | None,
    fail_on_unknown: str | None,
) -> int:
    """Assess proposals: one report each, plus a summary table for several."""
    refuse_empty_names(files)
    if summary and fmt == "csv":
        # CSV has no summary table (its rows are every check of every file): --summary was
        # ignored without a word and wrote all 426 rows (practitioner trial 29 M3)
        raise paracheck.UsageError.of("usage.summary_csv")
    output = output_path(output)
    inputs = paracheck.distinct_inputs(files)  # each file once (atk290 #8)
    # the pack files are read too, and never written over (--pack my.yaml -o my.yaml)
    packs = paracheck.pack_files(pack) if output is not None else []
    if output is not None:  # refuse a bad --output before any work is done
        paracheck.check_output(output, inputs, packs)
    colour = use_colour(fmt, output)
    width = terminal_width(output)
    single = len(files) == 1 and (files[0] == "-" or not os.path.isdir(files[0]))
    outcome = {"internal": False, "invalid": False, "fails": False}  # for the exit code
    if not single:  # workers, for as many files as there are: Python's collector settings
        long_run_collector()

    def seen(row: Any) -> None:  # as each input is answered: its problems go to stderr
        for problem in row.problems:
            echo(problem.describe(lang), err=True)
        outcome["internal"] |= row.internal
        outcome["invalid"] |= not row.ok
        outcome["fails"] |= row.ok and row.summary.fails(fail_on, fail_on_unknown)

    if fmt == "pdf" or (single and not summary):
        items = paracheck.assess_many(inputs, pack=pack, as_of=as_of)
        for item in items:
            seen(item.row)
            hint = (
                paracheck.unlisted_hint(item.assessment, files[0], lang)
                if single and item.ok
                else None
            )
            if hint is not None:
                echo(hint, err=True)
        if fmt == "pdf":
            _pdf(items, single and not summary, lang, output, summary, inputs, packs)
        elif items[0].ok:
            emit(
                paracheck.render(items[0].assessment, fmt, lang, color=colour, width=width),
                output,
                inputs,
                packs,
            )
    else:  # a batch: written as the workers answer, each report rendered by its worker
        pieces = paracheck.stream_batch(
            inputs,
            fmt,
            lang,
            pack=pack,
            as_of=as_of,
            color=colour,
            width=width,
            summary_only=summary,
            on_row=seen,
        )
        emit(pieces, output, inputs, packs)

    if outcome["internal"]:  # paracheck failed on a file, not the user
        return EXIT_INTERNAL
    if outcome["invalid"]:
        return EXIT_INVALID
    if outcome["fails"]:
        return EXIT_FAIL_ON
    return EXIT_OK


def _pdf(
    items: list,
    single: bool,
    lang: str,
    output: str | None,
    summary: bool = False,
    inputs: Iterable[str] = (),
    packs: Iterable[str] = (),
) -> None:
    """A PDF goes to ``-o`` or to a pipe, never raw onto a terminal."""
    if output is None and on_terminal():
        raise paracheck.UsageError.of("usage.pdf_terminal")
    assessed = [i for i in items if i.assessment is not None]
    if not assessed:
        return
    data = (
        paracheck.render_pdf(assessed[0].assessment, lang)
        if single
        else paracheck.render_batch_pdf(items, lang, summary_only=summary)
    )
    emit([data], output, inputs, packs)
