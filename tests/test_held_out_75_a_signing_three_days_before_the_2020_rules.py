"""Held-out 75: Kota Tegal – Yeosu, signed on 19 May 2020 under Permendagri 3/2008 and assessed
on 22 May 2020, the day Permendagri 25/2020 came into force; judged on paper before paracheck
ran on it (expectations written first, in the session's notes).

"Risiko sedang", as I wrote. The file is judged with PP 28/2018 and Permendagri 25/2020, its
steps up to the signing by the rules of the signing's day: no verification or central
approval is asked (REG-016, REG-011, REG-023 not applicable), the consultation with
Kemendagri is ticked (REG-050). I expected REG-015 (original not yet deposited) as a risk; it
is due once the partnership runs (trial 27: a deposit still undone then was skipped), so three
days after the signing it is not yet due, which I accept. The procedure table said the deposit
was not required at all ("wajib: tidak"); it now says "ya, saat kerja sama berjalan", as
REG-015 does.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

TEGAL = Path(__file__).parent / "data" / "holdout75-tegal-yeosu-2020.yaml"


def test_tegal_is_medium_and_asks_no_step_of_the_2020_rules_before_its_signing() -> None:
    assert_verdict_and_grounds(
        TEGAL,
        "medium_risk",
        {"BUD-005"},
        {"REG-015", "REG-016", "REG-011", "REG-023", "REG-050", "REG-046", "TOC-010"},
        {"REG-042"},
    )
    memo = " ".join(paracheck.render(assessed(TEGAL), "text", "id").split())
    assert "/ REG-016 Rencana kerja sama telah diverifikasi" in memo
    assert "/ REG-011 Persetujuan pemerintah pusat telah diperoleh — Tidak berlaku" in memo
    assert "– REG-015 Bila mitranya pemerintah daerah di luar negeri dan MoU" in memo


def test_the_deposit_is_owed_once_the_partnership_runs() -> None:
    a = assessed(TEGAL)
    assert a.pack.name == "pp28-2018"
    (row,) = [p for p in a.procedure if p.step == "deposit_with_kemlu"]
    assert (row.required, row.due_from) == (False, "active")


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(TEGAL)
