"""Held-out 110–114, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes).

- 110 Provinsi NTB – Gyeongsangnam-do, an investment in a solar plant on Sumbawa in a province
  with a deficit and rolling blackouts: "Risiko tinggi" on NRG-004 (an investment in a region
  short of power), which reads the thesis's industrial investors held back by the crisis onto
  the new supply itself. NRG-004 no longer applies to an investment wholly in energy; the grid
  link and purchase agreed with PLN is NRG-001's advice there. Low, on NRG-001.
- 111 Kota Bogor – City of St. Louis, an MoU ended in 2024 with both programmes done and the
  final report sent: high on BUD-001 where I wrote low; the format records no decision to end,
  and the risks are framed for a new MoU (argued in the notes).
- 112 Provinsi Aceh – Konya: low, with Aceh's notice.
- 113 Kota Depok – Seongnam, an MoU signed by the Sekretaris Daerah: high on REG-044.
- 114 Provinsi Papua Barat – Landcare Research (a foreign institution): high on the LoI and
  drafting steps my own file left out; no sister-city check on an institution. Medium since
  trial 190 #3: the drafting step of a foreign institution's MoU is REG-053's, the
  procedure's (Permendagri 25/2020) at medium, not REG-019's, which rests its high weight on
  UU 24/2000 Pasal 5(1), a statute on international agreements that no source paracheck uses
  extends to a text with a university or research institute (as the Full Powers' step).
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
SOLAR = DATA / "holdout110-ntb-gyeongnam-solar-2026.yaml"
CLOSED = DATA / "holdout111-bogor-stlouis-closed-2026.yaml"
ACEH = DATA / "holdout112-aceh-konya-2026.yaml"
SEKDA = DATA / "holdout113-depok-seongnam-sekda-2026.yaml"
LANDCARE = DATA / "holdout114-papuabarat-landcare-2026.yaml"
ALL = (SOLAR, CLOSED, ACEH, SEKDA, LANDCARE)


def _check(path: Path, rule_id: str):
    (check,) = [c for c in assessed(path).checks if c.rule_id == rule_id]
    return check


def test_a_solar_investment_is_not_the_investment_the_power_crisis_holds_back() -> None:
    assert_verdict_and_grounds(SOLAR, "low_risk", {"NRG-001"}, {"NRG-004", "NRG-002"}, {"REG-042"})
    nrg004 = _check(SOLAR, "NRG-004")
    assert nrg004.not_applicable is not None
    said = nrg004.not_applicable.id
    assert said.startswith("seluruh sektor investasi dalam kerja sama ini adalah energi")


def test_the_solar_investment_still_agrees_its_grid_link_with_pln() -> None:
    texts = [r.text.id for r in _check(SOLAR, "NRG-001").recommendations]
    assert any("disalurkan ke jaringan dan dibeli" in t for t in texts), texts


def test_a_closed_partnership_frames_its_risks_for_a_new_mou() -> None:
    assert_verdict_and_grounds(CLOSED, "high_risk", {"BUD-001", "GOV-001"}, {"REG-051", "HR-001"})
    memo = paracheck.render(assessed(CLOSED), "text", "id")
    assert "Masa berlaku MoU telah berakhir (15 April 2024)" in memo
    plan = memo.split("RENCANA TINDAK LANJUT PER TAHAP", 1)[1].split("SARAN", 1)[0]
    later = plan.split("Bila kerja sama dilanjutkan dengan MoU baru", 1)[1]
    assert "(BUD-001)" in later and "(BUD-001)" not in plan.split("Bila kerja sama", 1)[0]


def test_aceh_with_konya_is_low_and_says_aceh_has_its_own_rules() -> None:
    assert_verdict_and_grounds(ACEH, "low_risk", set(), {"REG-002", "REG-030", "HR-002"})
    assert "special_autonomy" in [n.code for n in assessed(ACEH).notices]


def test_an_mou_signed_by_the_sekda_is_high_until_kemlu_has_spoken() -> None:
    assert_verdict_and_grounds(SEKDA, "high_risk", {"REG-044"}, {"REG-012", "REG-046"})
    saran = paracheck.render(assessed(SEKDA), "text", "id").split("\nSARAN\n", 1)[1]
    assert "berkonsultasi dengan Kemlu tentang keabsahan MoU" in saran.split("\n 2.", 1)[0]


def test_an_institution_partner_is_judged_on_its_steps_not_on_sister_city_checks() -> None:
    assert_verdict_and_grounds(
        LANDCARE,
        "medium_risk",
        {"REG-053", "REG-013"},
        {"REG-002", "REG-032", "REG-049", "REG-019"},
    )
    assert "special_autonomy" in [n.code for n in assessed(LANDCARE).notices]


def test_the_partner_never_acts() -> None:
    for path in ALL:
        assert_partner_never_acts(path)
