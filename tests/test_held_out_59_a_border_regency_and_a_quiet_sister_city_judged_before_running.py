"""Held-out 59: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). Both verdicts agree;
one finding did not, and the tool was wrong.

Kabupaten Belu – Município de Bobonaro, a cross-border technical cooperation with Timor-Leste:
Timor-Leste was not in the reference tiers, so the generic mapping ranked its municipality with
a kabupaten and REG-002 raised nothing. Its municipalities are its first subdivision, directly
under the national government (named districts until 2014): the regency must argue equal
territory. Its Tetum-speaking staff, which the loader accepts, were refused by the published
JSON Schema (tests/test_schemas.py holds that mend).

Kota Balikpapan – City of Lafayette, a sister city three and a half years after signing, with
no money, no staff of its own, a training programme silent since February 2024 and an exchange
stalled: "Risiko tinggi", the thesis's decay.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BELU = DATA / "holdout59-belu-bobonaro-2026.yaml"
BALIKPAPAN = DATA / "holdout59-balikpapan-lafayette-2026.yaml"


def test_belu_is_a_medium_risk_with_the_unequal_status_to_argue() -> None:
    assert_verdict_and_grounds(
        BELU,
        "medium_risk",
        {"REG-002", "REG-041", "BUD-005", "NRG-001", "TOC-012"},
        {"HR-002", "TOC-003", "TOC-007", "TOC-018", "NRG-002", "REG-032", "REG-049"},
        {"REG-042"},
    )


def test_a_timorese_municipality_ranks_as_a_first_level_unit_formerly_a_district() -> None:
    check = next(c for c in assessed(BELU).checks if c.rule_id == "REG-002")
    partner = next(e for e in check.evidence if e.path == "partner.level")
    assert partner.note.id.startswith(
        "Di Timor-Leste, munisipalitas adalah pemerintahan tingkat pertama"
    )
    assert "sebelum 2014 disebut distrik" in partner.note.id
    assert "called a district before 2014" in partner.note.en
    assert "pemetaan umum" not in partner.note.id  # no longer the generic mapping's guess
    stages = {r.stage for r in check.recommendations}
    assert stages == {"exploration", "approval"}


def test_tetum_speaking_staff_answer_a_partner_working_in_tetum() -> None:
    check = next(c for c in assessed(BELU).checks if c.rule_id == "HR-002")
    assert check.status == "clear"
    assert {e.path for e in check.evidence} >= {
        "partner.language",
        "human_resources.language_staff.tet",
    }


def test_belu_goes_on_to_the_cooperation_plan_once_the_letter_of_intent_is_signed() -> None:
    first = advice(assessed(BELU), "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke penyusunan rencana kerja sama")
    # the exploration is passed: "segera", as the plan heads it, then the stages ahead
    assert "REG-002" in first and (
        "segera untuk hal yang semestinya dikerjakan pada tahap penjajakan"
        in " ".join(first.split())
    )


def test_balikpapan_is_high_on_money_staff_and_momentum() -> None:
    assert_verdict_and_grounds(
        BALIKPAPAN,
        "high_risk",
        # IMP-013 too since trial 290 M1: nothing done since June 2024 with no programme
        # planned is the partnership gone quiet, whether its programmes read "berjalan",
        # "terhenti" or "selesai" (the paper expectation had it not flagged: "not all done")
        {
            "BUD-001",
            "HR-001",
            "IMP-006",
            "IMP-004",
            "IMP-005",
            "IMP-013",
            "GOV-001",
            "GOV-003",
            "GOV-006",
        },
        {"REG-002", "HR-002", "TOC-015", "TOC-016", "REG-051"},
        {"REG-042"},
    )


def test_balikpapan_opens_with_the_decision_then_names_three_high_risks() -> None:
    a = assessed(BALIKPAPAN)
    first, decision = advice(a, "id")[:2]
    # the quiet partnership's decision first (review 310, 1), the head's to take
    assert first.startswith(
        "Kerja sama tidak berkegiatan lebih dari setahun dan tidak ada program berikutnya "
        "yang didanai: "
        "Bagian Kerja Sama ditugaskan segera melaporkannya kepada Wali Kota"
    )
    assert first.endswith("(IMP-013).")
    # the follow-up is for the partnership if it goes on, as at an evaluation: the decision
    # may end the MoU (trial 400 H2)
    assert decision.startswith("Bila kerja sama dilanjutkan, tiga risiko tinggi")
    for rule in ("BUD-001", "HR-001", "IMP-006"):
        assert rule in decision
    stalled = next(c for c in a.checks if c.rule_id == "IMP-004")
    assert stalled.items == ["sectors[1].programs[0]"]  # the exchange, not the training
    # the DPRD approved in 2022: the brief puts nothing to it
    assert not any("DPRD" in label for label, _ in view.brief(a, "id"))


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BELU)
    assert_partner_never_acts(BALIKPAPAN)
