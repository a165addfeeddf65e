"""typer's own argument errors (a bad ``--format``, a missing file argument, an unknown option)
said in the command's language.

typer (through its copy of click) writes these in English: ``Error: Invalid value for
'--format' / '-f': 'xyz' is not one of …``. Under ``--lang en`` they are printed exactly as
typer prints them. Under ``--lang id`` (the default) the same refusal is read from what the
error carries — which option, the value given, the choices, the bound — and said with the
sentences of ``facts/data/usage.yaml`` (keys ``usage.cli.*``), followed by where help is. The
exit code stays 2.

Imported only when such an error happens, so start-up does not pay for it.
"""

from __future__ import annotations

import re
from typing import Any

import paracheck


def say(error: Any, lang: str) -> str:
    """The lines ``error`` (a click ``UsageError``) is refused with under ``--lang id``:
    ``kesalahan: …`` and the command's help hint (no trailing newline)."""
    said = _sentence(error)
    lines = [f"kesalahan: {said.text(lang)}"]
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        hint = paracheck.UsageError.of("usage.cli.help", command=ctx.command_path)
        lines.append(hint.text(lang))
    return "\n".join(paracheck.visible(line) for line in lines)


def _sentence(error: Any) -> paracheck.UsageError:
    """The refusal as a usage message (its Indonesian and English forms)."""
    of = paracheck.UsageError.of
    kind = type(error).__name__
    if kind == "NoSuchOption":
        option = error.option_name
        close = sorted(getattr(error, "possibilities", None) or ())
        if close:
            return of("usage.cli.no_such_option_close", flag=option, close=", ".join(close))
        return of("usage.cli.no_such_option", flag=option)
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        name = _param_name(error)
        if param is not None and getattr(param, "param_type_name", "") == "option":
            return of("usage.cli.missing_option", name=name)
        # the sentence is keyed by the English placeholder, which an Indonesian help page
        # says in Indonesian (help_id.METAVARS)
        from paracheck.cli.help_id import METAVARS

        english = {said: en for en, said in METAVARS.items()}
        name = english.get(name.strip("'"), name)
        named = f"usage.cli.missing_argument.{name}"
        try:  # an argument the sentences name by what it is (OLD, NEW, FILE|DIR|-…)
            paracheck.message(named, "en", name=name)
        except KeyError:
            named = "usage.cli.missing_argument"
        return of(named, name=name)
    if kind == "BadParameter":
        return _bad_value(error)
    if kind == "BadOptionUsage":
        option = error.option_name
        if "requires" in error.message:
            return of("usage.cli.needs_value", flag=option)
        if "does not take a value" in error.message:
            return of("usage.cli.takes_no_value", flag=option)
    return _plain(error)


def _plain(error: Any) -> paracheck.UsageError:
    """A refusal click words itself (``ctx.fail``), recognised by its English sentence."""
    of = paracheck.UsageError.of
    message = str(getattr(error, "message", error))
    found = re.fullmatch(r"No such command (.+?)\.(?: Did you mean (.+)\?)?", message)
    if found and found[2]:
        return of("usage.cli.no_such_command_close", name=found[1], close=found[2])
    if found:
        return of("usage.cli.no_such_command", name=found[1])
    found = re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", message)
    if found:
        return of("usage.cli.extra_arguments", arguments=found[1])
    if message == "Missing command.":
        return of("usage.cli.missing_command")
    return of("usage.cli.other", detail=message)


def _bad_value(error: Any) -> paracheck.UsageError:
    """A value typer could not take for its option: what was wrong with it, read from the
    validation error typer raised it from (pydantic's, whose sentences are English), or from
    the words a command gave its own refusal (:func:`paracheck.cli.options.bad_parameter`)."""
    of = paracheck.UsageError.of
    said = getattr(error, "said", None)
    if said is None:
        said = _detail(error)
    option = _param_name(error)
    if not option:
        return of("usage.cli.bad_value_bare", detail=said.words)
    return of("usage.cli.bad_value", flag=option, detail=said.words)


def _detail(error: Any) -> paracheck.UsageError:
    of = paracheck.UsageError.of
    cause = error.__cause__
    details = cause.errors() if hasattr(cause, "errors") else []
    first = details[0] if details else {}
    value = first.get("input")
    shown = repr(value) if value is not None else "''"
    kind = first.get("type", "")
    ctx = first.get("ctx") or {}
    choices = getattr(getattr(error.param, "type_descriptor", None), "choices", None)
    if choices:
        return of("usage.cli.choose", given=shown, allowed=", ".join(repr(str(c)) for c in choices))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return of("usage.cli.whole_number", given=shown)
    if kind in ("greater_than_equal", "greater_than"):
        return of("usage.cli.at_least", given=shown, bound=ctx.get("ge", ctx.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        return of("usage.cli.at_most", given=shown, bound=ctx.get("le", ctx.get("lt")))
    return of("usage.cli.value_other", given=shown, detail=error.message)


def _param_name(error: Any) -> str:
    """The option or argument as the user types it: ``--format / -f``, ``FILE|DIR|-…``."""
    hint = getattr(error, "param_hint", None)
    if hint:
        return hint if isinstance(hint, str) else " / ".join(hint)
    param = getattr(error, "param", None)
    if param is None:
        return ""
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return " / ".join(opts)
    return getattr(param, "metavar", None) or str(getattr(param, "name", "")).upper()
