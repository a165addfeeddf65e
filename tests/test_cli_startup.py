"""What the command line does to start and end fast, and that it changes nothing else
(issue 16, CLI start-up). No timings here: benchmarks/cli_ab.py measures them."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    code = (
        "import gc, sys\n"
        "from paracheck.cli import main\n"
        "sys.argv = ['paracheck', 'schema']\n"
        "before = gc.get_stats()[0]['collections']\n"
        "threshold = gc.get_threshold()\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "made = [[] for _ in range(10)]\n"
        "after = gc.get_stats()[0]['collections']\n"
        "print('COLLECTIONS', after - before, 'THRESHOLDS BACK', gc.get_threshold() == threshold)\n"
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
