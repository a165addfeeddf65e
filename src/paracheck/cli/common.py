"""What every command shares: where output goes, colour, dates, and the common options.

One place, so ``assess``, ``checklist``, ``diff`` and ``rules`` write, colour and exit the
same way. Nothing here imports typer: the commands that ``cli.fast`` runs without typer use it
(the typer options shared by several commands are in ``cli.options``).
"""

import atexit
import codecs
import contextlib
import errno
import gc
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

import paracheck

EXIT_OK, EXIT_FAIL_ON, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3

#: standard output closed early by its reader (``paracheck assess p.yaml | head -1``): the
#: status a shell reports for a command ended by SIGPIPE (128 + 13), as ``cat``, ``grep`` and
#: ``git`` end there, never 1 (a check at or above ``--fail-on``) nor 0 (a report written
#: whole). The console script ends by the signal itself (``cli.main``); a caller running the
#: command in its own process (a test) gets this code.
EXIT_CLOSED_PIPE = 141

LANGS: tuple[str, ...] = paracheck.LANGS


#: objects allocated between two young-generation collections during a command (Python: 700)
SHORT_RUN_GEN0 = 200_000
_steady: tuple[int, int, int] | None = None
_exit_registered = False


@contextmanager
def short_run_collector(*, ending: bool = False) -> Iterator[None]:
    """The garbage collector tuned for a command that starts, answers and ends.

    Start-up allocates a few hundred thousand objects that live until the process ends
    (modules, pydantic's validators, the rule pack). With Python's thresholds the collector
    walks them again and again while they are made: about 140 collections, 10-15 % of the
    CPU time of ``paracheck assess FILE``, freeing almost nothing. A higher threshold for
    the young generation (as mypy's command line sets) leaves a one-shot run with no
    collection; garbage is still collected, only later. The threshold is above what one
    command leaves alive (measured, objects the collector tracks: ``assess`` of the NTB
    example ~110,000 in any format, ``diff`` ~118,000, ``rules docs`` ~99,000): at 100,000
    every ``assess`` ran one collection near its end, walking 100,000 objects for 20-25 ms
    to free ~1,800. A command that runs for long or
    starts workers puts Python's thresholds back with :func:`long_run_collector`. The
    thresholds the caller had are restored on the way out (tests call ``main`` in-process).

    The process that ran a command also skips the collector's last walk: at exit Python
    collects the whole heap once more (all of pydantic's validators, the pack, the modules),
    about 45 ms of a ``paracheck assess FILE`` and 25 ms of a ``validate``, only to free
    what the operating system frees anyway. :func:`_skip_last_collection` is registered to
    run before it. Nothing else changes: objects still freed by reference counting are
    freed, ``atexit`` handlers and ``weakref.finalize`` callbacks still run.

    ``ending``: the process ends with the command (the console script). Putting Python's
    thresholds back on the way out would make the next allocation walk every object made
    since the last collection (about 100,000 after a start: 2 % of a ``validate``) moments
    before the process ends; so what is alive is moved to the permanent generation first, as
    :func:`_skip_last_collection` does at exit, and the thresholds are put back on nothing.
    """
    global _steady, _exit_registered
    saved = gc.get_threshold()
    _steady = saved
    if not _exit_registered:
        atexit.register(_skip_last_collection)
        _exit_registered = True
    gc.set_threshold(max(saved[0], SHORT_RUN_GEN0), *saved[1:])
    try:
        yield
    finally:
        if ending:
            gc.freeze()
        gc.set_threshold(*saved)
        _steady = None


def _skip_last_collection() -> None:
    """Move every object to the collector's permanent generation, which the collection at
    interpreter exit does not walk (``gc.freeze``); registered with ``atexit``, so it runs
    when the process is ending and no earlier."""
    gc.freeze()


def long_run_collector() -> None:
    """Python's collector thresholds again, for a command that serves or feeds workers for
    as long as it is given work (``serve``, a batch: forked workers inherit them, and each
    then raises its youngest generation's own, ``batch._start_worker``)."""
    if _steady is not None:
        gc.set_threshold(*_steady)


def output_path(output: str | None) -> str | None:
    """``--output``'s file, or None for standard output: ``-o -`` means standard output, as
    ``-`` means standard input for a proposal (it used to write a file named ``-``)."""
    return None if output == "-" else output


def refuse_empty_names(files: Iterable[str]) -> None:
    """A usage error for an empty file argument (``paracheck assess ""``, an unset shell
    variable): read as a path it is the current folder, whose proposals were all assessed.
    And for ``-`` named twice (``paracheck diff - -``): standard input is read once, and the
    second reading found an "empty file" in a proposal piped in full."""
    names = list(files)
    if any(name == "" for name in names):
        raise paracheck.UsageError.of("usage.input_empty")
    if names.count("-") > 1:
        raise paracheck.UsageError.of("usage.stdin_twice")


def echo(message: str, *, err: bool = False) -> None:
    """One line to standard output (or error), written as ``typer.echo`` writes it.

    ``typer.echo`` (click's ``echo``) writes the line and flushes, except in two cases it
    handles itself: a stream it finds misconfigured (no encoding, or ASCII: it writes UTF-8
    underneath instead) and a line with ANSI escape sequences (removed when the stream is not
    a terminal). Those two go to ``typer.echo``; every other line is written here, so the
    commands ``cli.fast`` runs need not import typer (~25 ms of a start) to say one line.
    """
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # no stream to write to (pythonw): typer.echo writes nothing either
        return
    if err:
        # a message that cannot be said (standard error full or failed) is lost, and the
        # exit code still says what happened: raising here turned a bad file's exit 2 into
        # Python's own 1 (atk270 #6)
        with contextlib.suppress(OSError):
            _write(stream, message, err)
        return
    with standard_output():
        _write(stream, message, err)


def _write(stream: TextIO, message: str, err: bool) -> None:
    """One line to ``stream`` as :func:`echo` writes it."""
    encoding = getattr(stream, "encoding", None)
    if "\x1b" in message or not encoding or _is_ascii(encoding) or not _is_text(stream):
        import typer

        typer.echo(message, err=err)
        return
    stream.write(message + "\n")
    stream.flush()


def _is_ascii(encoding: str) -> bool:
    """click's test of a misconfigured stream."""
    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


def _is_text(stream: object) -> bool:
    """A stream that refuses bytes (click writes bytes into one that takes them)."""
    try:
        stream.write(b"")  # type: ignore[attr-defined]
    except Exception:
        return True
    return False


def use_colour(fmt: str, output: str | None) -> bool:
    """Colour only for text going to a terminal, and never when NO_COLOR is set
    (https://no-color.org)."""
    return fmt == "text" and output is None and not os.environ.get("NO_COLOR") and on_terminal()


def on_terminal() -> bool:
    """Whether standard output is a terminal; not when it is closed (``paracheck … >&-``:
    ``sys.stdout`` is then None, and asking it ended in an internal error)."""
    return sys.stdout is not None and sys.stdout.isatty()


def terminal_width(output: str | None) -> int | None:
    """The width text is drawn at: the terminal's (or ``COLUMNS``) when printing to one."""
    import shutil

    if output is not None:
        return None
    if on_terminal() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size((100, 24)).columns
    return None


def emit(
    text: str | Iterable[bytes],
    output: str | None,
    inputs: Iterable[str] = (),
    packs: Iterable[str] = (),
    *,
    new_only: bool = False,
) -> None:
    """The report (text, or UTF-8 pieces) to ``--output`` (atomically) or to standard
    output, always UTF-8. ``inputs`` (the files read) and ``packs`` (the rule pack files
    read, :func:`paracheck.pack_files`) are never overwritten; with ``new_only`` (a
    template) no existing file is."""
    if output is not None:
        paracheck.write_output(output, text, inputs, packs, new_only=new_only)
        return
    with standard_output() as stream:
        stream.flush()
        if isinstance(text, str):
            stream.buffer.write(text.encode("utf-8"))
        else:
            stream.buffer.writelines(text)
        stream.flush()


@contextmanager
def standard_output() -> Iterator[TextIO]:
    """Standard output to write to, or a :class:`~paracheck.UsageError` saying why it cannot
    be written: closed (``>&-``), a full disk (``> /dev/full``), a device that failed. Those
    ended in "internal error: OSError: [Errno 28] No space left on device" (exit 3), where
    ``-o`` to the same full disk said "cannot write …: no space left" (exit 2). A pipe closed
    early (``| head``) is let through: ``cli.fast.run`` and typer end quietly on it."""
    stream = sys.stdout
    if stream is None:
        raise paracheck.stdout_refusal()
    try:
        yield stream
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise
        raise paracheck.stdout_refusal(exc) from None
