"""IMP-006's opening activity per sector is not asked of the agency of a sector whose
programmes were all cancelled, which IMP-002's action in the same plan proposes to close with
the partner (province trial 480 M-8: Sumatera Barat – Shizuoka told BPBD to plan an opening
activity for the disaster-management sector it was closing)."""

from __future__ import annotations

from pathlib import Path

import paracheck

SHIZUOKA = Path(__file__).parent / "data" / "prov480-02-sumbar-shizuoka-2023.yaml"


def _plan_line(memo: str, said: str) -> str:
    """The action plan's line that says ``said``, from its arrow."""
    flat = " ".join(memo.split())
    end = flat.index(said)
    return flat[flat.rindex("→", 0, end) : end + len(said)]


def test_the_agency_of_a_sector_being_closed_gets_no_opening_activity():
    result = paracheck.assess(paracheck.load_proposal(str(SHIZUOKA)))
    memo = paracheck.render(result, "text", "id")
    opening = _plan_line(memo, "kegiatan pembuka yang pasti. (IMP-006)")
    assert "BPBD" not in opening, opening
    assert "Dinas Tanaman Pangan" in opening
    # the sector being closed keeps IMP-002's own action
    assert "sektor penanggulangan bencana" in " ".join(memo.split())
