"""Held-out 158–159, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): a 2017 sister province signed by an official outside
the Full Powers, judged in June 2018, and a 2026 proposal recording the DPRD's approval as
not needed.

158 agreed (high on REG-044; the Full Powers signed ahead of is REG-021's finding, where I
had named REG-012). 159 did not: it came out low with the DPRD's approval gone from the way
forward, the Saran sending the plan on to the drafting. A step a law requires is not
discharged by a record of "not needed": it now stays among the steps ahead, said so, and the
Saran sends the plan to the DPRD. The verdict was low: the approval is not yet due at the
proposal stage (REG-010), and the verification I thought REG-047 would flag is under way,
not done. A verification under way, asked for without the DPRD's approval, is REG-060's
finding since dprd462 H1: the verdict is medium, as I first expected it to be flagged.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.engine.model import NOT_APPLICABLE_BY_LAW
from tests.held_out import (
    assert_partner_never_acts,
    assert_verdict_and_grounds,
    assessed,
    memo,
)

DATA = Path(__file__).parent / "data"
BANTEN = DATA / "holdout158-banten-mie-2018.yaml"
BLITAR = DATA / "holdout159-blitar-ise-2026.yaml"


def test_an_mou_signed_by_another_official_before_full_powers_is_high() -> None:
    assert_verdict_and_grounds(
        BANTEN,
        "high_risk",
        {"REG-044", "REG-021", "REG-015", "GOV-003"},
        {"REG-045", "TOC-011", "REG-010"},
    )
    assert assessed(BANTEN).pack.name == "permendagri-3-2008"


def test_a_dprd_approval_recorded_not_needed_stays_ahead_as_the_law_requires() -> None:
    a = assessed(BLITAR)
    (dprd,) = [e for e in a.procedure if e.step == "dprd_approval"]
    assert dprd.status == "not_applicable" and not dprd.required
    assert dprd.issue == NOT_APPLICABLE_BY_LAW
    said = memo(BLITAR)
    steps = said.split("LANGKAH PROSEDUR BERIKUTNYA", 1)[1].split("SARAN", 1)[0]
    assert steps.split(" 1. ", 1)[1].startswith(
        "Persetujuan DPRD: dicatat tidak diperlukan, padahal wajib menurut undang-undang"
    )
    assert "Saran (butir 1 dan 2): Usulan dapat diteruskan ke persetujuan DPRD" in said
    assert "Akan diajukan untuk persetujuan DPRD: rencana kerja sama" in said


def test_the_verification_asked_without_the_dprd_approval_is_reg_060s_finding() -> None:
    assert_verdict_and_grounds(BLITAR, "medium_risk", {"REG-060"}, {"REG-047", "REG-010"})


def test_a_step_no_law_requires_recorded_not_needed_is_not_listed_ahead(tmp_path: Path) -> None:
    """The exploration recorded as not needed is the officer's to record (no law asks it):
    it is not listed among the steps ahead, nor said owed by law."""
    text = BLITAR.read_text("utf-8").replace(
        "{step: exploration, status: done, date: 2025-12-08}",
        "{step: exploration, status: not_applicable}",
    )
    path = tmp_path / "no-exploration.yaml"
    path.write_text(text, "utf-8")
    (exploration,) = [e for e in assessed(path).procedure if e.step == "exploration"]
    assert exploration.issue != NOT_APPLICABLE_BY_LAW
    steps = memo(path).split("LANGKAH PROSEDUR BERIKUTNYA", 1)[1].split("SARAN", 1)[0]
    assert "Penjajakan" not in steps


def test_the_partner_never_acts() -> None:
    for path in (BANTEN, BLITAR):
        assert_partner_never_acts(path)
