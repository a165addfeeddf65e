"""A finding about a sector that clears only because every programme of the sector was
cancelled says so in the comparison, as a programme's finding does (ministry trial 470 M1:
Parepare – Miyakojima, both stalled programmes cancelled six months on and nothing else done;
IMP-004 and HR-005 said they went with the programmes, IMP-005 "Tidak ada kegiatan di suatu
sektor selama lebih dari enam bulan … → Tidak ada temuan" said nothing: decay read as
improvement by a ministry re-assessing over time)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
STALLED = DATA / "ministry470-parepare-miyakojima-2022-stalled.yaml"
CANCELLED = DATA / "ministry470-parepare-miyakojima-2022-all-cancelled.yaml"
SAID = {
    "id": "Tidak lagi menjadi temuan karena seluruh program sektornya dibatalkan pada versi baru "
    "(“Pelatihan budi daya rumput laut”, “Promosi bersama wisata bahari”), bukan karena "
    "temuannya ditangani.",
    "en": "No longer a finding because every programme of its sector was cancelled in the new "
    "version (“Pelatihan budi daya rumput laut”, “Promosi bersama wisata bahari”), not because "
    "the finding was dealt with.",
}


def _shown(fmt: str, lang: str) -> str:
    old, new = (paracheck.load_proposal(str(p)) for p in (STALLED, CANCELLED))
    a, b = paracheck.assess(old), paracheck.assess(new)
    comparison = paracheck.diff(a, b, proposals=(old, new))
    said = paracheck.render_diff(comparison, fmt, lang, assessments=(a, b))
    return " ".join(said.split())


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_sector_quiet_for_months_cleared_by_cancelling_its_programmes_says_so(fmt, lang):
    shown = _shown(fmt, lang)
    at = shown.index("IMP-005")
    assert SAID[lang] in shown[at : at + 600], shown[at : at + 600]


def test_a_sector_with_a_programme_still_going_is_not_said_cancelled():
    old, new = (paracheck.load_proposal(str(p)) for p in (STALLED, CANCELLED))
    a, b = paracheck.assess(old), paracheck.assess(new)
    from paracheck.report.view import _sectors_cancelled

    items = [
        c for c in paracheck.diff(a, b, proposals=(old, new)).cleared if c.rule_id == "IMP-005"
    ]
    (change,) = items
    one = frozenset({"Pelatihan budi daya rumput laut"})  # the tourism one not cancelled
    assert _sectors_cancelled(change.old_items, one, (a, b)) == []
