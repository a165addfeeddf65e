"""What a person reads in paracheck's answers, read as it is meant (newcomer trial and review,
after commit 22a4141): no field path, no ``-`` for a file name, no risk wording on a row that
is clear, no English under ``--lang id``.

Each test is one finding, driven through the public library or the command line.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.cli import main
from paracheck.report import view

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
    assert re.fullmatch(rf"{re.escape(str(blank))}:{line}:\d+: Judul wajib diisi.*\n", err)
    assert "tanda kutip" not in err  # `title:` left blank is not a quoting problem

    code, _, err = _run(["validate", str(blank), "--lang", "en"], capsys)
    assert code == 2
    assert f"{blank}:{line}:" in err and "Title is required" in err


def test_an_empty_item_in_a_list_of_texts_says_fill_it_in_or_remove_it(tmp_path, capsys):
    """``kpis: [null]``: not "put it in quotes if it is meant as text" (there is no text)."""
    bad = tmp_path / "usulan.yaml"
    bad.write_text(
        "schema: paracheck/proposal/v1\ntitle: x\nsectors:\n  - name: tourism\n"
        "    programs:\n      - {name: p, kpis: [null]}\n",
        "utf-8",
    )
    code, _, err = _run(["validate", str(bad)], capsys)
    assert code == 2
    assert err == (
        f"{bad}:6:26: Sektor ke-1, program ke-1: indikator kinerja program (butir ke-1) kosong: "
        "tuliskan isinya atau hapus\n"
    )


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


@pytest.mark.parametrize(
    ("fmt", "cell"),
    [
        ("markdown", "| dibaca dari masukan standar (stdin) | Sister City"),
        ("html", "<tr><td>dibaca dari masukan standar (stdin)</td>"),
        ("text", "\ndibaca dari masukan standar"),
    ],
)
def test_a_batch_summary_names_standard_input_in_words(fmt, cell):
    from paracheck.batch import BatchItem

    proposal = paracheck.load_proposal_text(WELL_PREPARED.read_bytes(), source="-")
    items = [BatchItem("-", paracheck.assess(proposal))]
    document = b"".join(paracheck.render_batch(items, fmt, "id", summary_only=True)).decode()
    assert cell in document


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
    assert (
        "**Berisiko bila:** Tidak ada alokasi APBD; dan salah satu keadaan berikut: (1) tidak ada "
        "sumber dana lain; atau (2) tidak ada dana dari sumber lain yang sudah pasti"
    ) in out
    # the thesis's lines are "baris naskah", apart from the proposal file's "baris" (review 12)
    assert re.search(
        r"Tesis tentang Sister Province NTB–Zhejiang, subbab IV\.\S+ \(baris naskah \d+–\d+", out
    )
    assert "lines" not in out


# --- the CSV report --------------------------------------------------------------------------


@functools.cache
def _assessed(path: Path):
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _csv_rows(path: Path, lang: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(paracheck.render(_assessed(path), "csv", lang=lang))))


def _checklist_wording(path: Path, lang: str) -> dict[str, str]:
    """What the Markdown report's checklist says of each clear or unknown check."""
    markdown = paracheck.render(_assessed(path), "markdown", lang=lang)
    said = {
        m[1]: m[2] for m in re.finditer(r"^\| `\[[✓–→/◌]\]` \| (\S+) \| (.+?) \|", markdown, re.M)
    }
    said |= {m[1]: m[2] for m in re.finditer(r"^- `\[ \]` \*\*(\S+)\*\* (.+) \(", markdown, re.M)}
    return said


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_csv_row_that_is_not_a_risk_reads_as_the_checklist_says_it_not_as_the_risk(path, lang):
    rows = _csv_rows(path, lang)
    checks = {c.rule_id: c for c in _assessed(path).checks}
    wording = _checklist_wording(path, lang)
    quiet = [r for r in rows if r["status"] in ("clear", "unknown")]
    assert quiet
    not_due = "Belum waktunya: " if lang == "id" else "Not yet due: "
    for row in quiet:
        check = checks[row["rule_id"]]
        expected = wording[row["rule_id"]]
        if check.covered_by is not None:  # "Dicatat pada TOC-003: …", as the checklist says
            covered = ("Dicatat pada " if lang == "id" else "Recorded under ") + check.covered_by
            assert row["title"] == f"{covered}: {expected}", row["rule_id"]
            continue
        if check.not_applicable is not None:  # "Tidak berlaku (verifikasi …) — …"
            why = check.not_applicable.get(lang)
            said = "Tidak berlaku" if lang == "id" else "Not applicable"
            assert row["title"] == f"{said} ({why}) — {expected}", row["rule_id"]
            continue
        if check.due and check.waits_on is not None:  # "Dinilai setelah pertanyaan … — …"
            why = view.waiting_words(check.waits_on, lang)
            assert row["title"] == f"{why} — {expected}", row["rule_id"]
            continue
        # a tick resting on a dated document says its date, as the checklist's status column
        # does (REG-026, GOV-003: province trial 480 M-6)
        shown = view.shown(check) == "clear"
        dated = view.tick_date(_assessed(path), check, lang) if shown else None
        expected = f"{expected} ({dated})" if dated else expected
        assert row["title"] == (expected if check.due else not_due + expected), row["rule_id"]
        if check.statement.get(lang) != check.title.get(lang):
            assert row["title"] != check.title.get(lang), row["rule_id"]
    for row in rows:
        if row["status"] in ("risk", "accepted"):
            assert row["title"] == checks[row["rule_id"]].title.get(lang)


def test_a_clear_budget_row_says_there_is_funding():
    rows = {r["rule_id"]: r for r in _csv_rows(WELL_PREPARED, "id")}
    assert rows["BUD-001"]["status"] == "clear"
    assert rows["BUD-001"]["title"] == (
        "Kerja sama mempunyai alokasi APBD, atau sumber dana lain yan"
        "g jumlah dana pastinya tidak tercatat Rp0"
    )


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_csv_evidence_and_missing_name_fields_by_their_labels(path, lang):
    for row in _csv_rows(path, lang):
        for column in ("evidence", "missing"):
            assert not RAW_PATH.search(row[column]), (row["rule_id"], column, row[column])
        if lang == "id":  # (evidence quotes the proposal's own words, English or not)
            said = " ".join(row[c] for c in ("title", "missing", "recommendations"))
            assert not english_words(said), (row["rule_id"], english_words(said))


def test_csv_evidence_reads_as_the_markdown_evidence():
    rows = {r["rule_id"]: r for r in _csv_rows(WELL_PREPARED, "id")}
    assert rows["BUD-001"]["evidence"] == (
        "Alokasi APBD: Rp850.000.000 (baris 80); Sumber dana lain: APBN (baris 82)"
    )


# --- a batch's own problem lines -------------------------------------------------------------


def test_a_file_a_batch_cannot_read_is_said_in_the_readers_language(monkeypatch):
    from paracheck.batch import assess_file

    def unreadable(path, **_):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(paracheck, "load_proposal", unreadable)
    item = assess_file(str(WELL_PREPARED))
    (problem,) = item.problems
    said = problem.describe("id")
    assert "Berkas tidak dapat dibaca: tidak ada izin untuk membacanya" in said
    assert not english_words(said.replace(str(WELL_PREPARED), " ")), said
    assert "Cannot read the file: Permission denied" in problem.describe("en")


def test_paracheck_failing_on_one_file_of_a_batch_is_said_in_the_readers_language(monkeypatch):
    from paracheck.batch import assess_file

    def broken(*_, **__):
        raise RuntimeError("boom")

    monkeypatch.setattr(paracheck, "assess", broken)
    item = assess_file(str(WELL_PREPARED))
    assert item.internal
    (problem,) = item.problems
    said = problem.describe("id")
    assert "kesalahan internal paracheck" in said and "RuntimeError: boom" in said
    assert not english_words(said.replace(str(WELL_PREPARED), " ")), said
    assert "internal error while assessing this file (RuntimeError: boom)" in problem.message


# --- rules list ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heads"),
    [
        ("id", ["Aturan", "Bidang", "Tingkat keparahan", "K×D", "Risiko yang diperiksa"]),
        ("en", ["Rule", "Domain", "Severity", "L×I", "Risk checked"]),
    ],
)
def test_rules_list_names_each_column_once_in_the_readers_language(lang, heads, capsys):
    code, out, _ = _run(["rules", "list", "--lang", lang], capsys)
    assert code == 0
    header = out.splitlines()[1]
    assert header.split() == " ".join(heads).split()
    abbreviation = heads[3]
    assert f"{abbreviation}: " in out  # the abbreviation is spelt out under the table


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_csv_row_not_yet_due_says_so_and_a_clear_row_carries_no_remedy(path):
    """Filtered on status "clear", an unsigned proposal's CSV read "Persetujuan pemerintah
    pusat telah diperoleh", and clear rows carried fix-it advice ("find out why realisation
    was low" at 85 %) (newcomer trial, 2026-11-30)."""
    checks = {c.rule_id: c for c in _assessed(path).checks}
    for row in _csv_rows(path, "id"):
        check = checks[row["rule_id"]]
        assert row["title"].startswith("Belum waktunya: ") == (not check.due), row["rule_id"]
        if row["status"] == "clear":
            assert row["recommendations"] == "", row["rule_id"]
        elif check.recommendations:
            assert row["recommendations"], row["rule_id"]
