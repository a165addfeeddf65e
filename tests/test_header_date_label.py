"""The memo's header names the date judged as the evidence names it, "Tanggal penilaian", not
"Dinilai per" beside an evidence line "Tanggal penilaian: 4 Mei 2026" (wording review 23 C13),
in every format that has a header."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_the_header_says_tanggal_penilaian(fmt):
    proposal = paracheck.load_proposal(ROOT / "examples" / "well-prepared-2023.yaml")
    out = paracheck.render(paracheck.assess(proposal, as_of=proposal.date), fmt, "id")
    assert "Tanggal penilaian" in out
    assert "Dinilai per" not in out
