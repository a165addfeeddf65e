"""``paracheck rules``: the catalogue of a pack, one rule in full, and the generated reference
docs (docs/rules/<pack>.md) that are committed and checked for drift by the test-suite.

``rules_app`` is the sub-command group; other modules add commands to it (``rules test``).
"""

from pathlib import Path
from typing import Annotated, Literal

import typer

import paracheck
from paracheck.cli.common import LANGS, echo, emit, use_colour
from paracheck.cli.options import LangOption, PackOption

rules_app = typer.Typer(
    name="rules",
    help="The rule catalogue: list, show one rule, generate reference docs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_DOCS_DIR = Path("docs") / "rules"


@rules_app.command("list")
def list_rules(pack: PackOption = None, lang: LangOption = "id") -> None:
    """Every rule of a pack: id, domain, severity, likelihood × impact, title."""
    rule_pack = paracheck.choose_pack(pack)
    emit(paracheck.render_rule_list(rule_pack, lang, color=use_colour("text", None)), None)


@rules_app.command("show")
def show_rule(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="Rule id, e.g. BUD-001.")],
    pack: PackOption = None,
    lang: LangOption = "id",
) -> None:
    """One rule in full: why, recommendations, sources and its condition."""
    rule_pack = paracheck.choose_pack(pack)
    rule = paracheck.find_rule(rule_pack, rule_id)
    if rule is None:
        raise paracheck.UsageError.of(
            "usage.no_rule", rule=repr(rule_id), pack=repr(rule_pack.name)
        )
    emit(paracheck.render_rule(rule_pack, rule, lang), None)


@rules_app.command("docs")
def docs(
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="DIR",  # a file here is refused by write_reference_docs, in --lang
            help="Directory for the generated <pack>.md files (default: docs/rules under the "
            "current folder).",
        ),
    ] = DEFAULT_DOCS_DIR,
    pack: Annotated[
        list[str] | None,
        typer.Option(
            "--pack",
            metavar="NAME|PATH",
            help="Only these packs, by name or pack file (repeatable; default: every shipped "
            "pack); each page is <the pack's name>.md in the directory.",
        ),
    ] = None,
    lang: Annotated[
        Literal[LANGS],
        typer.Option(
            "--lang",
            help="Language of the progress messages: id (Bahasa Indonesia) or en. The pages "
            "themselves are the same in either: bilingual, led by English (headings and "
            "labels in English, each rule's text in English with its Indonesian beside it).",
        ),
    ] = "id",
) -> None:
    """Generate the Markdown reference of every shipped pack (docs/rules/<pack>.md): one
    bilingual page per pack, the same whatever --lang says."""
    # the help says so: "--lang id" wrote the English-led page and nothing told the reader
    # (wording review 23 B11); an Indonesian-led page is left for later
    echo(_SAID["docs_into"][lang].format(folder=output.resolve()))
    for path in paracheck.write_reference_docs(output, pack or None):
        echo(_SAID["docs_wrote"][lang].format(path=Path(path).resolve()))


@rules_app.command("test")
def test_rules(
    pack: Annotated[
        list[str] | None,
        typer.Option(
            "--pack",
            metavar="NAME|PATH",
            help="Only these packs (repeatable; default: every shipped pack).",
        ),
    ] = None,
    lang: LangOption = "id",
) -> None:
    """Run every rule's own examples: each `fires` must be a risk, each `clears` clear,
    each `not_applicable` not applicable, each `open` undecided."""
    failed = False
    for name in pack or paracheck.pack_names():
        count, failures = paracheck.run_examples(name)
        for failure in failures:
            typer.echo(f"{_SAID['test_fail'][lang]} {name}: {failure.describe(lang)}", err=True)
        failed = failed or bool(failures)
        passed = count - len(failures)
        echo(_SAID["test_count"][lang].format(pack=name, passed=passed, failed=len(failures)))
    raise typer.Exit(1 if failed else 0)


#: what ``rules docs`` and ``rules test`` say as they work, in each language (the English
#: lines are what they always printed)
_SAID = {
    "docs_into": {
        "id": "menulis rujukan paket aturan ke folder {folder} "
        "(pilih folder lain dengan -o FOLDER)",
        "en": "writing the pack reference into {folder} (-o DIR to choose)",
    },
    "docs_wrote": {"id": "ditulis: {path}", "en": "wrote {path}"},
    "test_fail": {"id": "GAGAL", "en": "FAIL"},
    "test_count": {
        "id": "{pack}: {passed} contoh lulus, {failed} gagal",
        "en": "{pack}: {passed} passed, {failed} failed",
    },
}


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
