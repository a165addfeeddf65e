"""``paracheck diff`` lists the sentences of the memo's Saran that changed.

Practitioner trial 22 #10: between the Banyuwangi file two months before its MoU ended and the
same file three months after, Saran 4 (Dinas Kebudayaan dan Pariwisata to follow up IMP-004
"bila kerja sama dilanjutkan") was gone and the Saran rebuilt for a lapsed MoU, and the
comparison did not say so. The Saran is the report's text, computed from each assessment as
the memo computes it; the comparison's JSON, like the assessment's, does not carry it."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.engine.model import Assessment
from paracheck.report.advice import advice
from paracheck.report.view import saran_sentences

DATA = Path(__file__).parent / "data"


def _ending_then_lapsed() -> tuple[Assessment, Assessment]:
    """The file judged two months before the MoU ends, and three months after it ended."""
    data: dict[str, Any] = yaml.safe_load(
        (DATA / "trial22-a-ending-2m.yaml").read_text(encoding="utf-8")
    )
    later = copy.deepcopy(data)
    later["date"] = dt.date(2026, 3, 15)
    return paracheck.assess(data), paracheck.assess(later)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_saran_sentences_dropped_and_added_are_listed(fmt, lang):
    old, new = _ending_then_lapsed()
    before, after = saran_sentences(advice(old, lang)), saran_sentences(advice(new, lang))
    dropped = [s for s in before if s not in after]
    added = [s for s in after if s not in before]
    # the item the tester missed: the Dinas assigned IMP-004, gone once the MoU lapsed
    dinas = [s for s in dropped if "IMP-004" in s and "Dinas Kebudayaan" in s]
    assert dinas and added
    d = paracheck.diff(old, new)
    out = " ".join(paracheck.render_diff(d, fmt, lang, assessments=(old, new)).split())
    heading = "Saran yang berubah" if lang == "id" else "Changes to the Recommendation"
    assert heading.casefold() in out.casefold()
    gone, new_ = (
        ("Dihapus pada versi baru:", "Ditambahkan pada versi baru:")
        if lang == "id"
        else ("Removed in the new version:", "Added in the new version:")
    )
    for said in dropped:
        assert f"{gone} {said}" in out, said
    for said in added:
        assert f"{new_} {said}" in out, said
    # a sentence both memos have is not listed
    for said in (s for s in after if s in before):
        assert f"{gone} {said}" not in out and f"{new_} {said}" not in out, said
    # in order: the old memo's, then the new one's, each in its memo's order
    places = [out.index(f"{gone} {s}") for s in dropped] + [out.index(f"{new_} {s}") for s in added]
    assert places == sorted(places)


def test_no_saran_change_is_listed_when_the_saran_is_the_same():
    old, _ = _ending_then_lapsed()
    shown = paracheck.diff_view(paracheck.diff(old, old), "id", (old, old))
    assert shown.saran == ()


def test_the_saran_is_not_in_the_json_nor_without_the_assessments():
    """The comparison's contract is of two assessments, which carry no Saran: a comparison
    read from JSON, or rendered without the two assessments, says nothing of it."""
    old, new = _ending_then_lapsed()
    d = paracheck.diff(old, new)
    doc = json.loads(paracheck.render_diff(d, "json", "id", assessments=(old, new)))
    assert not [key for key in doc if "saran" in key or "advice" in key]
    assert paracheck.diff_view(d, "id").saran == ()
    assert paracheck.diff_view(d, "id", (old, new)).saran


def test_the_cli_comparison_lists_the_saran_changes(tmp_path):
    from typer.testing import CliRunner

    from paracheck.cli import app

    old, new = tmp_path / "a.yaml", tmp_path / "b.yaml"
    text = (DATA / "trial22-a-ending-2m.yaml").read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("date: 2025-10-15", "date: 2026-03-15"), encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", str(old), str(new), "--lang", "id"])
    assert result.exit_code == 0, result.output
    assert "SARAN YANG BERUBAH" in result.output
    assert "Dihapus pada versi baru:" in result.output


def test_a_saran_item_is_split_after_a_full_stop_before_a_capital_only():
    assert saran_sentences(["Berakhir pada 30 Juni 2021. Bagian Kerja Sama menyiapkan."]) == [
        "Berakhir pada 30 Juni 2021.",
        "Bagian Kerja Sama menyiapkan.",
    ]
    assert saran_sentences(["Menurut PP No. 28 tahun 2018 dan Permendagri."]) == [
        "Menurut PP No. 28 tahun 2018 dan Permendagri."
    ]


def test_the_facts_that_changed_come_before_the_saran_that_changed() -> None:
    """Trial 230 #3: a DPRD member read eight "Dihapus/Ditambahkan pada versi baru" sentences
    of the Saran before the facts the officer had changed; the comparison now says what
    changed in the file first, then what the memo now advises (text, Markdown)."""
    from paracheck.report import render_diff

    text = (DATA / "trial22-a-ending-2m.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    later = copy.deepcopy(data)
    later["date"] = dt.date(2026, 3, 15)
    pair = (
        paracheck.load_proposal_text(text, source="lama.yaml"),
        paracheck.load_proposal_text(yaml.safe_dump(later, allow_unicode=True), source="baru.yaml"),
    )
    assessed = (paracheck.assess(pair[0]), paracheck.assess(pair[1]))
    diff = paracheck.diff(*assessed, pair)
    for fmt, (inputs, saran) in {
        "text": ("ISIAN YANG BERUBAH", "SARAN YANG BERUBAH"),
        "markdown": ("## Isian yang berubah", "## Saran yang berubah"),
    }.items():
        said = render_diff(diff, fmt, "id", assessments=assessed)
        assert inputs in said and saran in said, fmt
        assert said.index(inputs) < said.index(saran), fmt
