"""Held-out 400: a file an auditor of an Inspektorat Daerah (APIP) wrote for a sister city
audited in February 2024 (trial 400; EXPECTED.md in the session's notes): Kota Bitung –
Davao City, MoU of March 2016 running to March 2026, nothing done since August 2019, an APBD
line still kept. The auditor expected "Risiko tinggi" on the quiet years first.

The verdict was high as written, but the quiet partnership was ticked "masih berkegiatan"
(IMP-013) on its only "next" programme: a study planned at Rp0 from every source, in a
sector with no agency (trial 400 H1). A programme planned with no money at all is no next
programme now; one whose budget is not given, or is above Rp0, still is.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from tests.held_out import (
    assert_partner_never_acts,
    assert_verdict_and_grounds,
    assessed,
    saran_of,
)

BITUNG = Path(__file__).parent / "data" / "holdout400-bitung-davao-2024.yaml"
STUDY = "        budget_idr: 0\n"


def test_a_sister_city_quiet_for_four_years_is_high_on_its_quiet_years() -> None:
    assert_verdict_and_grounds(BITUNG, "high_risk", {"IMP-013", "IMP-006", "GOV-003"}, set())
    said = saran_of(BITUNG)
    assert said.lstrip().startswith("1. Kerja sama tidak berkegiatan lebih dari setahun")
    assert "(IMP-013)" in said.split(" 2. ")[0]


def test_the_follow_up_of_a_quiet_sister_city_waits_for_the_decision_on_going_on() -> None:
    """Trial 400 H2: beside four quiet years, a quarterly disbursement schedule (BUD-003) and
    an RKPD priority (BUD-004) were advised "segera"; they are for the partnership if it goes
    on, after the decision IMP-013's action prepares."""
    said = saran_of(BITUNG)
    assert " 2. Bila kerja sama dilanjutkan, " in said
    assert "dapat dilanjutkan dengan pembenahan" not in said
    groups = dict(view.action_plan(assessed(BITUNG), "id"))
    decision = next(h for h in groups if h.startswith("Evaluasi dan keputusan"))
    assert any("IMP-013" in entry["rules"] for entry in groups[decision])
    for rule in ("BUD-003", "BUD-004"):
        headings = [h for h, entries in groups.items() if any(rule in e["rules"] for e in entries)]
        assert headings
        assert all(h.startswith("Bila kerja sama dilanjutkan") for h in headings), (rule, headings)


def test_a_study_planned_with_money_is_a_next_programme() -> None:
    text = BITUNG.read_text(encoding="utf-8")
    assert text.count(STUDY) == 1
    funded = text.replace(STUDY, "        budget_idr: 75000000\n")
    a = paracheck.assess(paracheck.load_proposal_text(funded, source=str(BITUNG)))
    assert next(c for c in a.checks if c.rule_id == "IMP-013").status == "clear"


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BITUNG)
