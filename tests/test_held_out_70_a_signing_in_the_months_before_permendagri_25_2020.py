"""Held-out 70: Kabupaten Lamongan – Cangzhou, signed on 20 February 2020 and assessed on
15 April 2020, in the months when PP 28/2018 was in force and Permendagri 25/2020 (22 May 2020)
not yet; judged on paper before paracheck ran on it (expectations written first, in the
session's notes).

"Risiko sedang" where I wrote high: TOC-011 (fisheries and students with a Chinese partner on a
medium narcotics route, BNN not involved) is medium in the pack, as for Manggarai Barat –
Haikou (held-out 64). What I wrote and paracheck holds: the basis is Permendagri 3/2008 with
PP 28/2018, nothing cites Permendagri 25/2020, and the stalled first visit is IMP-004's.
paracheck also noticed what I had not: my file says "MoU ditandatangani" while a programme has
already run and stalled, so the first Saran item asks to correct the stage and assess again.
"""

from __future__ import annotations

import json
from pathlib import Path

import paracheck
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

LAMONGAN = Path(__file__).parent / "data" / "holdout70-lamongan-cangzhou-2020.yaml"


def test_lamongan_is_medium_on_the_narcotics_route_staff_and_the_stalled_visit() -> None:
    assert_verdict_and_grounds(
        LAMONGAN,
        "medium_risk",
        {"TOC-011", "HR-002", "IMP-004", "BUD-005"},
        {"IMP-006", "REG-002", "REG-012", "REG-021", "TOC-010", "REG-041"},
        {"REG-042"},
    )


def test_nothing_cites_an_instrument_not_yet_in_force() -> None:
    a = assessed(LAMONGAN)
    assert a.pack.name == "permendagri-3-2008"
    memo = paracheck.render(a, "text", "id")
    assert "Dasar penilaian: Permendagri 3/2008 dan PP 28/2018" in memo
    for fmt in ("text", "markdown", "html", "csv", "json"):
        assert "25/2020" not in paracheck.render(a, fmt, "id"), fmt
    refs = {s["ref"] for c in json.loads(a.to_json())["checks"] for s in c["sources"]}
    assert "PP 28/2018" in refs and "Permendagri 3/2008" in refs


def test_the_stage_that_does_not_fit_the_programmes_is_asked_first() -> None:
    a = assessed(LAMONGAN)
    assert advice(a, "id")[0].startswith("Bagian Kerja Sama ditugaskan memperbaiki data")


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(LAMONGAN)
