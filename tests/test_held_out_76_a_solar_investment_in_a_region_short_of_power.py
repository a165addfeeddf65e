"""Held-out 76: Provinsi Nusa Tenggara Timur – Northern Territory (Australia), an investment
cooperation whose main programme is a solar farm on Sumba, in a province with a deficit and
rolling blackouts; judged on paper before paracheck ran on it (expectations written first, in
the session's notes).

"Risiko tinggi", as I wrote, on NRG-004. What I expected to be weak was: the advice told the
investment office to put PLN's supply in the offer of an investment that is the new supply.
With an energy sector NRG-004 now has the plant's link to the grid and the purchase of its
power agreed with PLN before the offer, and keeps PLN's supply for any other investment.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

NTT = Path(__file__).parent / "data" / "holdout76-ntt-nt-2026.yaml"


def test_ntt_nt_is_high_on_the_investment_in_a_region_short_of_power() -> None:
    assert_verdict_and_grounds(
        NTT,
        "high_risk",
        {"NRG-004", "NRG-001"},
        {"REG-002", "GOV-005", "TOC-007", "BUD-001", "HR-001"},
        {"REG-042"},
    )


def test_the_solar_investment_agrees_its_grid_link_with_pln() -> None:
    a = assessed(NTT)
    (action,) = [act for act in a.actions if "NRG-004" in act.rules]
    assert action.text.id.startswith("Bila investasinya membangun pembangkit listrik")
    assert "disalurkan ke jaringan dan dibeli" in action.text.id


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(NTT)
