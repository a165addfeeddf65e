"""Held-out 71: Kota Bekasi – Haifa, a sister city proposal with a municipality in Israel, with
which Indonesia has no diplomatic relations at any level (Permenlu 3/2019); judged on paper
before paracheck ran on it (expectations written first, in the session's notes).

As I wrote: blocked on REG-001, and the memo does not hand the Wali Kota a to-do list of
procedure steps as if the proposal could go on: the exploration is stopped, Kemlu is asked
what non-government relation remains possible, and the questions wait for the blocker.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

BEKASI = Path(__file__).parent / "data" / "holdout71-bekasi-haifa-2026.yaml"


def test_bekasi_haifa_is_blocked_on_the_missing_relations() -> None:
    assert_verdict_and_grounds(
        BEKASI,
        "blocked",
        {"REG-001", "HR-002", "BUD-005"},
        {"REG-002", "BUD-001", "REG-007", "REG-030"},
        {"REG-042"},
    )


def test_the_saran_stops_the_exploration_and_asks_kemlu() -> None:
    said = advice(assessed(BEKASI), "id")
    assert said[0].startswith("Usulan tidak dapat dilanjutkan sebagai kerja sama pemerintah")
    assert (
        "tidak ada hubungan diplomatik dengan negara atau wilayah tempat mitra berada (REG-001)"
        in said[0]
    )
    assert "menghentikan penjajakan" in said[1] and "Kemlu" in said[1]


def test_no_next_procedure_step_and_no_question_is_put_first() -> None:
    memo = paracheck.render(assessed(BEKASI), "text", "id")
    assert "Tidak ada langkah prosedur berikutnya dengan mitra ini" in memo
    # not "Belum … sekarang … ditunda sampai penghambat ditangani" of a blocker no change of the
    # region removes (wording 452 M9)
    flat = " ".join(memo.split())
    assert "Tidak ada pertanyaan yang perlu dijawab karena kerja sama pemerintah daerah" in flat
    assert "ditunda sampai penghambat ditangani" not in flat


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BEKASI)
