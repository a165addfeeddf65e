"""Held-out 380–384: five files a ministry evaluator (Kemendagri, the directorate that
evaluates regions' foreign cooperation) wrote from what lands on that desk, each with its
verdict written before paracheck ran on it (trial 380; EXPECTED.md in the session's notes).
Four verdicts as written; the fifth is argued below.

- 380 Sulawesi Tenggara – Gyeongsangbuk-do (2025, a DPRD "approval" dated before the plan, a
  nickel sector): high.
- 381 Kota Padang – Hildesheim (MoU of 2009 under Permendagri 3/2008, lapsed 2014, never
  reported, an artists' exchange still running): the evaluator wrote medium ("or high if the
  tool weighs the unreported MoU …; I would accept either") and, having read the memo,
  accepted high. Argued: IMP-006 (the momentum lost after the MoU, the thesis's central
  finding) is the file's own history, and the two other high findings (REG-006, HR-001) are
  filed under "Bila kerja sama dilanjutkan dengan MoU baru" by the plan; the Saran opens with
  the running exchange (REG-051) and the evaluation, as the evaluator wanted.
- 382 Kabupaten Sumba Timur – a Dutch NGO (KSDLL, signed before the central approval, the
  partner's grant tied to its supplier): high.
- 383 Kabupaten Karo – an Israeli farm-training centre: blocked; the first screen does not say
  the plan will go to the DPRD (trial 380 H2).
- 384 Kota Salatiga – Ballarat (every step in order): low.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, memo

DATA = Path(__file__).parent / "data"
SULTRA = DATA / "holdout380-sultra-gyeongbuk-2025.yaml"
PADANG = DATA / "holdout381-padang-hildesheim-2009.yaml"
SUMBA = DATA / "holdout382-sumbatimur-ngo-2025.yaml"
KARO = DATA / "holdout383-karo-israel-2025.yaml"
SALATIGA = DATA / "holdout384-salatiga-ballarat-2025.yaml"


def test_a_province_whose_council_approved_before_the_plan_is_high() -> None:
    # the approval dated before the plan (REG-048), the nickel sector's central permits
    # (REG-043), not in the RPJMD (REG-006)
    assert_verdict_and_grounds(SULTRA, "high_risk", {"REG-048", "REG-043", "REG-006"}, {"REG-001"})


def test_a_lapsed_2009_mou_with_an_exchange_still_running_is_high_its_steps_under_3_2008() -> None:
    assert_verdict_and_grounds(PADANG, "high_risk", {"REG-051", "REG-026", "IMP-006"}, set())
    a = paracheck.assess(paracheck.load_proposal(str(PADANG)))
    assert "mou_expired" in {n.code for n in a.notices}
    # judged in 2025 under the procedure in force, the 2009 signing's steps by the rule of
    # their own date, as the evaluator expected
    assert (
        "dinilai menurut aturan yang berlaku pada tanggal penandatanganan (Permendagri 3/2008)"
        in (memo(PADANG))
    )


def test_a_regency_with_a_foreign_ngo_signed_before_the_central_approval_is_high() -> None:
    assert_verdict_and_grounds(SUMBA, "high_risk", {"REG-055", "REG-023", "TOC-015"}, set())


def test_an_israeli_partner_blocks_and_the_plan_is_not_said_to_go_to_the_dprd() -> None:
    assert_verdict_and_grounds(KARO, "blocked", {"REG-001"}, set())
    said = memo(KARO)
    assert "usulan tidak dapat dilanjutkan" in said
    assert "diajukan untuk persetujuan DPRD" not in said
    english = " ".join(
        paracheck.render(paracheck.assess(paracheck.load_proposal(str(KARO))), "text", "en").split()
    )
    assert "Put to the DPRD" not in english and "for approval" not in english.split("Verdict:")[0]


def test_a_sister_city_with_every_step_in_order_is_low() -> None:
    assert_verdict_and_grounds(SALATIGA, "low_risk", set(), {"REG-010", "REG-006"})


def test_the_partner_never_acts_in_any_of_the_five() -> None:
    for path in (SULTRA, PADANG, SUMBA, KARO, SALATIGA):
        assert_partner_never_acts(path)
