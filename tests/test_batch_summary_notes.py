"""A batch's summary row says what the memo warns of, in a few words: the row of an MoU that
had expired read only "Risiko tinggi 266 BUD-001, HR-001, IMP-001" (newcomer trial 15), and a
head of bureau reading only the summary missed it."""

from __future__ import annotations

import paracheck
from paracheck.batch import BatchItem
from paracheck.report import view

EXPIRED = {
    "schema": "paracheck/proposal/v1",
    "title": "Kalbar – Sarawak",
    "date": "2025-06-01",
    "stage": "active",
    "agreement": {"expires": "2022-08-14"},
}


def _items() -> list[BatchItem]:
    expired = paracheck.assess(paracheck.Proposal.model_validate(EXPIRED))
    calm = paracheck.assess(paracheck.Proposal.model_validate({**EXPIRED, "agreement": None}))
    return [BatchItem("lama.yaml", expired), BatchItem("baru.yaml", calm)]


def _summary(fmt: str, lang: str) -> str:
    """The summary flattened to words; the text table by its last column alone, whose cells
    wrap over several lines beside the other columns' wrapped cells."""
    pieces = paracheck.render_batch(_items(), fmt, lang, summary_only=True)
    text = "".join(p.decode() if isinstance(p, bytes) else p for p in pieces)
    if fmt == "text":
        lines = text.splitlines()
        heading = "Risiko utama" if lang == "id" else "Top risks"
        header = next(i for i, line in enumerate(lines) if heading in line)
        at = lines[header].index(heading)
        text = "\n".join(line[at:] for line in lines[header:])
    return " ".join(text.split())


def test_a_summary_row_names_the_notices_in_every_format():
    for fmt in ("text", "markdown", "html"):
        out = _summary(fmt, "id")
        assert "catatan: masa berlaku MoU telah berakhir (14 Agustus 2022)" in out, fmt
        assert out.count("catatan:") == 1, fmt  # the row without a notice says none
        english = _summary(fmt, "en")
        assert "notes: MoU expired" in english, fmt


def test_a_row_without_risks_says_its_notes_before_the_worse_verdict_in_every_format():
    """The README's order: a row's notices (here its lapsed MoU) come before the worse
    verdict the open questions could bring, which stands alike on most rows; a row without
    risks said the worse verdict first (fix33e left)."""
    for fmt in ("text", "markdown", "html"):
        for lang, note, worse in (
            ("id", "catatan: masa berlaku MoU telah berakhir", "dapat menjadi"),
            ("en", "notes: MoU expired", "could become"),
        ):
            out = _summary(fmt, lang)
            assert out.count(note) == 1, (fmt, lang)
            row = out[out.index(note) :]
            assert worse in row, (fmt, lang)  # the lapsed row's worse verdict after its notes
            first_worse = out.index(worse)
            assert first_worse > out.index(note), (fmt, lang)  # and none before them


def test_every_notice_code_has_short_words_in_both_languages():
    from paracheck.engine.model import Notice

    codes = Notice.model_fields["code"].description.split(" | ")
    for code in codes:
        for lang in ("id", "en"):
            said = view.summary_risks((), (code,), lang)
            assert code not in said, (code, lang)


def test_a_file_that_could_not_be_assessed_is_described_once_in_full_not_in_the_table():
    """Newcomer trial 18: a broken file's first problem was repeated in full in the table's
    last column (eleven lines in the terminal) beside the list of every problem; the row says
    how many and where they are listed."""
    from paracheck.errors import InputError

    broken = "schema: paracheck/proposal/v1\ntitle: Rusak\nstage: foo\ndate: 2021-13-01\n"
    try:
        paracheck.load_proposal_text(broken, source="rusak.yaml")
    except InputError as exc:
        problems = tuple(exc.problems)
    assert len(problems) == 2
    said = problems[0].describe("id")
    for fmt in ("text", "markdown", "html"):
        items = [*_items(), BatchItem("rusak.yaml", problems=problems)]
        pieces = paracheck.render_batch(items, fmt, "id", summary_only=True)
        text = "".join(p.decode() if isinstance(p, bytes) else p for p in pieces)
        # the list keeps every problem; the table points to it
        assert text.count(said.split(": ", 1)[1][:30]) == 1, fmt
        assert "2 masalah; rinciannya pada “Berkas yang tidak dapat dinilai”" in " ".join(
            text.split()
        ), fmt
