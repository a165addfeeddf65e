"""Held-out 55: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Two verdicts agree;
the third is higher than expected, by a rule the pack argues in writing; the Saran's stage
order and one evidence note were mended.

- Kota Cirebon – Jeonju (dated September 2020, its first five steps done under Permendagri
  3/2008): "Risiko sedang" (no Korean speaker, single-year money); the steps done under the
  old procedure are not asked for again, the 2020 initiative step not required of a proposal
  explored before that regulation.
- Kabupaten Nias Selatan – Augusta-Margaret River (three years after signing: no staff, a
  lifeguard programme never started, a deficit with rolling blackouts, no working group):
  "Risiko tinggi".
- Kabupaten Lombok Utara – Cairns (two waivers, one lapsed): the accepted risk is shown and
  not counted, the lapsed one counted and said to have lapsed; "Risiko tinggi" on NRG-002
  (rolling blackouts with a tourism sector), which the Bupati's acceptance of NRG-003 (the
  Gili outages) does not cover.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
CIREBON = DATA / "holdout55-cirebon-jeonju-2020.yaml"
NISEL = DATA / "holdout55-nisel-margaretriver-2026.yaml"
KLU = DATA / "holdout55-klu-cairns-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            CIREBON,
            "medium_risk",
            {"HR-002", "BUD-005"},
            {"REG-018", "REG-017", "REG-016", "REG-011", "REG-050", "REG-048", "REG-024"},
        ),
        (
            NISEL,
            "high_risk",
            {
                "HR-001",
                "IMP-006",
                "NRG-002",
                "NRG-003",
                "IMP-005",
                "IMP-007",
                "BUD-003",
                "BUD-004",
                "BUD-005",
                "HR-003",
                "HR-004",
                "GOV-001",
                "GOV-002",
                "GOV-003",
                "GOV-006",
            },
            {"BUD-007", "TOC-009", "TOC-018", "IMP-010", "IMP-013", "REG-051"},
        ),
        (
            KLU,
            "high_risk",
            {"NRG-002", "GOV-021", "REG-002", "NRG-001"},
            {"NRG-003", "TOC-011", "TOC-012", "GOV-006", "IMP-005"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_steps_done_under_the_old_procedure_are_not_asked_for_again() -> None:
    a = assessed(CIREBON)
    status = {c.rule_id: c for c in a.checks}
    # shown "Tidak berlaku" with the reason (the contract's clear status with its reason)
    assert status["REG-018"].status == "clear"
    assert "Permendagri 25/2020 belum berlaku" in status["REG-018"].not_applicable.id
    step = next(e for e in a.procedure if e.step == "initiative")
    assert not step.required


def test_the_saran_names_the_stages_in_the_plans_order() -> None:
    saran = advice(assessed(CIREBON), "id")[0]
    # the stage passed is "segera", as the plan heads it; the stage ahead is named
    said = " ".join(saran.split())
    assert (
        "ditindaklanjuti oleh Bappeda dan Bagian Kerja Sama segera untuk hal yang "
        "semestinya dikerjakan pada tahap penjajakan" in said
    ), said


def test_an_accepted_risk_is_shown_and_a_lapsed_acceptance_counts_again() -> None:
    a = assessed(KLU)
    status = {c.rule_id: c.status for c in a.checks}
    assert status["NRG-003"] == "accepted" and status["GOV-021"] == "risk"
    lapsed = [n for n in a.notices if n.code == "waiver_lapsed"]
    assert len(lapsed) == 1 and "GOV-021" in lapsed[0].text.id
    assert "30 Juni 2026" in lapsed[0].text.id
    saran = advice(a, "id")
    accepted = "(NRG-003), diterima oleh Bupati Lombok Utara sampai 30 Juni 2027"
    assert any(accepted in s for s in saran)


def test_an_australian_region_says_which_units_it_means() -> None:
    # an officer who entered Cairns Regional Council as a region reads, beside REG-002, that
    # the word means the two territories and that a regional council is a city-level unit
    check = next(c for c in assessed(KLU).checks if c.rule_id == "REG-002")
    notes = [e.note.id for e in check.evidence if e.note]
    assert any("Northern Territory" in n and "regional council" in n for n in notes)


@pytest.mark.parametrize("path", [CIREBON, NISEL, KLU])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
