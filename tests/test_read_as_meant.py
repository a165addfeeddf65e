"""What a person reads in paracheck's answers, read as it is meant (newcomer trial and review,
after commit 22a4141): no field path, no ``-`` for a file name, no risk wording on a row that
is clear, no English under ``--lang id``.

Each test is one finding, driven through the public library or the command line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.cli import main

from .test_indonesian_only import english_words

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
WELL_PREPARED = ROOT / "examples" / "well-prepared-2023.yaml"

#: a raw field path as the proposal contract writes it (``sectors[0].programs[1].status``,
#: ``budget.apbd_allocation_idr``); a bare list field (``sectors``) is an English word, which
#: :func:`english_words` finds under ``--lang id``
RAW_PATH = re.compile(r"\b[a-z_]+(\[\d+\])?\.[a-z_]+(\[\d+\])?(\.[a-z_]+)*\b")


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(args)
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err


# --- a blank title ---------------------------------------------------------------------------


@pytest.mark.parametrize("written", ['""', '"   "', ""])
def test_a_blank_title_says_the_title_is_required_with_its_place(written, tmp_path, capsys):
    text = WELL_PREPARED.read_text("utf-8")
    blank = tmp_path / "usulan.yaml"
    blank.write_text(re.sub(r"(?m)^title: .*$", f"title: {written}".rstrip(), text), "utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("title:"))

    code, _, err = _run(["validate", str(blank)], capsys)
    assert code == 2
    assert re.fullmatch(rf"{re.escape(str(blank))}:{line}:\d+: Judul usulan wajib diisi.*\n", err)
    assert "tanda kutip" not in err  # `title:` left blank is not a quoting problem

    code, _, err = _run(["validate", str(blank), "--lang", "en"], capsys)
    assert code == 2
    assert f"{blank}:{line}:" in err and "Proposal title is required" in err


# --- a proposal read from standard input -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", "dibaca dari masukan standar"), ("en", "read from standard input")],
)
@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_a_proposal_from_stdin_is_said_to_come_from_standard_input(fmt, lang, words):
    proposal = paracheck.load_proposal_text(WELL_PREPARED.read_bytes(), source="-")
    report = paracheck.render(paracheck.assess(proposal), fmt, lang=lang)
    file_line = next(line for line in report.splitlines() if re.search(r"\b(Berkas|File)\b", line))
    assert words in file_line
    assert "`\\-`" not in report and "<code>-</code>" not in report


# --- rules show ------------------------------------------------------------------------------


def _rule_pages(lang: str):
    for name in paracheck.pack_names():
        pack = paracheck.choose_pack(name)
        for rule in pack.rules:
            yield f"{name} {rule.id}", rule, paracheck.render_rule(pack, rule, lang)


def test_rules_show_in_indonesian_has_no_english_word_and_no_field_path():
    for where, _, page in _rule_pages("id"):
        assert not english_words(page), (where, english_words(page))
        assert not RAW_PATH.search(page), (where, RAW_PATH.search(page))
        assert "`" not in page, where  # no code: the condition is said in words


def test_rules_show_in_english_names_fields_by_their_labels():
    for where, _, page in _rule_pages("en"):
        assert not RAW_PATH.search(page), (where, RAW_PATH.search(page))
        assert "`" not in page, where


@pytest.mark.parametrize(("lang", "said"), [("id", "setiap sektor"), ("en", "each sector")])
def test_rules_show_says_a_per_sector_rule_is_checked_for_each_sector(lang, said, capsys):
    code, out, _ = _run(["rules", "show", "REG-042", "--lang", lang], capsys)
    assert code == 0
    assert f"| {said} |" in out and "sectors" not in out


def test_rules_show_says_when_the_rule_finds_a_risk_and_the_thesis_lines_in_indonesian(capsys):
    code, out, _ = _run(["rules", "show", "BUD-001"], capsys)
    assert code == 0
    assert "**Berisiko bila:** Alokasi APBD adalah Rp 0" in out
    assert re.search(r"Tesis IV\.\S+ \(baris \d", out)
    assert "lines" not in out
