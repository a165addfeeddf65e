"""A reader that stops reading (``paracheck assess p.yaml | head -1``) ends the command as it
ends ``cat`` or ``grep``: quietly, by SIGPIPE (141 in a shell), never with 1, the code of a
check at or above ``--fail-on`` (atk21's leftover), nor with a message or a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.cli import main
from paracheck.cli.common import EXIT_CLOSED_PIPE, EXIT_FAIL_ON

ROOT = Path(__file__).resolve().parents[1]
NTB = "examples/ntb-zhejiang-2015.yaml"


def _into_closed_pipe(*args: str, cache: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the console script with a standard output nobody reads: the pipe's read end is
    closed before the command starts, so its first write fails (no race with ``head``)."""
    read, write = os.pipe()
    os.close(read)
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(cache))
    try:
        return subprocess.run(
            [sys.executable, "-m", "paracheck", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            timeout=300,
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ("assess", NTB),  # the fast path, without typer
        ("assess", NTB, "--fail-on", "high"),  # a finding at the bar would also say 1
        ("assess", "examples", "-f", "csv"),  # a batch, its workers' rows streamed
        ("rules", "list"),  # a command typer runs
        ("assess", "--help"),  # typer's own help
    ],
    ids=["assess", "assess fail-on", "batch", "rules list", "help"],
)
def test_a_closed_pipe_ends_the_command_quietly_by_sigpipe_not_with_the_fail_on_code(
    tmp_path, args
):
    done = _into_closed_pipe(*args, cache=tmp_path)
    assert done.returncode == -signal.SIGPIPE, (done.returncode, done.stderr)
    assert done.stderr == b""


@pytest.mark.parametrize(
    "args",
    [("assess", NTB, "examples/well-prepared-2023.yaml", "-f", "json"), ("assess", "examples")],
    ids=["two files as json", "a folder"],
)
def test_a_batch_whose_reader_stops_midway_ends_and_stops_its_workers(tmp_path, args):
    # the reader takes the start of the report and goes: the batch's worker processes are
    # running then. Ending at once by the signal (before the interpreter stopped them) left
    # multiprocessing waiting for workers never told to stop: the command hung
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(tmp_path))
    command = subprocess.Popen(
        [sys.executable, "-m", "paracheck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        start_new_session=True,  # its workers are stopped with it if the test fails
    )
    try:
        assert command.stdout is not None and command.stderr is not None
        command.stdout.read(300)
        command.stdout.close()
        ended = command.wait(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(command.pid, signal.SIGKILL)
        command.wait()
        raise
    assert ended == -signal.SIGPIPE
    assert command.stderr.read() == b""
    command.stderr.close()


class _ClosedPipe:
    """A standard output whose reader is gone."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    @property
    def buffer(self) -> _ClosedPipe:
        return self

    def writelines(self, lines: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("no descriptor")


@pytest.mark.parametrize("args", [["assess", NTB], ["rules", "list"]], ids=["fast", "typer"])
def test_a_caller_running_the_command_in_its_process_gets_the_closed_pipe_code(monkeypatch, args):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    with pytest.raises(SystemExit) as ended:
        main(args)
    assert ended.value.code == EXIT_CLOSED_PIPE != EXIT_FAIL_ON
