"""Held-out 64: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Two verdicts agree;
the third is argued below.

Provinsi Papua Selatan – Western Province (Papua New Guinea), a new province's proposal
across the land border: "Risiko tinggi" on the RPJMD, with the budget gap, the thin staff and
BNN for the border market; Papua's special autonomy noticed; Papua New Guinea's tiers not in
the reference data, so REG-002's tick says it rests on the generic mapping (the defect this
trial found: that caveat reached only the JSON and the CSV). Papua New Guinea is listed since
held-out 124; the caveat is now tested with the partner moved to an unlisted country.

Kabupaten Manggarai Barat – Kota Haikou, a sister city signed three weeks earlier with no APBD
money at all, Haikou paying: "Risiko sedang". I expected high, adding up the budget, language,
narcotics and governance findings; paracheck's verdict is the worst single finding, and none
is high on this file: the partner's money not yet in the budget documents is a note until the
programmes start (REG-033), and an APBD of nothing beside recorded partner money is BUD-002's
dependence (medium), not BUD-001's empty purse. The first screen says the charter flights'
open question (TOC-007, a high-trafficking area) could raise it. Argued in the notes, kept.

Kota Banda Aceh – Samarkand, an evaluation two and a half months after the MoU lapsed, three
and a half years silent: "Risiko tinggi", the Saran opening with the decision to renew or end,
Aceh's special autonomy (the DPRK) noticed, Uzbekistan's tier on the generic mapping.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.facts.loader import load_proposal_bytes
from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
PAPUA = DATA / "holdout64-papuaselatan-western-2026.yaml"
MABAR = DATA / "holdout64-manggaraibarat-haikou-2026.yaml"
ACEH = DATA / "holdout64-bandaaceh-samarkand-2026.yaml"

GENERIC_TICK = (
    "Tidak ada temuan (menurut pemetaan umum paracheck; susunan pemerintahan negara mitra "
    "belum tercatat, pastikan kepada Kemlu)"
)


def _check(a, rule_id: str):
    return next(c for c in a.checks if c.rule_id == rule_id)


def test_papua_selatan_is_high_on_the_development_plan_with_the_budget_and_staff_gaps() -> None:
    assert_verdict_and_grounds(
        PAPUA,
        "high_risk",
        {"REG-006", "BUD-007", "BUD-005", "HR-003", "HR-004", "HR-005", "TOC-012"},
        {"REG-002", "HR-002", "NRG-001", "TOC-016", "TOC-017"},
        {"REG-042", "BUD-006", "IMP-003"},
    )
    a = assessed(PAPUA)
    assert [n.code for n in a.notices] == ["special_autonomy"]
    assert "Papua" in a.notices[0].text.id


def test_an_unlisted_countrys_tier_is_ticked_with_its_caveat() -> None:
    # Papua New Guinea has been listed since held-out 124 (2026-12-05): the same file with its
    # partner moved to a country still unlisted (Fiji's Western Division) keeps the caveat
    text = PAPUA.read_text(encoding="utf-8").replace("country: PG", "country: FJ")
    assert "country: FJ" in text
    unlisted = paracheck.assess(load_proposal_bytes(text.encode("utf-8"), "papua-fiji.yaml"))
    reg002 = _check(unlisted, "REG-002")
    assert view.shown(reg002) == "clear"
    assert view.status_words(reg002, "id") == GENERIC_TICK
    # a listed system's tier is a plain tick: Papua New Guinea's province, a Chinese city, and,
    # since Uzbekistan is listed (Tashkent is first-level), the city of Samarkand
    for path in (PAPUA, MABAR, ACEH):
        assert view.status_words(_check(assessed(path), "REG-002"), "id") == "Tidak ada temuan"


def test_manggarai_barat_is_medium_on_dependence_on_the_partners_money() -> None:
    assert_verdict_and_grounds(
        MABAR,
        "medium_risk",
        {"BUD-002", "BUD-005", "BUD-007", "TOC-011", "TOC-009", "HR-002", "GOV-001", "GOV-002"},
        {"BUD-001", "TOC-012", "NRG-001", "REG-002", "REG-010", "REG-011"},
        {"REG-042", "TOC-007", "BUD-006", "IMP-003"},
    )
    a = assessed(MABAR)
    reg033 = _check(a, "REG-033")
    assert reg033.status == "risk" and reg033.severity == "info"
    # the budget line says the partner's money is not yet on record
    first = advice(a, "id")[0]
    assert first.startswith("Kerja sama dapat dilanjutkan ke penyusunan perjanjian kerja sama")


def test_banda_aceh_is_high_and_opens_with_renewing_or_ending_the_lapsed_mou() -> None:
    assert_verdict_and_grounds(
        ACEH,
        "high_risk",
        {
            "IMP-002",
            "IMP-005",
            "IMP-006",
            "BUD-003",
            "BUD-004",
            "GOV-021",
            "HR-002",
            "REG-026",
            "TOC-013",
        },
        {"TOC-011", "TOC-009", "HR-005", "REG-002", "TOC-016"},
    )
    a = assessed(ACEH)
    saran = advice(a, "id")
    assert saran[0].startswith("Bagian Kerja Sama ditugaskan memeriksa lebih dulu ketentuan")
    assert saran[1].startswith("Masa berlaku MoU telah berakhir pada 14 September 2026")
    notices = {n.code: n for n in a.notices}
    assert set(notices) == {"special_autonomy", "mou_expired"}
    assert "DPRK" in notices["special_autonomy"].text.id


def test_the_partner_never_acts() -> None:
    for path in (PAPUA, MABAR, ACEH):
        assert_partner_never_acts(path)
