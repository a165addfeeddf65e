"""The command line's help is in Bahasa Indonesia unless ``--lang en`` is given, as every
report, refusal and hint is (practitioner trial 33 #10: ``paracheck --help`` and each
command's help were English only)."""

from __future__ import annotations

import re

import pytest
import typer.main

from paracheck.cli import app, help_id, main
from tests.test_indonesian_only import english_words

#: every command path typer builds, the root included
PATHS = [
    [],
    ["validate"],
    ["schema"],
    ["init"],
    ["assess"],
    ["checklist"],
    ["diff"],
    ["serve"],
    ["rules"],
    ["rules", "list"],
    ["rules", "show"],
    ["rules", "docs"],
    ["rules", "test"],
]

#: the one English word a help page keeps: a value of ``init --form`` the command line takes as
#: written ("sister_province | … | other")
KEPT = {"other"}


def _help(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_every_help_text_has_its_indonesian() -> None:
    assert help_id.untranslated(typer.main.get_command(app)) == []


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "root")
def test_each_help_page_is_indonesian_by_default(capsys, path) -> None:
    said = _help(capsys, path)
    assert said.startswith("Pemakaian: paracheck")
    assert "Usage:" not in said and "Options:" not in said and "[OPTIONS]" not in said
    assert "Tampilkan bantuan ini lalu keluar." in said
    # the option names (--fail-on-unknown) and placeholders are the command line's own
    # an option, a placeholder, or a key the user writes as it is (`not_applicable`)
    kept = ("-", "<", "{", "`")
    words = english_words(" ".join(w for w in said.split() if not w.startswith(kept)))
    assert [w for w in words if w not in KEPT] == [], said
    # the placeholders too, and a date as the errors write it (attack 470 L2: "--as-of DATE
    # … (YYYY-MM-DD)" beside errors saying TTTT-BB-HH)
    assert not re.search(r"\b(FILE|DIR|PATH|NAME|DATE|OLD|NEW)\b|YYYY", said), said


@pytest.mark.parametrize("path", [["assess"], ["validate"], ["rules", "docs"]])
def test_lang_en_keeps_the_english_help(capsys, path) -> None:
    said = _help(capsys, [*path, "--lang", "en"])
    assert said.startswith("Usage: paracheck") and "Options:" in said
    assert "Show this message and exit." in said and "Pemakaian" not in said
    # and the next Indonesian page is Indonesian again: nothing of one run leaks into the next
    assert _help(capsys, path).startswith("Pemakaian: paracheck")
