"""Held-out 37: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). The tool agreed on
both verdicts and on every finding expected but one, where it was found right.

- Minahasa Utara – Davao City (regency, proposal of March 2026): no APBD allocation and no
  other source (BUD-001), not in the RPJMD/RKPD (REG-006), a fisheries sector in waters
  rated highly exposed to illegal fishing with neither KKP nor Bakamla (TOC-001), a crew
  exchange in an area rated highly exposed to trafficking with neither Imigrasi nor Polri
  (TOC-007): "Risiko tinggi". The working group and monitoring plan are not asked yet at
  the proposal stage, and electricity is clear (reserve 28 %, no blackouts).
- Bengkulu – Fujian (province, MoU of April 2017, evaluated October 2026): two of three
  programmes stalled since 2019–2020 (IMP-006, IMP-004), a partner in the PRC on a route
  rated highly exposed to narcotics without BNN (TOC-003), the joint working group silent
  since 2019 (GOV-021), no Mandarin speaker (HR-002): "Risiko tinggi", with the evaluation's
  decision first in the Saran. The lead expected the 2019 report to be judged stale (GOV-003
  or REG-026); the tool asks for the MoU's end date instead, and is right to: had the term
  ended within a year of December 2019, that report would have been the final one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
MINUT = DATA / "holdout37-minut-davao-2026.yaml"
BENGKULU = DATA / "holdout37-bengkulu-fujian-2017.yaml"


def _assessed(path: Path) -> Any:
    return paracheck.assess(paracheck.load_proposal(str(path)))


@pytest.mark.parametrize(
    ("path", "risks", "not_risks"),
    [
        (
            MINUT,
            {"BUD-001", "REG-006", "TOC-001", "TOC-007", "HR-002", "BUD-006"},
            {"GOV-001", "GOV-002", "NRG-001", "NRG-002", "BUD-007", "HR-001"},
        ),
        (
            BENGKULU,
            {"IMP-006", "IMP-004", "TOC-003", "GOV-021", "HR-002", "BUD-003", "REG-015"},
            {"TOC-016", "TOC-017", "NRG-001", "BUD-007"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, risks: set[str], not_risks: set[str]
) -> None:
    a = _assessed(path)
    assert a.verdict == "high_risk"
    status = {c.rule_id: c.status for c in a.checks}
    assert {r for r in risks if status[r] == "risk"} == risks
    assert {r for r in not_risks if status[r] != "risk"} == not_risks


def test_the_four_high_risks_of_the_new_proposal_are_the_ones_expected() -> None:
    a = _assessed(MINUT)
    high = {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high"}
    assert high == {"BUD-001", "REG-006", "TOC-001", "TOC-007"}


def test_an_old_report_is_asked_about_by_the_mous_end_not_judged_without_it() -> None:
    a = _assessed(BENGKULU)
    asked = {c.rule_id: c.missing for c in a.checks if c.rule_id in ("GOV-003", "REG-026")}
    assert asked == {"GOV-003": ["agreement.expires"], "REG-026": ["agreement.expires"]}
    given = paracheck.load_proposal(str(BENGKULU)).model_dump(by_alias=True, exclude_unset=True)
    given["agreement"]["expires"] = "2027-04-24"  # the current five-year term's last day
    status = {c.rule_id: c.status for c in paracheck.assess(given).checks}
    assert status["REG-026"] == "risk"  # a report of 2019 is not the 2026 evaluation's


def test_the_evaluation_memo_puts_the_decision_first_and_names_no_partner_as_actor() -> None:
    memo = paracheck.render(_assessed(BENGKULU), "text", "id")
    first = " ".join(memo.split("Saran (butir 1):")[1].split("\n\n")[0].split())
    assert "bahan keputusan Gubernur" in first
    assert "Fujian" not in first
    plan = memo.split("RENCANA TINDAK LANJUT PER TAHAP")[1].split("SARAN")[0]
    actors = [line.split(":")[0] for line in plan.splitlines() if line.strip().startswith("→")]
    assert actors and not [a for a in actors if "Fujian" in a]
