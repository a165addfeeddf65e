"""The blank checklist, the rule catalogue and the generated reference docs show every rule
and every procedural step of a pack."""

from __future__ import annotations

import pytest

from paracheck.errors import UsageError
from paracheck.report import render_checklist, render_pack_reference, render_rule, render_rule_list
from paracheck.report.catalogue import find_rule

from .assessment_samples import sample_pack


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_blank_checklist_lists_every_rule_and_step(fmt):
    out = render_checklist(sample_pack(), "id", fmt)
    for needle in (
        "BUD-001",
        "REG-001",
        "Penjajakan",
        "Persetujuan DPRD",
        "Penyimpanan naskah di Kemlu",
        "Alokasikan APBD",
    ):
        assert needle in out


def test_blank_checklist_in_english_has_no_indonesian_headings():
    out = render_checklist(sample_pack(), "en", "markdown")
    assert "Procedure" in out and "Prosedur" not in out
    assert "- [ ] **REG-001**" in out


def test_checklist_refuses_formats_it_has_not():
    with pytest.raises(UsageError):
        render_checklist(sample_pack(), "id", "html")


def test_rule_list_names_every_rule():
    out = render_rule_list(sample_pack(), "en")
    assert "BUD-001" in out and "REG-001" in out and "2 checks" in out


def test_rule_show_has_why_recommendation_sources_and_condition():
    pack = sample_pack()
    out = render_rule(pack, find_rule(pack, "bud-001"), "en")
    for needle in (
        "Reason BUD-001",
        "Bappeda",
        "Permendagri 3/2008",
        "medium confidence",
        "A risk when:** APBD allocation is IDR 0",  # the condition, in words
    ):
        assert needle in out


def test_pack_reference_is_bilingual_and_complete():
    out = render_pack_reference(sample_pack())
    for needle in (
        "Title BUD-001",
        "Judul BUD-001",
        "Reason REG-001",
        "Alasan REG-001",
        "DPRD approval",
        "Persetujuan DPRD",
        "1 that fire",
    ):
        assert needle in out
