"""The ``paracheck`` command line: a thin mirror of the library (STYLE.md, sqlite-utils).

Commands parse arguments, call the library and format its answer; exit codes and printing live
only here. Start-up stays lean: heavy modules (pydantic models, the engine, the reports) are
imported inside the commands that need them.

Exit codes (PRODUCT.md §4): 0 done, 1 a check at or above ``--fail-on``, 2 invalid input or
usage, 3 internal error. Errors go to stderr as ``file:line:col: path: message``.

Every command goes through the front door: it calls only the public ``paracheck`` package
(``tests/test_public_door.py`` holds it to that), so an embedder can do all the CLI does.
Shared helpers (output, colour, dates, the language and pack options) are in ``cli.common``.

Adding a command: put it in its own module under ``paracheck/cli/`` with a function
``register(app: typer.Typer) -> None`` that decorates its commands onto ``app``, import the
module at the bottom of this file and register it there.
"""

import sys
from typing import Annotated, Any, Literal, NoReturn

import typer

import paracheck
from paracheck.cli.common import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    bad_parameter,
    short_run_collector,
)

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


class _CoercedWhenGiven:
    """typer's coercion of one parameter, built when the parameter first has a value.

    Recent typer coerces every parameter value through a pydantic ``TypeAdapter`` that it
    builds the first time the parameter is processed, even when the value is ``None`` (an
    option left out, the ``--help`` flag not given), which it then returns without using the
    adapter. Building the first one imports pydantic (~60 ms of a ``paracheck schema`` that
    needs no pydantic at all). A parameter without a value is answered here as typer answers
    it; any value goes to typer's own coercion, built on first use, so nothing else changes.
    """

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self.built: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # as typer's RuntimeParam.coerce: no value, nothing to coerce
            return () if param.multiple or param.nargs == -1 else None
        if self.built is None:
            self.built = _typer_build_runtime_param(self.descriptor)
        return self.built.coerce(value, param=param, ctx=ctx)


_typer_build_runtime_param = getattr(typer.core, "build_runtime_param", None)
if _typer_build_runtime_param is not None:  # typer versions that coerce with pydantic
    typer.core.build_runtime_param = _CoercedWhenGiven  # type: ignore[attr-defined]


try:  # recent typer carries its own copy of click (and no longer needs click itself)
    from typer import _click as _typer_click  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older typer uses click itself
    import click as _typer_click
_click_bad_parameter_message = _typer_click.exceptions.BadParameter.format_message
_typer_click.exceptions.BadParameter.format_message = _bad_parameter_message  # type: ignore[method-assign]


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
    lang: Annotated[
        Literal["id", "en"],
        typer.Option("--lang", help="Language of the messages: id (Bahasa Indonesia) or en."),
    ] = "id",
) -> None:
    """Check proposal files against the schema (no rules are run), with error positions.

    Accepts what ``assess`` accepts (folders too) and refuses what it refuses: a waiver that
    names a rule the pack in force does not have.
    """
    files = paracheck.expand_inputs(files)  # folders expand exactly as assess does
    failed = False
    for name in files:
        try:
            paracheck.check_waivers(paracheck.load_proposal(name), pack)
        except paracheck.InputError as exc:
            failed = True
            for problem in exc.problems:
                typer.echo(problem.describe(lang), err=True)
        else:
            typer.echo(f"ok: {name}")
    raise typer.Exit(EXIT_INVALID if failed else EXIT_OK)


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

    document = paracheck.assessment_schema() if assessment else paracheck.proposal_schema()
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
    forms = paracheck.proposal_forms()
    if form not in forms:
        raise bad_parameter(
            "usage.cli.form", param_hint="--form", allowed=", ".join(map(repr, forms))
        )
    typer.echo(paracheck.proposal_template(form), nl=False)


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry: run the app and turn every failure into a message and exit code.

    Never shows a traceback: paracheck's own errors print their positioned lines, anything else
    is reported in one line as an internal error (exit 3).
    """
    with short_run_collector():
        _run(argv)


def _run(argv: list[str] | None) -> NoReturn:
    lang = _lang_of(sys.argv[1:] if argv is None else argv)
    try:
        # not standalone: typer's own argument errors come here, to be said in `lang`
        code = app(args=argv, prog_name="paracheck", standalone_mode=False)
    except SystemExit:
        raise
    except _typer_click.exceptions.ClickException as exc:  # a bad option, a missing argument
        _refuse(exc, lang)
    except typer.Abort:
        typer.echo(paracheck.UsageError.of("usage.cli.aborted").text(lang), err=True)
        sys.exit(1)
    except paracheck.ProblemsError as exc:  # InputError, PackError
        for problem in exc.problems:
            typer.echo(problem.describe(lang), err=True)
        sys.exit(EXIT_INVALID)
    except paracheck.EngineError as exc:  # a bug in paracheck, never the user's fault
        _internal(exc, lang)
    except paracheck.UsageError as exc:  # said in the command's language
        lead = "kesalahan" if lang != "en" and exc.words is not None else "error"
        typer.echo(f"{lead}: {_one_line(exc.text(lang))}", err=True)
        sys.exit(EXIT_INVALID)
    except paracheck.ParacheckError as exc:  # anything else raised on purpose
        typer.echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(EXIT_INVALID)
    except Exception as exc:
        _internal(exc, lang)
    # a command ran to its end (None) or exited with a code (typer.Exit, --help, --version)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _refuse(exc: Any, lang: str) -> NoReturn:
    """typer's own refusal of the command line: as typer prints it under ``--lang en`` (and
    for a command given without arguments, which shows its help); in Indonesian otherwise."""
    if lang == "en" or type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()
    else:
        from paracheck.cli.refusals import say

        typer.echo(say(exc, lang), err=True)
    sys.exit(exc.exit_code)


def _lang_of(argv: list[str]) -> str:
    """The ``--lang`` a command was given (``id`` when none): problems that reach ``main``
    are printed in it, as the command's own output is."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "id"
    return "id"


def _internal(exc: BaseException, lang: str = "en") -> NoReturn:
    lead = "kesalahan internal" if lang != "en" else "internal error"
    typer.echo(f"{lead}: {type(exc).__name__}: {_one_line(exc)}", err=True)
    sys.exit(EXIT_INTERNAL)


def _one_line(exc: BaseException | str, limit: int = 500) -> str:
    text = paracheck.visible(" ".join(str(exc).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- commands in their own modules ------------------------------------------------------------
# keep heavy imports inside the command functions so `paracheck --help` and `paracheck validate`
# stay fast
from paracheck.cli import assess, reports, rules, serve  # noqa: E402

for _module in (assess, reports, rules, serve):
    _module.register(app)
