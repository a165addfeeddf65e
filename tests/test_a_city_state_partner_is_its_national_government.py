"""A partner in a country with no regional government (Singapore, a city-state) is that
country's national government, whatever level word the file gives: REG-002 finds the two
sides unequal, says why in the evidence, and asks Kemlu what form the cooperation can take
instead of advising a study of equal territory or "mitra lain yang setingkat", which do not
exist there (held-out 72: Provinsi Kepulauan Riau – the Government of the Republic of
Singapore read "Risiko rendah … dapat diteruskan", the level only asked; an officer who
answered "province" would have been told the two sides are equal)."""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from paracheck.facts import reference
from paracheck.facts.model import PartnerLevel


def _proposal(level: str, stage: str = "proposal", country: str = "SG") -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province Provinsi Kepulauan Riau – Singapura",
        "date": "2026-10-05",
        "stage": stage,
        "form": "sister_province",
        "local": {"name": "Provinsi Kepulauan Riau", "level": "province"},
        "partner": {
            "name": "Government of the Republic of Singapore",
            "country": country,
            "level": level,
            "kind": "regional_government",
        },
    }


@pytest.mark.parametrize("level", PartnerLevel.__args__)
def test_every_level_word_of_singapore_is_its_national_government(level: str) -> None:
    found = reference.partner_tier(level, "SG", "Singapore")
    assert found.tier == reference.NATIONAL_TIER
    assert found.note["id"].startswith("Singapura adalah negara-kota tanpa pemerintah daerah")
    assert "no local government" in found.note["en"]


@pytest.mark.parametrize("level", ["province", "city", "other"])
def test_a_province_with_singapores_government_is_not_of_equal_level(level: str) -> None:
    a = paracheck.assess(_proposal(level), as_of=dt.date(2026, 10, 5))
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    assert check.status == "risk"
    texts = [r.text.id for r in check.recommendations]
    assert len(texts) == 1
    assert texts[0].startswith("Negara mitra tidak mempunyai pemerintah daerah")
    assert "Kemlu" in texts[0] and "(KSDLL)" in texts[0]
    assert not any("setingkat" in t or "kesetaraan" in t for t in texts)


def test_a_signed_mou_with_it_is_reported_to_kemlu_before_any_renewal() -> None:
    a = paracheck.assess(_proposal("other", stage="active"), as_of=dt.date(2026, 10, 5))
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    (text,) = [r.text.id for r in check.recommendations]
    assert "MoU ditandatangani dengan pemerintah nasional negara itu" in text
    assert "sebelum MoU diubah atau diperpanjang, tanyakan" in text


def test_a_partner_of_a_country_with_regions_keeps_the_advice_on_equal_territory() -> None:
    a = paracheck.assess(_proposal("city", country="CN"), as_of=dt.date(2026, 10, 5))
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    texts = [r.text.id for r in check.recommendations]
    assert check.status == "risk"
    assert any("kesetaraan kedua wilayah" in t for t in texts)
    assert not any("tidak mempunyai pemerintah daerah" in t for t in texts)


def test_a_level_not_given_does_not_bring_the_city_state_advice() -> None:
    data = _proposal("city", country="CN")
    del data["partner"]["level"]
    a = paracheck.assess(data, as_of=dt.date(2026, 10, 5))
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    assert check.status == "unknown"
    assert not any("tidak mempunyai pemerintah daerah" in r.text.id for r in check.recommendations)


def test_beside_a_lapsed_mou_kemlu_is_asked_before_the_new_text() -> None:
    data = _proposal("other", stage="active")
    data["agreement"] = {"expires": "2026-06-30"}
    a = paracheck.assess(data, as_of=dt.date(2026, 10, 5))
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    (text,) = [r.text.id for r in check.recommendations]
    assert "MoU yang telah berakhir ditandatangani dengan pemerintah nasional" in text
    assert "sebelum naskah MoU baru disusun" in text and "diperpanjang" not in text
