"""The actor line of an action names its counterpart only when the action's sentence does
not: "Biro Kerja Sama (bersama BNN): Beri tahu BNN Provinsi …" and "Biro Kerja Sama (bersama
Kemendagri): Minta pendapat Kemendagri …" named the body twice (wording reviews 23 C3 and
26 C5, some forty actions). Decided on the Indonesian sentence, so both languages agree; a
counterpart the sentence does not name (REG-040's Kemlu) stays in the line."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report import view
from paracheck.rules.loader import load_pack

PACK = "pp28-2018"


def _recs(rule_id: str) -> list[object]:
    rule = load_pack(PACK).rule(rule_id)
    return [rec for rec in rule.recommend if rec.counterpart is not None]


@pytest.mark.parametrize(("rule_id", "named"), [("REG-002", "Kemendagri"), ("TOC-012", "BNN")])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_counterpart_the_sentence_names_is_not_repeated_in_the_actor_line(
    rule_id: str, named: str, lang: str
) -> None:
    # the actions with that counterpart (TOC-012's cargo action goes with Bea Cukai, which
    # its first case does not name: trial 32 M5)
    recs = [rec for rec in _recs(rule_id) if rec.counterpart == named]
    assert recs
    for rec in recs:
        # the sentence names it (Kemendagri by its minister, to whom the head's letter goes)
        assert {"Kemendagri": "Menteri Dalam Negeri"}.get(named, named) in rec.text.id
        shown = view.who(rec, lang)
        assert shown == ("Biro Kerja Sama" if lang == "id" else "Cooperation Bureau"), shown


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "Biro Kerja Sama (bersama Kemlu)"),
        ("en", "Cooperation Bureau, with the Ministry of Foreign Affairs (Kemlu)"),
    ],
)
def test_a_counterpart_the_sentence_does_not_name_stays_in_the_actor_line(
    lang: str, line: str
) -> None:
    for rec in _recs("REG-040"):
        assert "Kemlu" not in rec.text.id
        assert view.who(rec, lang) == line


def test_a_document_read_back_leaves_it_out_too() -> None:
    """A recommendation as a JSON document holds it (mappings, not models)."""
    rec = {
        "owner": "Biro Kerja Sama",
        "counterpart": "BNN",
        "text": {"id": "Beri tahu BNN Provinsi tentang jalur kegiatan.", "en": "Tell BNN."},
        "owner_name": {"id": "Biro Kerja Sama", "en": "Cooperation Bureau"},
        "counterpart_name": {"id": "BNN", "en": "National Narcotics Board (BNN)"},
    }
    assert view.who(rec, "id") == "Biro Kerja Sama"
    # a word inside another is not the body's name
    rec["text"] = {"id": "Beri tahu BNNP tentang jalur kegiatan.", "en": "Tell BNNP."}
    assert view.who(rec, "id") == "Biro Kerja Sama (bersama BNN)"


def test_the_blank_checklist_names_the_counterpart_once() -> None:
    text = " ".join(paracheck.render_checklist(load_pack(PACK), "id", "markdown").split())
    assert "Kerja Sama**: Siapkan surat kepala daerah untuk meminta pendapat Menteri Dalam" in text
    assert "(bersama Kemendagri)**: Siapkan surat" not in text
    assert "(bersama Kemlu)" in text  # REG-040's sentence does not name Kemlu


def test_the_memo_names_the_counterpart_once() -> None:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province Provinsi Uji – Braga",
        "date": "2026-09-14",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Uji", "level": "province"},
        "partner": {
            "name": "Município de Braga",
            "country": "PT",
            "level": "municipality",
            "kind": "regional_government",
        },
        "sectors": [{"name": "trade", "lead_agency": "Dinas Perdagangan Provinsi Uji"}],
    }
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "REG-002" in {c.rule_id for c in a.checks if c.status == "risk"}
    memo = paracheck.render(a, "markdown", "id")
    assert "Siapkan surat Gubernur untuk meminta pendapat Menteri Dalam Negeri" in memo
    assert "(bersama Kemendagri)**: Siapkan surat" not in memo
