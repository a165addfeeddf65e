"""What the command line does to start and end fast, and that it changes nothing else
(issue 16, CLI start-up). No timings here: benchmarks/cli_ab.py measures them."""

from __future__ import annotations

import atexit
import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from paracheck import cli
from paracheck.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_a_command_process_skips_the_collectors_walk_at_exit():
    # atexit runs its handlers last-registered first: this one, registered before the
    # command, sees what the command's own handler left for the interpreter's exit
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('FROZEN', gc.get_freeze_count() > 0))\n"
        "from paracheck.cli import main\n"
        "try:\n    main(['schema'])\nexcept SystemExit:\n    pass\n"
        "print('BEFORE EXIT', gc.get_freeze_count())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-2:] == ["BEFORE EXIT 0", "FROZEN True"], out.stderr


def test_a_command_run_as_the_program_leaves_the_collector_nothing_to_walk_on_its_way_out():
    # main() without arguments is the console script: the process ends with the command.
    # Putting Python's threshold of 700 back over the ~100,000 objects start-up made used to
    # set off a collection of all of them at the next allocation, moments before the end
    # (the process ends inside main(): what follows the command runs as an atexit handler)
    code = (
        "import atexit, gc, sys\n"
        "from paracheck.cli import main\n"
        "sys.argv = ['paracheck', 'schema']\n"
        "before = gc.get_stats()[0]['collections']\n"
        "threshold = gc.get_threshold()\n"
        "def after_the_command():\n"
        "    made = [[] for _ in range(10)]\n"
        "    after = gc.get_stats()[0]['collections']\n"
        "    back = gc.get_threshold() == threshold\n"
        "    print('COLLECTIONS', after - before, 'THRESHOLDS BACK', back)\n"
        "atexit.register(after_the_command)\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "COLLECTIONS 0 THRESHOLDS BACK True", out.stderr


def test_a_command_run_in_process_freezes_nothing_and_restores_the_thresholds(capsys):
    before = gc.get_threshold()
    with pytest.raises(SystemExit) as exited:
        main(["schema"])
    assert exited.value.code == 0
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    assert capsys.readouterr().out.startswith("{")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_a_report_other_than_json_builds_no_assessment_validator(fmt, tmp_path):
    # the engine's models are deferred (engine/model.py): only JSON, validation or the schema
    # build pydantic's validator and serializer for them
    code = (
        "import sys\nimport paracheck\n"
        "item, = paracheck.assess_many(['examples/ntb-zhejiang-2015.yaml'])\n"
        f"paracheck.render(item.assessment, {fmt!r})\n"
        "print('BUILT', paracheck.Assessment.__pydantic_complete__)\n"
        "paracheck.render(item.assessment, 'json')\n"
        "print('BUILT', paracheck.Assessment.__pydantic_complete__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PARACHECK_CACHE_DIR": str(tmp_path)},
    )
    assert out.stdout.split() == ["BUILT", "False", "BUILT", "True"], out.stderr


def test_a_json_report_with_a_warm_cache_parses_no_builtins_signature_text(tmp_path):
    # pydantic asks for a field's default factory's signature while it builds the JSON
    # serializer; for a builtin (``list``) inspect parses its text signature with tokenize,
    # whose expression compiles at first use (~13 M instructions of ``assess -f json``).
    # The first run fills the disk cache (validating the packs builds their models too).
    code = (
        "import tokenize, paracheck\n"
        "a = paracheck.assess(paracheck.load_proposal('examples/ntb-zhejiang-2015.yaml'))\n"
        "assert paracheck.render(a, 'json').startswith('{')\n"
        "print('TOKENIZE COMPILED', tokenize._compile.cache_info().currsize)\n"
    )
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(tmp_path))
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    assert runs[1].stdout.splitlines()[-1] == "TOKENIZE COMPILED 0", runs[1].stderr


# the console script's process (main() without arguments), which ends inside main()
_ENDING = (
    "import atexit, sys, threading, time\n"
    "atexit.register(lambda: print('ATEXIT RAN'))\n"
    "if sys.argv[1] == 'thread':\n"
    "    sys.argv.pop(1)\n"
    "    late = lambda: (time.sleep(0.3), print('THREAD DONE'))\n"
    "    threading.Thread(target=late).start()\n"
    "from paracheck.cli import main\n"
    "sys.argv[0] = 'paracheck'\n"
    "main()\n"
)


def _ending(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARACHECK_CACHE_DIR=str(cache))
    return subprocess.run(
        [sys.executable, "-c", _ENDING, *args], capture_output=True, text=True, cwd=ROOT, env=env
    )


def test_a_command_run_as_the_program_runs_its_atexit_handlers_and_writes_everything(tmp_path):
    done = _ending("validate", "examples/ntb-zhejiang-2015.yaml", cache=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Format benar, isi belum dinilai: examples/ntb-zhejiang-2015.yaml",
        "ATEXIT RAN",
    ]
    assert done.stderr.startswith("Hanya format berkas yang diperiksa")


def test_a_command_run_as_the_program_keeps_its_exit_code_and_its_problems(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    done = _ending("validate", str(bad), cache=tmp_path / "c")
    assert done.returncode == 2
    assert done.stdout.splitlines() == ["ATEXIT RAN"]
    assert done.stderr.startswith(f"{bad}:"), done.stderr


def test_a_command_run_as_the_program_waits_for_a_thread_still_running(tmp_path):
    done = _ending("thread", "validate", "examples/ntb-zhejiang-2015.yaml", cache=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "THREAD DONE" in done.stdout.splitlines()  # joined, not cut off


class _Stream:
    def __init__(self, name: str, calls: list[object], fails: bool = False) -> None:
        self.name, self.calls, self.fails = name, calls, fails

    def flush(self) -> None:
        if self.fails:
            raise BrokenPipeError(32, "Broken pipe")
        self.calls.append(f"flush {self.name}")


def _watched(monkeypatch: pytest.MonkeyPatch, *, threads: int = 1, fails: bool = False) -> list:
    calls: list[object] = []
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: calls.append("atexit"))
    monkeypatch.setattr(os, "_exit", lambda code: calls.append(("exit", code)))
    monkeypatch.setattr(threading, "active_count", lambda: threads)
    monkeypatch.setattr(sys, "stdout", _Stream("stdout", calls, fails))
    monkeypatch.setattr(sys, "stderr", _Stream("stderr", calls))
    return calls


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (2, 2)])
def test_the_programs_process_ends_with_the_commands_code_after_its_handlers_and_a_flush(
    monkeypatch, code, status
):
    # the interpreter's own teardown (freeing every module and object: ~20 M instructions
    # of an assess, ~50 M of a text report) is skipped; what a process shows is not
    calls = _watched(monkeypatch)
    cli._end_now(SystemExit(code))
    assert calls == ["atexit", "flush stdout", "flush stderr", ("exit", status)]


@pytest.mark.parametrize(
    ("done", "threads", "fails"),
    [(SystemExit("said"), 1, False), (SystemExit(0), 2, False), (SystemExit(0), 1, True)],
    ids=["a message", "another thread", "a stream that cannot be flushed"],
)
def test_the_programs_process_ends_the_usual_way_when_the_teardown_may_matter(
    monkeypatch, done, threads, fails
):
    calls = _watched(monkeypatch, threads=threads, fails=fails)
    cli._end_now(done)
    assert not [call for call in calls if isinstance(call, tuple)]  # no os._exit
