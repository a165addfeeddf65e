"""The ``paracheck`` command line: a thin mirror of the library (STYLE.md, sqlite-utils).

Commands parse arguments, call the library and format its answer; exit codes and printing live
only here. Start-up stays lean: heavy modules (pydantic models, the engine, the reports) are
imported inside the commands that need them.

Exit codes (PRODUCT.md §4): 0 done, 1 a check at or above ``--fail-on``, 2 invalid input or
usage, 3 internal error; a standard output whose reader stopped early (``| head``) ends the
process by SIGPIPE, as ``cat`` does (141 in a shell; ``common.EXIT_CLOSED_PIPE``). Errors go to
stderr as ``file:line:col: path: message``.

Every command goes through the front door: it calls only the public ``paracheck`` package
(``tests/test_public_door.py`` holds it to that), so an embedder can do all the CLI does.
Shared helpers (output, colour, dates, the language and pack options) are in ``cli.common``.

The commands and their options are a typer application (``cli.typer_app``; adding a command
is said there), imported only when needed: ``cli.fast`` answers the most common command lines
(``validate``, ``assess``, ``schema`` with options spelled out plainly) without typer, which
is a quarter of such a command's start-up; anything else (help, a refusal, another command)
goes to typer, so what a user sees is typer's in every case.
"""

import atexit
import errno
import sys
from typing import Any, NoReturn

import paracheck
from paracheck.cli import fast
from paracheck.cli.common import (
    EXIT_CLOSED_PIPE,
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    echo,
    short_run_collector,
)


def __getattr__(name: str) -> Any:
    """``paracheck.cli.app``: the typer application, built on first use (PEP 562)."""
    if name == "app":
        from paracheck.cli.typer_app import app

        globals()["app"] = app  # found directly from now on (and replaceable by a test)
        return app
    raise AttributeError(f"module 'paracheck.cli' has no attribute {name!r}")


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry: run the app and turn every failure into a message and exit code.

    Never shows a traceback: paracheck's own errors print their positioned lines, anything else
    is reported in one line as an internal error (exit 3).

    Without ``argv`` (the console script, ``python -m paracheck``) the command is the process's
    last work, and the collector is left nothing to walk on the way out (see
    :func:`~paracheck.cli.common.short_run_collector`), and pydantic looks for its plugins
    without importing ``importlib.metadata`` when nothing installed declares one
    (:mod:`paracheck.cli.plugins`); a caller that goes on (a test) passes the arguments.
    """
    try:
        with short_run_collector(ending=argv is None):
            if argv is None:  # this process is paracheck's own (see cli.plugins)
                from paracheck.cli import plugins

                plugins.install()
                # registered first, so run last at exit (see _end_by_closed_pipe)
                atexit.register(_end_by_closed_pipe)
            _run(argv)
    except SystemExit as done:
        if argv is None:
            if done.code == EXIT_CLOSED_PIPE:
                _closed_pipe.append(True)
                raise  # the interpreter's own exit, threads and worker processes first
            _end_now(done)
        raise


#: set when standard output's reader has gone (see _end_by_closed_pipe)
_closed_pipe: list[bool] = []


def _end_by_closed_pipe() -> None:
    """End the console script as ``cat`` and ``grep`` end when their reader stops reading
    (``paracheck assess p.yaml | head -1``): quietly, by SIGPIPE, which a shell reports as
    141. It ended with 1, the code of a check at or above ``--fail-on``, so a script could
    take a cut-off report for a finding (atk21).

    The last ``atexit`` handler (registered first), and only after a closed pipe: by then the
    interpreter has stopped a batch's worker processes and every other handler has run.
    Ending here before them hung a batch (its pool's workers were never told to stop while
    ``multiprocessing`` waited for them). Nothing is flushed: the reader is gone. Where the
    signal cannot end the process (no SIGPIPE on the platform, or the signal blocked) the
    exit goes on with 141."""
    if not _closed_pipe:
        return
    import os
    import signal

    pipe = getattr(signal, "SIGPIPE", None)
    if pipe is None:  # pragma: no cover - Windows has no SIGPIPE
        return
    signal.signal(pipe, signal.SIG_DFL)  # Python starts with SIGPIPE ignored
    os.kill(os.getpid(), pipe)


def _end_now(done: SystemExit) -> None:
    """End the console script's process here, once the command is done: its ``atexit``
    handlers run (``weakref.finalize`` callbacks among them), standard output and error are
    flushed, and the process exits with the command's code, without the interpreter's
    teardown, which frees every module, pydantic's validators and the rule pack one object at
    a time only for the operating system to free the memory anyway: ~20 M instructions of a
    ``paracheck assess -f json``, ~50 M of a text report (issue 16, CLI start-up).

    Returns (and the exit goes on the usual way) when anything else could need the teardown
    or notice its absence: another thread still running (the interpreter joins it first), a
    code that is not a number (printed by the interpreter), ``python -i``, or a stream that
    cannot be flushed (the interpreter reports it and exits 120).
    """
    import atexit
    import os
    import threading

    code = 0 if done.code is None else done.code
    if not isinstance(code, int) or threading.active_count() > 1 or sys.flags.inspect:
        return
    atexit._run_exitfuncs()  # what the interpreter runs first at exit
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:
        return
    os._exit(code)


def _run(argv: list[str] | None) -> NoReturn:
    args = sys.argv[1:] if argv is None else list(argv)
    lang = _lang_of(args)
    try:
        action = fast.plan(args)
        code = fast.run(action) if action is not None else _typer(argv, lang)
    except SystemExit:
        raise
    except fast.Aborted:  # end of input while a command read it
        _aborted(lang)
    except paracheck.ProblemsError as exc:  # InputError, PackError
        for problem in exc.problems:
            echo(problem.describe(lang), err=True)
        sys.exit(EXIT_INVALID)
    except paracheck.EngineError as exc:  # a bug in paracheck, never the user's fault
        _internal(exc, lang)
    except paracheck.UsageError as exc:  # said in the command's language
        lead = "kesalahan" if lang != "en" and exc.words is not None else "error"
        echo(f"{lead}: {_one_line(exc.text(lang))}", err=True)
        # the browser printing a PDF failed: the machine's error, not the user's
        sys.exit(EXIT_INTERNAL if isinstance(exc, paracheck.PrintError) else EXIT_INVALID)
    except paracheck.ParacheckError as exc:  # anything else raised on purpose
        echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(EXIT_INVALID)
    except OSError as exc:
        # standard output full or failed under a command that writes it with click itself
        # (--help, --version): said as the commands say it, not as an internal error
        # (atk270 #5)
        if exc.errno not in _OUTPUT_FAILURES:
            _internal(exc, lang)
        refusal = paracheck.stdout_refusal(exc)
        echo(f"{'error' if lang == 'en' else 'kesalahan'}: {refusal.text(lang)}", err=True)
        sys.exit(EXIT_INVALID)
    except Exception as exc:
        _internal(exc, lang)
    # a command ran to its end (None) or exited with a code (typer.Exit, --help, --version)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


#: the errors a write to standard output meets where its device is full or failing
_OUTPUT_FAILURES = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG})


def _typer(argv: list[str] | None, lang: str) -> Any:
    """The command line parsed and run by typer, not standalone: typer's own argument errors
    come back here, to be said in ``lang``; anything else a command raises goes on to
    :func:`_run`."""
    app = globals().get("app") or __getattr__("app")
    import typer

    from paracheck.cli import help_id
    from paracheck.cli.typer_app import typer_click

    command = app  # a stand-in a test puts in its place is called as it is
    if isinstance(app, typer.Typer):
        command = typer.main.get_command(app)
        help_id.apply(command, lang)  # its help in the command's language (trial 33 #10)
    try:
        return command(args=argv, prog_name="paracheck", standalone_mode=False)
    except SystemExit as done:
        # typer ends a command whose standard output was closed early (``| head``) with 1,
        # the code of a check at or above --fail-on, after wrapping both streams to keep
        # them quiet: said as what it is instead (see EXIT_CLOSED_PIPE)
        if done.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            sys.exit(EXIT_CLOSED_PIPE)
        raise
    except typer_click.exceptions.ClickException as exc:  # a bad option, a missing argument
        _refuse(exc, lang)
    except typer.Abort:
        _aborted(lang)


def _aborted(lang: str) -> NoReturn:
    echo(paracheck.UsageError.of("usage.cli.aborted").text(lang), err=True)
    sys.exit(1)


def _refuse(exc: Any, lang: str) -> NoReturn:
    """typer's own refusal of the command line: as typer prints it under ``--lang en`` (and
    for a command given without arguments, which shows its help); in Indonesian otherwise."""
    if lang == "en" or type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()
    else:
        from paracheck.cli.refusals import say

        echo(say(exc, lang), err=True)
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
    echo(f"{lead}: {type(exc).__name__}: {_one_line(exc)}", err=True)
    sys.exit(EXIT_INTERNAL)


def _one_line(exc: BaseException | str, limit: int = 500) -> str:
    text = paracheck.visible(" ".join(str(exc).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
