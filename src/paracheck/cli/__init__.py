"""The ``paracheck`` command line: a thin mirror of the library (STYLE.md, sqlite-utils).

Commands parse arguments, call the library and format its answer; exit codes and printing live
only here. Start-up stays lean: heavy modules (pydantic models, the engine, the reports) are
imported inside the commands that need them.

Exit codes (PRODUCT.md §4): 0 done, 1 a check at or above ``--fail-on``, 2 invalid input or
usage, 3 internal error. Errors go to stderr as ``file:line:col: path: message``.

Adding a command: put it in its own module under ``paracheck/cli/`` with a function
``register(app: typer.Typer) -> None`` that decorates its commands onto ``app``, and add the
module's name to ``COMMAND_MODULES`` at the bottom of this file.
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated, Any, NoReturn

import typer

app = typer.Typer(
    name="paracheck",
    help="Decision support for Indonesian paradiplomacy proposals (sister province / city).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain click help: typer's rich panels print Python types (<bool>, <list[str]>) to users
    rich_markup_mode=None,
    # -h as well as --help, on every command
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _argument_type(self: typer.core.TyperArgument, ctx: object) -> str | None:
    """An argument that names its own metavar (``FILE…``) needs no Python type beside it:
    typer would print ``<list[str]>`` to users."""
    return None if self.metavar else _typer_argument_type(self, ctx)


_typer_argument_type = typer.core.TyperArgument.display_type_rich
typer.core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign]


def _bad_parameter_message(self: Any) -> str:
    """click's message without pydantic's "Value error, " prefix that typer lets through
    (``--fail-on info``)."""
    return _click_bad_parameter_message(self).replace("Value error, ", "")


try:  # recent typer carries its own copy of click (and no longer needs click itself)
    from typer import _click as _typer_click  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older typer uses click itself
    import click as _typer_click
_click_bad_parameter_message = _typer_click.exceptions.BadParameter.format_message
_typer_click.exceptions.BadParameter.format_message = _bad_parameter_message  # type: ignore[method-assign]

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_INTERNAL = 3


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"paracheck {version('paracheck')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Decision support for Indonesian paradiplomacy proposals (sister province / city)."""


@app.command()
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE|DIR|-…",
            help="Proposal files (YAML or JSON), folders of them; '-' reads stdin.",
        ),
    ],
    pack: Annotated[
        str | None,
        typer.Option(
            "--pack",
            metavar="NAME",
            help="Check waivers against this pack (default: the one in force on the "
            "proposal's date, as assess does).",
        ),
    ] = None,
) -> None:
    """Check proposal files against the schema (no rules are run), with error positions.

    Accepts what ``assess`` accepts (folders too) and refuses what it refuses: a waiver that
    names a rule the pack in force does not have.
    """
    import os

    from paracheck.errors import InputError
    from paracheck.facts.loader import load_proposal

    if any(name != "-" and os.path.isdir(name) for name in files):
        from paracheck.batch import expand_inputs  # folders expand exactly as assess does

        files = expand_inputs(files)
    failed = False
    for name in files:
        try:
            _check_waivers(load_proposal(name), pack)
        except InputError as exc:
            failed = True
            for problem in exc.problems:
                typer.echo(str(problem), err=True)
        else:
            typer.echo(f"ok: {name}")
    raise typer.Exit(EXIT_INVALID if failed else EXIT_OK)


def _check_waivers(proposal: Any, pack_name: str | None) -> None:
    """The waiver check ``assess`` makes before running rules, so the two commands agree."""
    if not proposal.accepted_risks:
        return
    import datetime as dt

    from paracheck.errors import InputError, Problem
    from paracheck.rules.loader import load_pack, select_pack

    # the pack assess would use: named, else the one in force on the proposal's date
    pack = load_pack(pack_name) if pack_name else select_pack(proposal.date or dt.date.today())
    ids = {rule.id for rule in pack.rules}
    problems = []
    for i, waiver in enumerate(proposal.accepted_risks):
        if waiver.rule not in ids:
            line, col = proposal.origin.positions.get(f"accepted_risks[{i}].rule", (None, None))
            problems.append(
                Problem(
                    proposal.origin.source,
                    line,
                    col,
                    f"accepted_risks[{i}].rule",
                    f"no rule {waiver.rule} in pack {pack.name}",
                )
            )
    if problems:
        raise InputError(problems)


@app.command()
def schema(
    assessment: Annotated[
        bool,
        typer.Option(
            "--assessment",
            help="The schema of an assessment (the JSON that assess --format json writes) "
            "instead of a proposal's.",
        ),
    ] = False,
) -> None:
    """Print the JSON Schema of a proposal (paracheck/proposal/v1), or of an assessment."""
    import json

    if assessment:
        from paracheck import assessment_schema

        document = assessment_schema()
    else:
        from paracheck.facts.template import proposal_json_schema

        document = proposal_json_schema()
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False))


@app.command()
def init(
    form: Annotated[
        str,
        typer.Option(
            help="Form of cooperation: sister_province | sister_city | "
            "technical_cooperation | investment | other.",
        ),
    ] = "sister_province",
) -> None:
    """Print a commented proposal template to fill in (valid as it is)."""
    from paracheck.facts.template import FORMS, proposal_template

    if form not in FORMS:
        raise typer.BadParameter(f"expected one of: {', '.join(FORMS)}", param_hint="--form")
    typer.echo(proposal_template(form), nl=False)


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry: run the app and turn every failure into a message and exit code.

    Never shows a traceback: paracheck's own errors print their positioned lines, anything else
    is reported in one line as an internal error (exit 3).
    """
    from paracheck.errors import EngineError, ParacheckError, ProblemsError

    for name, reason in _UNLOADED.items():
        typer.echo(
            f"internal error: command module {__name__}.{name} failed to load: {reason}", err=True
        )
    if _UNLOADED:
        sys.exit(EXIT_INTERNAL)
    try:
        app(args=argv, prog_name="paracheck")
    except SystemExit:
        raise
    except ProblemsError as exc:  # InputError, PackError
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        sys.exit(EXIT_INVALID)
    except EngineError as exc:  # a bug in paracheck, never the user's fault
        _internal(exc)
    except ParacheckError as exc:  # UsageError and anything else raised on purpose
        typer.echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(EXIT_INVALID)
    except Exception as exc:
        _internal(exc)
    sys.exit(EXIT_OK)  # pragma: no cover - click always exits in standalone mode


def _internal(exc: BaseException) -> NoReturn:
    typer.echo(f"internal error: {type(exc).__name__}: {_one_line(exc)}", err=True)
    sys.exit(EXIT_INTERNAL)


def _one_line(exc: BaseException, limit: int = 500) -> str:
    from paracheck.errors import visible

    text = visible(" ".join(str(exc).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- commands in their own modules ------------------------------------------------------------
# Each name is a module paracheck.cli.<name> with `register(app)`; keep heavy imports inside the
# command functions so `paracheck --help` and `paracheck validate` stay fast.
COMMAND_MODULES: tuple[str, ...] = ("assess", "reports", "rules", "serve")


_UNLOADED: dict[str, str] = {}  # module → why it failed to load; main() reports it


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}").register(app)
        except Exception as exc:  # a broken install must not surface as a traceback
            _UNLOADED[name] = f"{type(exc).__name__}: {_one_line(exc)}"


_register_commands()
