"""The electricity checks on sectors that depend on power read what the proposal says of a
sector (``sectors[].power_dependent``), not only its field.

Held-out 40 C (Kabupaten Kepulauan Aru – City of Darwin): a cold store and fish-processing
line in Dobo, a town the file listed as hit by rolling blackouts on a 5 % reserve, sat under
the fisheries sector, which is not among the fields taken as dependent on power (industry,
mining, infrastructure, investment, tourism). The memo gave only NRG-001's low finding, and
its advice (a power-balance projection from PLN) never reached the sector that needs the
power. ``power_dependent: true`` brings such a sector under NRG-002 (a deficit or rolling
blackouts) and NRG-005 (named areas hit by outages); ``false`` takes a sector of those fields
out, with the reason said. Left out, the field decides, as before.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}
SHORT = {"reserve_margin_pct": 5, "rolling_blackouts": True, "outage_hours_per_month": 40}
AREAS_ONLY = {"reserve_margin_pct": 12, "rolling_blackouts": False, "affected_areas": ["Dobo"]}


def _assess(date: str, name: str, said: bool | None, energy: dict[str, Any]) -> Any:
    sector: dict[str, Any] = {
        "name": name,
        "lead_agency": "Dinas Perikanan",
        "programs": [{"name": "Gudang pendingin dan pengolahan ikan", "status": "planned"}],
    }
    if said is not None:
        sector["power_dependent"] = said
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kerja sama uji",
            "date": date,
            "stage": "proposal",
            "local": {"name": "Kabupaten Kepulauan Aru", "level": "regency"},
            "sectors": [sector],
            "energy": energy,
        }
    )


def _check(result: Any, rule: str) -> Any:
    return next(c for c in result.checks if c.rule_id == rule)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_a_sector_said_to_need_power_is_judged_as_the_power_dependent_fields_are(date):
    unsaid = _assess(date, "fisheries", None, SHORT)
    assert _check(unsaid, "NRG-002").status == "clear"  # by its field, as before
    assert _check(unsaid, "NRG-002").not_applicable is not None
    said = _assess(date, "fisheries", True, SHORT)
    found = _check(said, "NRG-002")
    assert found.status == "risk"
    assert found.items == ["sectors[0]"]
    # its evidence names the statement it rests on, by its label
    assert any(e.path == "sectors[0].power_dependent" for e in found.evidence)
    # and its advice reaches the sector's own agency, named in the memo
    assert any(r.owner == "Perangkat Daerah pengampu sektor" for r in found.recommendations)
    memo = " ".join(paracheck.render(said, "text", "id").split())
    assert "Dinas Perikanan (bersama PLN): Pastikan pasokan listrik" in memo
    # the same finding as an industry sector's on the same supply
    industry = _check(_assess(date, "industry", None, SHORT), "NRG-002")
    assert (found.status, found.score) == (industry.status, industry.score)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
def test_outages_in_named_areas_reach_a_sector_said_to_need_power(date):
    assert _check(_assess(date, "fisheries", None, AREAS_ONLY), "NRG-005").status == "clear"
    found = _check(_assess(date, "fisheries", True, AREAS_ONLY), "NRG-005")
    assert found.status == "risk"
    assert any(e.path == "energy.affected_areas" for e in found.evidence)


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("rule", "energy"), [("NRG-002", SHORT), ("NRG-005", AREAS_ONLY)])
def test_a_power_dependent_field_said_not_to_need_power_is_not_applicable_with_that_reason(
    date, rule, energy
):
    assert _check(_assess(date, "mining", None, energy), rule).status == "risk"  # as before
    check = _check(_assess(date, "mining", False, energy), rule)
    assert check.status == "clear"
    assert check.not_applicable is not None
    assert "tercatat tidak bergantung pada pasokan listrik" in check.not_applicable.id
    assert "recorded as not depending on the power supply" in check.not_applicable.en


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize("name", ["industry", "mining", "tourism", "fisheries", "culture"])
@pytest.mark.parametrize("energy", [SHORT, AREAS_ONLY], ids=["short", "areas"])
def test_power_dependence_said_true_of_a_power_dependent_field_changes_nothing(date, name, energy):
    unsaid = _assess(date, name, None, energy)
    said = _assess(date, name, name not in ("fisheries", "culture") or None, energy)
    for rule in ("NRG-001", "NRG-002", "NRG-003", "NRG-005"):
        a, b = _check(unsaid, rule), _check(said, rule)
        assert (a.status, a.score, a.not_applicable) == (b.status, b.score, b.not_applicable)


def test_a_sector_of_another_field_without_the_statement_is_told_why_not_applicable():
    check = _check(_assess(DATES["pp28-2018"], "health", None, SHORT), "NRG-002")
    assert check.status == "clear"
    assert check.not_applicable is not None
    assert "tidak ada sektor lain yang tercatat bergantung" in check.not_applicable.id
    assert "no other sector recorded as depending" in check.not_applicable.en
