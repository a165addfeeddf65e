"""The ``paracheck`` command line as a typer application: every command, its options and help.

``cli.main`` runs it for every command line ``cli.fast`` does not answer itself (help, any
refusal, the less common commands); ``paracheck.cli.app`` is this application.

Adding a command: put it in its own module under ``paracheck/cli/`` with a function
``register(app: typer.Typer) -> None`` that decorates its commands onto ``app``, import the
module at the bottom of this file and register it there. If ``cli.fast`` is to run it without
typer, give it a body in ``cli.actions`` and a spec in ``cli.fast`` (a test compares the spec
with the options typer builds).
"""

from typing import Annotated, Any, Literal

import typer

import paracheck
from paracheck.cli import actions
from paracheck.cli.common import emit, output_path
from paracheck.cli.options import bad_parameter

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
    from typer import _click as typer_click  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older typer uses click itself
    import click as typer_click
_click_bad_parameter_message = typer_click.exceptions.BadParameter.format_message
typer_click.exceptions.BadParameter.format_message = _bad_parameter_message  # type: ignore[method-assign]


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
    raise typer.Exit(actions.validate(files, pack, lang))


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
    raise typer.Exit(actions.schema(assessment))


@app.command()
def init(
    form: Annotated[
        str,
        typer.Option(
            help="Form of cooperation: sister_province | sister_city | "
            "technical_cooperation | investment | other.",
        ),
    ] = "sister_province",
    lang: Annotated[
        Literal["id", "en"],
        typer.Option("--lang", help="Language of the comments: id (Bahasa Indonesia) or en."),
    ] = "id",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the template to this new file (never over an existing one) "
            "instead of standard output.",
        ),
    ] = None,
) -> None:
    """Print a commented proposal template to fill in (valid as it is), or write it to a
    new file with -o."""
    forms = paracheck.proposal_forms()
    if form not in forms:
        raise bad_parameter(
            "usage.cli.form", param_hint="--form", allowed=", ".join(map(repr, forms))
        )
    # "-o -" is standard output here too, as for assess and diff (atk290 #9: a file "-")
    emit(paracheck.proposal_template(form, lang), output_path(output), new_only=True)


# --- commands in their own modules ------------------------------------------------------------
# keep heavy imports inside the command functions so `paracheck --help` and `paracheck validate`
# stay fast
from paracheck.cli import assess, reports, rules, serve  # noqa: E402

for _module in (assess, reports, rules, serve):
    _module.register(app)
