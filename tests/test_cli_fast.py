"""The command lines ``cli.fast`` answers without typer do exactly what typer does with them,
and every other line is left to typer (issue 16, CLI start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from paracheck.cli import app, fast, main
from paracheck.cli.common import echo

ROOT = Path(__file__).resolve().parents[1]
NTB = str(ROOT / "examples" / "ntb-zhejiang-2015.yaml")
EXAMPLES = str(ROOT / "examples")


def typer_command(name: str):
    return typer.main.get_command(app).commands[name]


def choices(param):
    """The values an option takes, or None for any (typer's own parameter types, or click's)."""
    if hasattr(param, "type_descriptor"):
        return param.type_descriptor.choices
    return getattr(param.type, "choices", None)


@pytest.mark.parametrize("name", sorted(fast.COMMANDS))
def test_each_fast_spec_has_the_options_defaults_and_choices_typer_builds(name):
    spec = fast.COMMANDS[name]
    params = typer_command(name).params
    options = [p for p in params if p.param_type_name == "option"]
    arguments = [p for p in params if p.param_type_name == "argument"]
    spelled = {o: p.name for p in options for o in (*p.opts, *p.secondary_opts)}
    assert spelled == {o: dest for o, (dest, _) in spec.options.items()}
    assert {p.name: p.default for p in options} == spec.defaults
    for p in options:
        kinds = {kind for o, (dest, kind) in spec.options.items() if dest == p.name}
        assert len(kinds) == 1
        kind = kinds.pop()
        if p.is_flag:
            assert kind == fast.FLAG
        elif choices(p) is not None:
            assert tuple(choices(p)) == kind
        else:
            assert kind in (fast.TEXT, fast.DATE)
    if spec.files:
        assert [(a.name, a.nargs, a.required) for a in arguments] == [("files", -1, True)]
    else:
        assert arguments == []


PLAIN = [
    ["validate", NTB],
    ["validate", NTB, "--lang", "en"],
    ["validate", "--lang=en", EXAMPLES, "--pack", "pp28-2018"],
    ["schema"],
    ["schema", "--assessment"],
    ["assess", NTB],
    ["assess", NTB, "-f", "json", "--lang", "en"],
    ["assess", "--format=markdown", NTB, "--as-of", "2021-06-01"],
    ["assess", NTB, "--fail-on", "high", "--fail-on-unknown=blocker"],
    ["assess", EXAMPLES, "--summary", "-f", "csv"],
]

LEFT_TO_TYPER = [
    [],
    ["--help"],
    ["--version"],
    ["validate"],
    ["validate", "-h"],
    ["validate", NTB, "--help"],
    ["validate", NTB, "--lang", "fr"],
    ["validate", NTB, "--lang"],
    ["validate", NTB, "--lang", "en", "--lang", "id"],
    ["validate", "--", NTB],
    ["validate", NTB, "--langs", "en"],
    ["schema", "extra"],
    ["schema", "--assessment=yes"],
    ["assess", NTB, "-fjson"],
    ["assess", NTB, "-f=json"],
    ["assess", NTB, "--as-of", "2021-13-01"],
    ["assess", NTB, "-o", "-"],
    ["assess", NTB, "--pack="],
    ["assess", NTB, "--fail-on", "info"],
    ["assess", NTB, "-f", "json", "--format", "text"],
    ["checklist"],
    ["rules", "list"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_a_plain_command_line_is_answered_without_typer(argv):
    assert fast.plan(argv) is not None


@pytest.mark.parametrize("argv", LEFT_TO_TYPER, ids=" ".join)
def test_anything_but_a_plain_command_line_is_left_to_typer(argv):
    assert fast.plan(argv) is None


def test_a_shell_completion_request_is_left_to_typer(monkeypatch):
    monkeypatch.setenv("_PARACHECK_COMPLETE", "bash_complete")
    assert fast.plan(["validate", NTB]) is None


def outcome(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err


@pytest.mark.parametrize("argv", PLAIN + LEFT_TO_TYPER[:12], ids=" ".join)
def test_the_fast_path_and_typer_print_the_same_and_exit_the_same(
    argv, capsys, monkeypatch, tmp_path
):
    monkeypatch.setenv("PARACHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COLUMNS", raising=False)
    answered = outcome(argv, capsys)
    monkeypatch.setattr(fast, "plan", lambda argv: None)  # typer parses every line
    assert outcome(argv, capsys) == answered


def test_a_plain_validate_loads_neither_typer_nor_the_batch_machinery():
    code = (
        "import sys\nfrom paracheck.cli import main\n"
        f"try:\n    main(['validate', {NTB!r}])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'click') or m == 'paracheck.batch'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.rstrip().endswith("LOADED []"), out.stdout[-500:] + out.stderr


@pytest.mark.parametrize(
    "message", ["ok: a.yaml", "", "kesalahan: ‘x’ — tidak ada", "\x1b[31mred\x1b[0m text"]
)
@pytest.mark.parametrize("err", [False, True])
def test_echo_writes_what_typer_echo_writes(message, err, capsys):
    echo(message, err=err)
    ours = capsys.readouterr()
    typer.echo(message, err=err)
    assert capsys.readouterr() == ours


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "BAD"],
        ["validate", "BAD", "--lang", "en"],
        ["assess", "BAD"],
        ["assess", "BAD", "-f", "json", "--lang=en"],
        ["assess", "BAD", NTB, "-f", "csv"],
    ],
    ids=" ".join,
)
def test_both_paths_report_an_invalid_proposal_alike(argv, capsys, monkeypatch, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: paracheck/proposal/v1\ntitle: x\ndate: 2015-02-30\n", "utf-8")
    argv = [str(bad) if a == "BAD" else a for a in argv]
    monkeypatch.setenv("PARACHECK_CACHE_DIR", str(tmp_path / "cache"))
    answered = outcome(argv, capsys)
    assert answered[0] == 2 and answered[2]  # refused, and said why on stderr
    monkeypatch.setattr(fast, "plan", lambda argv: None)
    assert outcome(argv, capsys) == answered


@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt], ids=lambda e: e.__name__)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_end_of_input_and_an_interrupt_end_both_paths_alike(stop, lang, capsys, monkeypatch):
    from paracheck.cli import actions

    def stopped(*args, **kwargs):
        raise stop

    monkeypatch.setattr(actions, "validate", stopped)  # what typer's command calls
    spec = fast.COMMANDS["validate"]
    stopping = fast.Spec(
        options=spec.options, defaults=spec.defaults, files=spec.files, action=stopped
    )
    monkeypatch.setitem(fast.COMMANDS, "validate", stopping)
    argv = ["validate", NTB, "--lang", lang]
    answered = outcome(argv, capsys)
    assert answered[0] in (1, 130)
    monkeypatch.setattr(fast, "plan", lambda argv: None)
    assert outcome(argv, capsys) == answered
