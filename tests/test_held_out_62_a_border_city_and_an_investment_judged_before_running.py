"""Held-out 62: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). Both verdicts agree.

Kota Batam – Johor Bahru, a sister city across the strait whose ferry terminals are a central
body's (BP Batam): "Risiko tinggi" on REG-042, the narcotics route and the workers placed in
Johor watched by BNN, Imigrasi and Polri yet still a remaining risk each.

Kabupaten Sumba Timur – Haenam-gun, an investment with a Korean county in a region short of
power: "Risiko tinggi" on NRG-002 and NRG-004, the Waingapu outages named in the action.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BATAM = DATA / "holdout62-batam-johorbahru-2026.yaml"
SUMBA = DATA / "holdout62-sumbatimur-haenam-2026.yaml"


def test_batam_is_high_on_the_central_bodys_ferry_terminals() -> None:
    assert_verdict_and_grounds(
        BATAM,
        "high_risk",
        {"REG-042", "BUD-005", "TOC-004", "TOC-008"},
        {"REG-002", "HR-002", "TOC-003", "TOC-007"},
    )
    first = advice(assessed(BATAM), "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke persetujuan DPRD")
    assert "REG-042" in first


def test_watched_routes_remain_risks_with_their_watchers_named() -> None:
    plan = [act for _, acts in view.action_plan(assessed(BATAM), "id") for act in acts]
    said = [(str(act["who"]), str(act["text"])) for act in plan]
    assert any(
        who == "Dinas Tenaga Kerja Kota Batam (bersama Kantor Imigrasi)"
        and text.startswith("Pantau keberangkatan dan kepulangan")
        for who, text in said
    )
    assert any(who == "Bagian Kerja Sama" and "BNN Kota" in text for who, text in said)


def test_sumba_timur_is_high_on_power_for_an_investment() -> None:
    assert_verdict_and_grounds(
        SUMBA,
        "high_risk",
        {"NRG-002", "NRG-004", "HR-002", "BUD-005", "HR-004", "NRG-001"},
        {"REG-002", "NRG-005"},
        {"REG-042"},
    )
    texts = [action.text.id for action in assessed(SUMBA).actions if "NRG-002" in action.rules]
    assert any("(Waingapu)" in text for text in texts)


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(BATAM)
    assert_partner_never_acts(SUMBA)
