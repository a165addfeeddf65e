"""Indonesian as a Biro Kerja Sama officer writes it in a telaahan staf (wording review 12,
2026-11-30): sentences that say what the policy says, no state named where Indonesia
recognises none, and no program logic where a reader expects a sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parent.parent
TAIWAN = ROOT / "examples" / "blocked-taiwan-2022.yaml"


def _memo(path: Path, lang: str = "id", **options) -> str:
    result = paracheck.assess(paracheck.load_proposal(str(path)), **options)
    return paracheck.render(result, "text", lang, width=10_000)


def test_a_taiwan_partner_is_never_called_a_state():
    """ "Negara mitra: Taiwan" in the finding that cites the one-China policy contradicted it;
    the reason read "Taiwan mengikuti kebijakan Satu Tiongkok" (Taiwan adheres to it)."""
    memo = _memo(TAIWAN)
    assert "Wilayah mitra: Taiwan" in memo
    assert "Negara mitra: Taiwan" not in memo
    assert "Taiwan mengikuti" not in memo
    assert "kebijakan Satu Tiongkok yang dianut Indonesia" in memo
    english = _memo(TAIWAN, "en")
    assert "Partner's territory: Taiwan" in english
    assert "Partner's country: Taiwan" not in english


def test_a_state_partner_keeps_its_country_label(tmp_path):
    text = TAIWAN.read_text("utf-8").replace("country: TW", "country: IL")
    assert "country: IL" in text
    israel = tmp_path / "israel.yaml"
    israel.write_text(text, "utf-8")
    assert "Negara mitra: Israel" in _memo(israel)


_PLUS = re.compile(r"\b(?:UU|PP|Perpres|Permendagri|Permenlu)\s+\d+/\d{4}\s*\+")
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_report_joins_two_instruments_with_a_plus(example):
    """ "PP 28/2018 + Permendagri 25/2020" in the memo header and the notices: "+" is an
    operator, not a conjunction (review 12 B5)."""
    for pack in ("pp28-2018", "permendagri-3-2008"):
        result = paracheck.assess(paracheck.load_proposal(str(example)), pack=pack)
        for lang in ("id", "en"):
            for fmt in ("text", "markdown", "html"):
                out = paracheck.render(result, fmt, lang)
                assert not _PLUS.search(out), (pack, lang, fmt, _PLUS.search(out))


def test_no_checklist_joins_two_instruments_with_a_plus():
    for pack in ("pp28-2018", "permendagri-3-2008"):
        for lang in ("id", "en"):
            out = paracheck.render_checklist(paracheck.load_pack(pack), lang)
            assert not _PLUS.search(out), (pack, lang)


def test_no_indonesian_question_says_null_or_abbreviates_misalnya():
    """ "isi null bila belum pernah" reached a memo (null is YAML, not a word), and "mis." an
    abbreviation a formal text spells out (review 12 B1, D7)."""
    from paracheck.facts import questions

    for path in questions.question_paths():
        text = questions.question_for(path)["id"]
        assert not re.search(r"\bnull\b", text), (path, text)
        assert not re.search(r"\bmis\.", text), (path, text)
        assert not re.search(r"\((?:mis\.|misalnya) [a-z]{2}, [a-z]{2}\)", text), (path, text)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_indonesian_memo_says_null(example):
    result = paracheck.assess(paracheck.load_proposal(str(example)))
    for fmt in ("text", "markdown", "html"):
        out = paracheck.render(result, fmt, "id")
        assert not re.search(r"\bnull\b", out), fmt


_TOOL_TALK = re.compile(
    r"dicatat sebagai [A-Z]{2,3}-\d|\bdi sini\b|dinilai [A-Z]{2,3}-\d|berlaku [A-Z]{2,3}-\d"
    r"|\bmencatatnya\b|\bPemeriksaan ini\b|yang tersedia\b"
)


def _indonesian_texts(rule) -> list[str]:
    texts = [rule.title.id, rule.why.id]
    texts += [t.id for t in (rule.check, rule.clears_when) if t is not None]
    texts += [r.text.id for r in rule.recommend]
    return texts


def test_no_rule_text_explains_how_the_tool_files_a_finding():
    """ "temuannya dicatat sebagai REG-020", "(bentuk lain tidak diperiksa di sini)",
    "ringkasan yang tersedia … jadi di sini hanya catatan": the tool talking about itself,
    where an officer states the condition in the world (review 12 B7)."""
    for name in ("pp28-2018", "permendagri-3-2008"):
        for rule in paracheck.load_pack(name).rules:
            for text in _indonesian_texts(rule):
                assert not _TOOL_TALK.search(text), (name, rule.id, text)


_ENGLISH_ARTICLE = re.compile(r"\bPasal \d+\(|\bPasal \d+-\d+")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_indonesian_reports_cite_articles_in_indonesian_legal_style(example):
    """ "UU 24/2000 Pasal 1(3)", "Pasal 42(1)(g)" mark a text as machine-translated: an
    Indonesian report writes "Pasal 1 angka 3", "Pasal 42 ayat (1) huruf g" (review 12 C1)."""
    for pack in ("pp28-2018", "permendagri-3-2008"):
        result = paracheck.assess(paracheck.load_proposal(str(example)), pack=pack)
        for fmt in ("text", "markdown", "html"):
            out = paracheck.render(result, fmt, "id")
            assert not _ENGLISH_ARTICLE.search(out), (pack, fmt, _ENGLISH_ARTICLE.search(out))


def test_indonesian_checklists_cite_articles_in_indonesian_legal_style():
    for pack in ("pp28-2018", "permendagri-3-2008"):
        out = paracheck.render_checklist(paracheck.load_pack(pack), "id")
        assert not _ENGLISH_ARTICLE.search(out), pack
        assert "Pasal 1 angka 3" in out or pack == "permendagri-3-2008"


def test_the_citation_style_changes_the_notation_never_the_article():
    from paracheck.report.formatting import citation_id

    assert citation_id("UU 32/2004 Pasal 42(1)(g)") == "UU 32/2004 Pasal 42 ayat (1) huruf g"
    assert citation_id("UU 24/2000 Pasal 1(3)") == "UU 24/2000 Pasal 1 angka 3"
    assert citation_id("UU 23/2014 Pasal 367(2)") == "UU 23/2014 Pasal 367 ayat (2)"
    assert citation_id("UU 37/1999 Pasal 6-7") == "UU 37/1999 Pasal 6 dan Pasal 7"
    assert citation_id("UU 23/2014 Pasal 10") == "UU 23/2014 Pasal 10"


_THIS_YEAR = re.compile(
    r"\btahun ini\b|\bthis year\b|\btahun berjalan\b(?! bila)|\bthe current year\b"
)


def test_no_advice_sets_a_deadline_of_this_year():
    """ "Jadwalkan sidang komite bersama tahun ini" read on 27 November (held-out proposal 16,
    and newcomer trial 14) asks for what the calendar no longer allows; the budget for "tahun
    berjalan" is only reachable through the amended APBD while its timetable allows. Advice
    names a span from the day of reading ("dalam tiga bulan ke depan") or the next cycle."""
    for name in ("pp28-2018", "permendagri-3-2008"):  # each includes the thesis's rules
        for rule in paracheck.load_pack(name).rules:
            for rec in rule.recommend:
                for text in (rec.text.id, rec.text.en):
                    assert not _THIS_YEAR.search(text), (name, rule.id, text)


def test_no_indonesian_text_abbreviates_misalnya_anywhere():
    """Wording review 15: "mis." was banned in the questions but still in the form's hints,
    the validation messages and the usage texts. The sources of every text a person reads:
    the data tables, the web's words and the form's messages."""
    src = ROOT / "src" / "paracheck"
    files = [*sorted((src / "facts" / "data").glob("*.yaml")), src / "web" / "text.py"]
    files += [src / "web" / "form.py", src / "report" / "messages.py"]
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            assert not re.search(r"\bmis\. ", line), (path.name, number, line)


def test_a_step_status_question_offers_not_applicable_only_with_a_written_basis():
    """Wording review 15: "(selesai, sedang berjalan, belum, tidak diperlukan)" beside a
    procedure table saying "Wajib: ya" read as a way out of a required step."""
    from paracheck.facts.questions import question_for

    asked = question_for("procedure.letter_of_intent.status")
    assert "Jawab “tidak diperlukan” hanya bila ada dasar tertulisnya." in asked["id"]
    assert "Answer “not applicable” only with a written basis for it." in asked["en"]
    statutory = question_for("procedure.dprd_approval.status", statutory=True)
    assert "tidak diperlukan" not in statutory["id"]


def test_gov_005_not_applicable_names_the_sectors_it_means():
    """Final reading of held-out 16: "Tidak berlaku: kerja sama ini tidak mencakup sektor
    ekonomi" beside fisheries and agriculture, which an officer counts as economic sectors;
    the rule means investment, trade, industry, mining and tourism."""
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2026-06-01",
        "sectors": [{"name": "fisheries"}, {"name": "agriculture"}],
        "governance": {"stakeholders": ["university"]},
    }
    result = paracheck.assess(paracheck.Proposal.model_validate(data))
    (check,) = [c for c in result.checks if c.rule_id == "GOV-005"]
    assert check.not_applicable is not None
    assert "sektor ekonomi" not in check.not_applicable.id
    assert "pariwisata" in check.not_applicable.id
