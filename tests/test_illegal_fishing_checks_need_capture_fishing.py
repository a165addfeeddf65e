"""The illegal-fishing checks do not apply to a fisheries sector that says it touches no
capture fishing (``sectors[].capture_fishing: false``).

Newcomer trial 30 M2: a seaweed-processing training for farmer groups drew TOC-010 (IUU
fishing without KKP or Bakamla, medium 12) and its advice about vessels, fishing gear and
fishing grounds, second among the top risks. The thesis's transnational fishing crime is IUU
capture fishing (IV.B.1.a). Left out, the sector is read by its kind, as before.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}
IUU_RULES = {"TOC-001", "TOC-002", "TOC-010"}


def _assess(date: str, capture: bool | None, exposure: str, agencies: list[str]) -> Any:
    sector: dict[str, Any] = {
        "name": "fisheries",
        "lead_agency": "Dinas Perikanan",
        "programs": [
            {
                "name": "Pelatihan pengolahan rumput laut bagi kelompok pembudidaya",
                "status": "planned",
            }
        ],
    }
    if capture is not None:
        sector["capture_fishing"] = capture
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kerja sama uji",
            "date": date,
            "stage": "active",
            "local": {"name": "Kabupaten Sumenep", "level": "regency"},
            "sectors": [sector],
            "security": {
                "iuu_fishing": exposure,
                "narcotics_route": "none",
                "terrorism": "none",
                "human_trafficking": "none",
                "coordinating_agencies": agencies,
            },
        }
    )


def _iuu(result: Any) -> dict[str, Any]:
    return {c.rule_id: c for c in result.checks if c.rule_id in IUU_RULES}


CASES = [("high", []), ("medium", []), ("high", ["KKP"])]


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("exposure", "agencies"), CASES)
def test_a_fisheries_sector_without_capture_fishing_draws_no_illegal_fishing_finding(
    date, exposure, agencies
):
    unsaid = _iuu(_assess(date, None, exposure, agencies))
    fired = [k for k, c in unsaid.items() if c.status == "risk"]
    assert fired  # as before
    said = _iuu(_assess(date, False, exposure, agencies))
    for check in said.values():
        assert check.status == "clear", check.rule_id
    for rule in fired:  # the check that fired says why it no longer applies
        reason = said[rule].not_applicable
        assert reason is not None, rule
        assert "penangkapan ikan" in reason.id and "capture fishing" in reason.en
    # nor does the forum check count the exposure for it
    forum = next(c for c in _assess(date, False, exposure, []).checks if c.rule_id == "TOC-009")
    assert forum.status != "risk"


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("exposure", "agencies"), CASES)
def test_capture_fishing_said_weighs_as_the_sector_always_did(date, exposure, agencies):
    said = _iuu(_assess(date, True, exposure, agencies))
    unsaid = _iuu(_assess(date, None, exposure, agencies))
    assert {k: (c.status, c.score) for k, c in said.items()} == {
        k: (c.status, c.score) for k, c in unsaid.items()
    }
    assert any(c.status == "risk" for c in said.values())
