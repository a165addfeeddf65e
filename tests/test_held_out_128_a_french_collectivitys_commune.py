"""Held-out 128, judged on paper before paracheck ran on it (expectation and reason written
first, in the session's notes): Kota Semarang – Ville de Nouméa, a sister city built on the
Javanese community of New Caledonia, a French overseas collectivity.

Expected: low; REG-001 clear with its caveat, the partner's place named a territory, never a
state; REG-002 equal (a commune with a kota), on the generic mapping with its caveat. The first
run read "hubungan diplomatik dengan Indonesia: ya (Dianggap memiliki hubungan diplomatik
dengan Indonesia …)" of New Caledonia itself: a territory has no relations of its own. Its
sovereign state's relations now count, and the note names it.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.facts import reference
from paracheck.report import view
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

NOUMEA = Path(__file__).parent / "data" / "holdout128-semarang-noumea-2026.yaml"


def test_noumea_is_low_and_equal_with_a_kota() -> None:
    assert_verdict_and_grounds(NOUMEA, "low_risk", set(), {"REG-001", "REG-002", "HR-002"})


def test_a_territorys_relations_are_its_sovereign_states_and_the_memo_names_both() -> None:
    a = assessed(NOUMEA)
    reg001 = next(c for c in a.checks if c.rule_id == "REG-001")
    (country,) = [e for e in reg001.evidence if e.path == "partner.country"]
    assert country.note is not None
    assert "Kaledonia Baru adalah wilayah di bawah kedaulatan Prancis" in country.note.id
    assert "New Caledonia is a territory under the sovereignty of France" in country.note.en
    assert view.evidence_label(country, "id") == "Wilayah mitra"
    assert view.status_words(reg001, "id").endswith("pastikan kepada Kemlu)")
    table = paracheck.render(a, "csv", "id")  # every row's evidence, the clear ones too
    assert (
        "Wilayah mitra: Kaledonia Baru (baris 11) — hubungan diplomatik dengan Indonesia: ya "
        "(Kaledonia Baru adalah wilayah di bawah kedaulatan Prancis" in table
    )


def test_every_listed_territory_has_a_sovereign_state_with_relations() -> None:
    table = reference._data("relations.yaml")["territories"]
    for code, state in table["sovereign"].items():
        assert code in table["codes"], code
        related, source = reference.diplomatic_relations(code)
        assert related and reference.diplomatic_relations(state)[0], code
        assert "pastikan kepada Kemlu" in source.note["id"], code


def test_the_partner_never_acts() -> None:
    assert_partner_never_acts(NOUMEA)


def test_a_territorys_main_language_is_its_own_and_said_of_a_territory() -> None:
    # without partner.language, HR-002 read nothing for New Caledonia (no main language
    # listed) and, for Taiwan, "bahasa utama negara mitra": a territory's own language now,
    # said of the territory
    import yaml

    data = yaml.safe_load(NOUMEA.read_text(encoding="utf-8"))
    del data["partner"]["language"]
    hr002 = next(c for c in paracheck.assess(data, source="x").checks if c.rule_id == "HR-002")
    assert hr002.status == "clear"  # one French-speaking officer on the staff
    (country,) = [e for e in hr002.evidence if e.path == "partner.country"]
    assert country.note is not None
    assert country.note.id == "bahasa utama wilayah mitra: bahasa Prancis"
    assert reference.main_language("PR") == "es"  # a territory's own, not its state's
