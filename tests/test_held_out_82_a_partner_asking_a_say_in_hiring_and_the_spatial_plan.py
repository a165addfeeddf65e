"""Held-out 82: Kabupaten Morowali Utara – Fangchenggang, a sister city around nickel
processing whose draft gives the partner a say over local hiring and the industrial estate's
spatial plan; judged on paper before paracheck ran on it (expectations written first, in the
session's notes).

"Terhambat", as I wrote, on REG-040, with REG-043 (mining areas are the centre's), BUD-002 (the
partner pays everything), REG-041 (its own technicians, no transfer) and HR-002 beside it. The
Saran does not close the door on the partner: the clause is to be struck from the draft, with
Kemlu, before the letter of intent; the other actions wait for that.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

MORUT = Path(__file__).parent / "data" / "holdout82-morut-fangchenggang-2026.yaml"


def test_morowali_utara_is_blocked_on_the_partners_role_in_local_affairs() -> None:
    assert_verdict_and_grounds(
        MORUT,
        "blocked",
        {"REG-040", "REG-043", "BUD-002", "REG-041", "HR-002"},
        {"REG-001", "REG-030", "REG-002", "BUD-001"},
    )


def test_the_clause_is_struck_before_the_letter_of_intent() -> None:
    a = assessed(MORUT)
    said = advice(a, "id")
    assert said[0].startswith("Usulan tidak diteruskan ke penyusunan dan penandatanganan")
    assert "(REG-040), ditangani" in said[0]
    (action,) = [act for act in a.actions if "REG-040" in act.rules]
    assert action.text.id.startswith("Hapus dari rancangan naskah klausul")
    memo = paracheck.render(a, "text", "id")
    assert "Tidak ada langkah prosedur berikutnya dengan mitra ini" not in memo


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(MORUT)
