"""The outage areas stand beside the sectors that need power (newcomer trial 24 M2).

Maluku Utara–Guangxi: an HPAL smelter on a 3 % reserve, outages in Sofifi and Pulau Obi. The
two areas the officer typed appeared nowhere in the memo: they counted only for tourism
(NRG-003), and NRG-002 looks for a deficit or rolling blackouts. NRG-005 (low) now finds
named outage areas beside an industry, mining, infrastructure or investment sector, with the
areas as its evidence.
"""

from __future__ import annotations

import pytest

import paracheck
from tests.malut_guangxi import AREAS, DAY
from tests.malut_guangxi import checks_of as _checks
from tests.malut_guangxi import malut_guangxi as _proposal


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
def test_outage_areas_are_a_low_finding_beside_a_power_dependent_sector(pack):
    check = _checks(_proposal(["industry", "fisheries", "trade"], affected_areas=AREAS), pack)[
        "NRG-005"
    ]
    assert check.status == "risk"
    assert check.severity == "low"
    assert check.items == ["sectors[0]"]
    shown = {e.path: e.value for e in check.evidence}
    assert shown["energy.affected_areas"] == AREAS


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_names_the_outage_areas(lang):
    a = paracheck.assess(_proposal(["industry"], affected_areas=AREAS), as_of=DAY)
    memo = paracheck.render(a, "markdown", lang)
    for area in AREAS:
        assert area in memo


def test_a_deficit_beside_industry_is_nrg_002s_finding_with_nrg_005_recorded_under_it():
    # one lapse, one finding: NRG-002's advice already secures power at the sector's sites
    # (the NTB memo gave infrastructure and mining both actions)
    checks = _checks(_proposal(["industry"], reserve_margin_pct=-6, affected_areas=AREAS))
    assert checks["NRG-002"].status == "risk"
    assert checks["NRG-005"].status == "clear"
    assert checks["NRG-005"].covered_by == "NRG-002"


def test_no_outage_area_recorded_clears_and_tourism_is_left_to_nrg_003():
    assert _checks(_proposal(["industry"], affected_areas=[]))["NRG-005"].status == "clear"
    checks = _checks(_proposal(["tourism"], affected_areas=AREAS))
    assert checks["NRG-003"].status == "risk"
    assert checks["NRG-005"].status == "clear"
    assert checks["NRG-005"].not_applicable is not None


def test_fisheries_is_not_counted_as_power_dependent_without_a_source():
    """The thesis (IV.B.2.c, lines 426-458) ties the electricity crisis to investment, above
    all industry, and to the Senggigi tourism area; it names no cold chain or fisheries. So a
    fisheries sector (a cold store included) stays outside NRG-002's and NRG-005's sectors
    until a source says otherwise."""
    checks = _checks(_proposal(["fisheries"], rolling_blackouts=True, affected_areas=AREAS))
    assert checks["NRG-002"].status == "clear"
    assert checks["NRG-005"].status == "clear"
