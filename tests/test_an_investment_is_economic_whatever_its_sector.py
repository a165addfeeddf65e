"""GOV-005 (local actors in an economic cooperation) reads the cooperation's form as well as
its sectors: an investment-form cooperation is economic whatever its sectors. Held-out 110, a
solar plant on Sumbawa offered to Gyeongsangnam-do as an investment, read "Tidak berlaku:
kerja sama ini tidak mencakup sektor investasi …" beside the form "investasi" (review at the
stop of 2026-12-05)."""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck

SOLAR = Path(__file__).parent / "data" / "holdout110-ntb-gyeongnam-solar-2026.yaml"


def _gov005(data: dict) -> paracheck.Check:
    a = paracheck.assess(data, source="solar")
    return next(c for c in a.checks if c.rule_id == "GOV-005")


def _solar() -> dict:
    return yaml.safe_load(SOLAR.read_text(encoding="utf-8"))


def test_an_energy_only_investment_is_judged_on_its_local_actors() -> None:
    data = _solar()
    assert data["form"] == "investment" and [s["name"] for s in data["sectors"]] == ["energy"]
    check = _gov005(data)
    assert (check.status, check.not_applicable) == ("clear", None)  # the file involves both
    data["governance"]["stakeholders"] = []
    assert _gov005(data).status == "risk"


def test_the_same_sector_as_technical_cooperation_is_not_an_economic_one() -> None:
    data = _solar()
    data["form"] = "technical_cooperation"
    data["governance"]["stakeholders"] = []
    check = _gov005(data)
    assert check.status == "clear" and check.not_applicable is not None
    assert check.not_applicable.id == (
        "kerja sama ini tidak berbentuk investasi dan tidak mencakup sektor investasi, "
        "perdagangan, industri, pertambangan, atau pariwisata"
    )


def test_a_proposal_without_a_form_is_judged_by_its_sectors_alone() -> None:
    data = _solar()
    del data["form"]
    data["governance"]["stakeholders"] = []
    check = _gov005(data)
    assert check.status == "clear" and check.not_applicable is not None
