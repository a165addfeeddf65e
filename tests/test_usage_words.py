"""A request the command line cannot serve is refused in the command's language (newcomer
finding: ``assess EMPTY_DIR``, ``--format pdf`` on a terminal, ``-o`` into a missing folder, a
``PARACHECK_CHROMIUM`` that is not a program and ``rules show XYZ-1`` answered in English under
``--lang id``).

Each reachable :class:`paracheck.UsageError` is driven through ``paracheck.cli.main``: under
``--lang id`` (and, for ``rules show`` and ``diff``'s siblings without it, by default) no line
may hold an English word once paths, quoted values and commands are set aside, and the exit code
stays 2; under ``--lang en`` the English sentence is the one embedders read in ``message``.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import shutil
import socket
import sys
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.cli import main

from .test_indonesian_only import english_words

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"

# a path, a quoted value, a command or an option: what the user types, not a sentence
TYPED = re.compile(r"\S*/\S*|'[^']*'|`[^`]*`|(?<!\S)--?[a-z][\w-]*")

HAS_WEB = importlib.util.find_spec("uvicorn") is not None
#: cases that start the web server's checks, which need the web extra
NEEDS_WEB = {"serve exposed", "serve elsewhere", "serve port in use"}


def _busy_port(tmp: Path) -> int:
    """A port of 127.0.0.1 that a socket listens on until the test ends."""
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen()
    _HELD.append(held)
    return held.getsockname()[1]


_HELD: list[socket.socket] = []


@pytest.fixture(autouse=True)
def _release_ports():
    yield
    while _HELD:
        _HELD.pop().close()


def _case(name: str, tmp: Path) -> tuple[list[str], dict[str, str]]:
    """The arguments (without ``--lang``) and environment of case ``name``, in ``tmp``."""
    proposal = tmp / "usulan.yaml"
    shutil.copyfile(EXAMPLE, proposal)
    (tmp / "kosong").mkdir(exist_ok=True)
    locked = tmp / "terkunci.md"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0o444)
    p = str(proposal)
    port = _busy_port(tmp) if name == "serve port in use" else 0
    cases: dict[str, tuple[list[str], dict[str, str]]] = {
        "empty folder": (["assess", str(tmp / "kosong")], {}),
        "pdf onto a terminal": (["assess", p, "--format", "pdf"], {}),
        "folder of -o missing": (["assess", p, "-o", str(tmp / "tiada" / "x.md")], {}),
        "PARACHECK_CHROMIUM not a program": (
            ["assess", p, "--format", "pdf", "-o", str(tmp / "x.pdf")],
            {"PARACHECK_CHROMIUM": str(tmp / "tiada")},
        ),
        "no Chromium at all": (
            ["assess", p, "--format", "pdf", "-o", str(tmp / "x.pdf")],
            {"PATH": str(tmp / "kosong")},
        ),
        "unknown rule": (["rules", "show", "XYZ-1"], {}),
        "unknown pack": (["assess", p, "--pack", "tiada"], {}),
        "empty --pack": (["assess", p, "--pack", ""], {}),
        "--pack a folder": (["assess", p, "--pack", str(tmp / "kosong")], {}),
        "empty -o": (["assess", p, "-o", ""], {}),
        "empty file argument": (["assess", ""], {}),
        "rules docs -o a file": (["rules", "docs", "-o", str(locked)], {}),
        "rules docs -o under a file": (["rules", "docs", "-o", str(proposal / "sub")], {}),
        "-o a folder": (["assess", p, "-o", str(tmp)], {}),
        "-o the input": (["assess", p, "-o", p], {}),
        "-o a read-only file": (["assess", p, "-o", str(locked)], {}),
        "diff of a folder": (["diff", str(tmp / "kosong"), p], {}),
        "-o a name too long": (["assess", p, "-o", str(tmp / ("r" * 300 + ".md"))], {}),
        # typer's own argument errors
        "unknown format": (["assess", p, "--format", "xyz"], {}),
        "unknown severity": (["assess", p, "--fail-on", "info"], {}),
        "missing file argument": (["assess"], {}),
        "unknown option": (["assess", p, "--bogus"], {}),
        "misspelt option": (["assess", p, "--formt", "md"], {}),
        "unknown command": (["nosuch"], {}),
        "date not in the calendar": (["assess", p, "--as-of", "2020-13-01"], {}),
        "date in another form": (["assess", p, "--as-of", "10-06-2015"], {}),
        "misspelt command": (["assesss", p], {}),
        # paracheck serve
        "port out of range": (["serve", "--port", "0"], {}),
        "port not a number": (["serve", "--port", "abc"], {}),
        "serve exposed": (["serve", "--host", "0.0.0.0"], {}),
        "serve elsewhere": (["serve", "--host", "192.0.2.1", "--token", "t"], {}),
        "serve port in use": (["serve", "--port", str(port)], {}),
        "serve without the web extra": (["serve"], {}),
    }
    return cases[name]


# what each case says in English (the message embedders read), with tmp written as TMP
ENGLISH = {
    "empty folder": "TMP/kosong: No proposal files (*.yaml, *.yml, *.json) in this directory",
    "pdf onto a terminal": "error: a PDF is binary: write it to a file with -o REPORT.pdf",
    "folder of -o missing": (
        "error: cannot write TMP/tiada/x.md: the folder TMP/tiada does not exist"
    ),
    "PARACHECK_CHROMIUM not a program": (
        "error: PARACHECK_CHROMIUM='TMP/tiada' is not an executable program"
    ),
    "no Chromium at all": (
        "error: --format pdf prints with headless Chromium, which is not installed; "
        "install it with: apt-get install chromium"
    ),
    "unknown rule": "error: no rule 'XYZ-1' in pack 'pp28-2018'; see `paracheck rules list`",
    "unknown pack": "error: no rule pack named 'tiada' (shipped packs: ",
    "empty --pack": "error: no rule pack named '' (shipped packs: ",
    "--pack a folder": (
        "error: 'TMP/kosong' is a folder: --pack takes the name of a shipped pack or a pack file"
    ),
    "empty -o": "error: output path is empty: give a file name after -o/--output",
    "empty file argument": "error: a file name is empty (''): name a proposal file, a folder",
    "rules docs -o a file": ("error: cannot write to TMP/terkunci.md: it is a file, not a folder"),
    "rules docs -o under a file": (
        "error: cannot write to TMP/usulan.yaml/sub: a part of that path is a file"
    ),
    "-o a folder": "error: cannot write TMP: it is a folder; give a file name inside it",
    "-o the input": "error: refusing to write the report over its input file TMP/usulan.yaml",
    "-o a read-only file": (
        "error: cannot write TMP/terkunci.md: the file is read-only; "
        "choose another name or make it writable first"
    ),
    "diff of a folder": "error: diff compares two proposal files; 'TMP/kosong' is a folder",
    "-o a name too long": "error: cannot write TMP/" + "r" * 300 + ".md: the file name is too long",
    # typer's own argument errors: under --lang en exactly as typer prints them
    "unknown format": (
        "Error: Invalid value for '--format' / '-f': 'xyz' is not one of 'text', 'markdown', "
        "'json', 'html', 'csv', 'pdf'."
    ),
    "unknown severity": (
        "Error: Invalid value for '--fail-on': 'info' is not one of 'blocker', 'high', "
        "'medium', 'low'."
    ),
    "missing file argument": "Error: Missing argument 'FILE|DIR|-…'.",
    "unknown option": "Error: No such option: --bogus",
    "misspelt option": "Error: No such option: --formt (Possible options: --format)",
    "unknown command": "Error: No such command 'nosuch'.",
    "date not in the calendar": (
        "Error: Invalid value for --as-of: '2020-13-01' is not a date in the calendar "
        "(check the day and month)"
    ),
    "date in another form": (
        "Error: Invalid value for --as-of: expected a date as YYYY-MM-DD, got '10-06-2015'"
    ),
    "misspelt command": "Error: No such command 'assesss'. Did you mean 'assess'?",
    "port out of range": "Error: Invalid value for '--port': Input should be greater than",
    "port not a number": "Error: Invalid value for '--port': Input should be a valid integer",
    "serve exposed": "error: refusing to listen on 0.0.0.0 without an access token",
    "serve elsewhere": "error: cannot listen on 192.0.2.1: it is not an address of this machine",
    "serve port in use": "error: cannot listen on 127.0.0.1 port PORT: another program is already",
    "serve without the web extra": "error: paracheck serve needs the web extra (",
}


def _run(name: str, lang: str | None, tmp: Path, monkeypatch, capsys) -> tuple[int, str]:
    if name in NEEDS_WEB and not HAS_WEB:
        pytest.skip("paracheck serve's own checks need the web extra")
    args, env = _case(name, tmp)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("PARACHECK_TOKEN", raising=False)
    if name == "pdf onto a terminal":
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    if name == "serve without the web extra":  # as if uvicorn were not installed
        monkeypatch.delitem(sys.modules, "paracheck.web.serve", raising=False)
        monkeypatch.setitem(sys.modules, "uvicorn", None)
    if lang is not None:
        args = [*args, "--lang", lang]
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(args)
    return exited.value.code, capsys.readouterr().err


@pytest.mark.parametrize("name", list(ENGLISH))
def test_a_usage_error_under_lang_id_has_no_english_and_exits_2(
    name, tmp_path, monkeypatch, capsys
):
    lang = None if name == "unknown rule" else "id"  # rules show: Indonesian by default too
    code, err = _run(name, lang, tmp_path, monkeypatch, capsys)
    assert code == 2, err
    lines = err.splitlines()
    assert lines, name
    for line in lines:
        said = TYPED.sub(" ", line)
        assert not english_words(said), (line, english_words(said))
    assert "error:" not in err.lower() and "Usage:" not in err


def test_typers_own_argument_error_is_indonesian_by_default(tmp_path, monkeypatch, capsys):
    """``paracheck assess x.yaml --format xyz`` without ``--lang``: typer's refusal of the value
    said in Indonesian, naming the option, the value and the choices, exit code 2."""
    args, _ = _case("unknown format", tmp_path)
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "kesalahan: nilai untuk --format / -f tidak dapat dipakai: 'xyz' tidak dikenal; "
        "pilih salah satu: 'text', 'markdown', 'json', 'html', 'csv', 'pdf'\n"
        "Petunjuk pemakaian: `paracheck assess -h`\n"
    )


def test_init_refuses_an_unknown_form_in_indonesian(capsys):
    """``init`` has no ``--lang``: its refusal is in Indonesian, the default."""
    with pytest.raises(SystemExit) as exited:
        main(["init", "--form", "x"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("kesalahan: nilai untuk --form tidak dapat dipakai: pilih salah satu: ")
    assert "'sister_city'" in err
    assert not english_words(TYPED.sub(" ", err))


def test_a_usage_error_says_the_same_under_lang_id_given_or_by_default(
    tmp_path, monkeypatch, capsys
):
    by_default = _run("unknown rule", None, tmp_path, monkeypatch, capsys)
    given = _run("unknown rule", "id", tmp_path, monkeypatch, capsys)
    assert by_default == given
    assert given[1] == (
        "kesalahan: aturan 'XYZ-1' tidak ada dalam paket 'pp28-2018'; "
        "lihat daftarnya dengan `paracheck rules list`\n"
    )


@pytest.mark.parametrize("name", list(ENGLISH))
def test_a_usage_error_under_lang_en_is_the_english_sentence(name, tmp_path, monkeypatch, capsys):
    code, err = _run(name, "en", tmp_path, monkeypatch, capsys)
    assert code == 2, err
    expected = ENGLISH[name].replace("TMP", str(tmp_path))
    if name == "serve port in use":
        expected = expected.replace("PORT", str(_HELD[0].getsockname()[1]))
    assert expected in err


def test_the_api_message_stays_english_and_the_words_cross_a_process_boundary():
    with pytest.raises(paracheck.UsageError) as caught:
        paracheck.choose_pack("tiada")
    error = caught.value
    assert error.message.startswith("no rule pack named 'tiada' (shipped packs: ")
    assert str(error) == error.message
    assert (error.option, error.value) == ("pack", "tiada")
    again = pickle.loads(pickle.dumps(error))
    assert (again.message, again.option, again.choices) == (
        error.message,
        error.option,
        error.choices,
    )
    assert again.text("id").startswith("tidak ada paket aturan bernama 'tiada'")


def test_a_usage_error_without_words_is_said_as_given():
    error = paracheck.UsageError("something plain")
    assert error.text("id") == error.text("en") == "something plain"


def test_every_usage_message_has_both_languages():
    from importlib import resources

    text = resources.files("paracheck.facts").joinpath("data", "usage.yaml").read_text("utf-8")
    messages = yaml.safe_load(text)["messages"]
    assert messages
    for key, forms in messages.items():
        assert set(forms) == {"id", "en"}, key
        names = set(re.findall(r"\{(\w+)\}", forms["en"] + forms["id"]))
        error = paracheck.UsageError.of(key, **dict.fromkeys(names, "v"))
        assert error.text("id") and error.message == error.text("en"), key
        assert not english_words(TYPED.sub(" ", error.text("id"))), (key, error.text("id"))


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("date not in the calendar", "'2020-13-01' bukan tanggal yang ada di kalender"),
        ("date in another form", "harus berupa tanggal TTTT-BB-HH"),
        ("misspelt command", "perintah 'assesss' tidak dikenal; mungkin maksudnya 'assess'?"),
        ("missing file argument", "berkas usulan belum disebutkan (BERKAS|FOLDER|-…"),
    ],
)
def test_a_refusal_says_what_is_wrong_with_what_was_typed(
    name, said, tmp_path, monkeypatch, capsys
):
    """Newcomer trial (2026-11-30): '--as-of 2025-02-30' was told to use YYYY-MM-DD, which it
    did; 'paracheck assesss' got 'penulisan perintah tidak sesuai' without the command it
    meant; 'NEW belum disebutkan' did not say NEW is an argument."""
    code, err = _run(name, "id", tmp_path, monkeypatch, capsys)
    assert code == 2
    assert said in err, err
