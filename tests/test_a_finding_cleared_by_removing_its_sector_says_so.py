"""A finding that clears only because the new version deleted the sector it was about, or a
sector it counted, says so in the comparison, as one cleared by cancelling programmes does
(city 490 F5: Pekalongan – Gunsan re-assessed after the office's fixes; IMP-002 and IMP-006
"Tidak lagi menjadi temuan" once the trade sector without programmes was deleted, and only
HR-005 carried a caveat, naming the cancelled programme alone: "delapan risiko kini tanpa
temuan" went to the Sekda with three of them gone by editing the file)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
OLD = DATA / "city490-pekalongan-gunsan-evaluasi-2026.yaml"
NEW = DATA / "city490-pekalongan-gunsan-evaluasi-2026-perbaikan.yaml"
REMOVED = {
    "id": "Tidak lagi menjadi temuan karena sektor ke-4 (perdagangan) dihapus pada versi baru: "
    "bila penghapusan itu disepakati dengan mitra (perubahan MoU atau rencana aksi), lampirkan "
    "dasarnya; bila hanya dihapus dari berkas, temuannya belum ditangani.",
    "en": "No longer a finding because sector 4 (trade) was removed in the new version: if the "
    "removal was agreed with the partner (an amendment of the MoU or the action plan), attach "
    "its record; if it was only deleted from the file, the finding is not dealt with.",
}
COUNTED = {
    "id": "Tidak lagi menjadi temuan karena sektor ke-4 (perdagangan) dihapus dan program "
    "“Pelatihan pengolahan hasil perikanan (fillet dan surimi)” dibatalkan pada versi baru "
    "sehingga tidak dihitung lagi",
    "en": "No longer a finding because sector 4 (trade) was removed and the programme "
    "“Pelatihan pengolahan hasil perikanan (fillet dan surimi)” cancelled in the new version, "
    "so no longer counted",
}


def _details(lang: str) -> dict[str, str]:
    """Each changed check's lines under it, by its code, as every form of the comparison
    shows them (the text and Markdown print these rows)."""
    old, new = (paracheck.load_proposal(str(p)) for p in (OLD, NEW))
    a, b = (paracheck.assess(p, as_of=p.date) for p in (old, new))
    view = paracheck.diff_view(paracheck.diff(a, b, proposals=(old, new)), lang, (a, b))
    return {row.rule: " ".join(row.detail) for group in view.groups for row in group.rows}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_findings_cleared_by_deleting_their_sector_say_so(lang: str) -> None:
    details = _details(lang)
    assert details["IMP-002"] == REMOVED[lang]  # the sector it named is gone
    assert details["IMP-006"].startswith(COUNTED[lang])  # one idle sector deleted, one cancelled
    assert details["HR-005"].startswith(COUNTED[lang])  # the sectors counted against the staff


def test_a_finding_dealt_with_in_the_new_version_gets_no_such_caveat() -> None:
    # the joint committee met in the new version: GOV-021 cleared by what was done
    details = _details("id")
    assert "GOV-021" in details and "dihapus" not in details["GOV-021"]


def test_the_text_comparison_prints_the_caveat_under_its_check() -> None:
    old, new = (paracheck.load_proposal(str(p)) for p in (OLD, NEW))
    a, b = (paracheck.assess(p, as_of=p.date) for p in (old, new))
    text = paracheck.render_diff(paracheck.diff(a, b, (old, new)), "text", "id", assessments=(a, b))
    flat = " ".join(text.split())
    at = flat.index("IMP-002 ")
    assert REMOVED["id"] in flat[at : at + 400]
