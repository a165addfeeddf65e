"""Held-out 94: Kabupaten Nunukan – Tawau (Sabah), a sister city with a border market and a
"joint patrol of the border waters", recorded as touching security and defence; judged on paper
before paracheck ran on it (expectations written first, in the session's notes).

"Terhambat", as I wrote, on REG-030 (security and defence are absolute affairs of the centre),
and curable: the patrol is struck from the proposal and the draft and left to the ministry with
authority, and the next steps wait for the revised proposal, not for another partner. TOC-004
(the residual of a very narcotics-prone route with BNN involved) is medium in the pack where I
wrote low; accepted.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

NUNUKAN = Path(__file__).parent / "data" / "holdout94-nunukan-tawau-2026.yaml"


def test_nunukan_is_blocked_on_the_centres_affairs() -> None:
    assert_verdict_and_grounds(
        NUNUKAN,
        "blocked",
        {"REG-030", "TOC-004"},
        {"REG-001", "REG-040", "TOC-003", "REG-002", "HR-002"},
    )


def test_the_patrol_is_struck_not_the_partner() -> None:
    a = assessed(NUNUKAN)
    (action,) = [act for act in a.actions if "REG-030" in act.rules]
    assert action.text.id.startswith("Hapus dari usulan dan rancangan naskah pokok-pokok")
    memo = paracheck.render(a, "text", "id")
    assert "Tidak ada langkah prosedur berikutnya dengan mitra ini" not in memo


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(NUNUKAN)
