"""NRG-002 beside a partnership already running gives only operational advice.

Trial 19, finding 1 (Kota Kupang – City of Darwin, stage ``active``, tourism promotion the
only programme running, rolling blackouts): the memo told Bappeda to "sequence the sectors:
start with those that do not depend on power" (put off the one sector that works) and the
tourism office to "propose on-site generation as part of this sector's cooperation package"
(a power plant under a promotion MoU), and titled the finding "… diusulkan …" of a running
partnership. Sequencing and the generation package are choices made while the proposal is
drawn up; once the MoU is signed the advice is to secure the power at the next activity.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

PACKS = ("pp28-2018", "permendagri-3-2008")
DATE = {"pp28-2018": "2026-04-15", "permendagri-3-2008": "2016-03-01"}
PLANNING_ONLY = ("Atur urutan sektor", "paket kerja sama", "Sequence the sectors", "package")


def _nrg002(pack: str, **fields: Any) -> Any:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar pariwisata",
        "date": DATE[pack],
        "energy": {"rolling_blackouts": True},
        "sectors": [
            {
                "name": "tourism",
                "lead_agency": "Dinas Pariwisata",
                "programs": [{"name": "Promosi wisata", "status": "ongoing"}],
            }
        ],
        **fields,
    }
    result = paracheck.assess(data, pack=pack)
    return next(c for c in result.checks if c.rule_id == "NRG-002")


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("stage", ["mou_signed", "active", "evaluation"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_running_partnership_short_of_power_gets_only_operational_advice(pack, stage, lang):
    check = _nrg002(pack, stage=stage)
    assert check.status == "risk"
    said = [r.text.get(lang) for r in check.recommendations]
    assert not [s for s in said if any(words in s for words in PLANNING_ONLY)], said
    # what is left is the operational advice: power secured before the next activity
    assert said and all(("kegiatan berikutnya" in s or "next activity" in s) for s in said), said


@pytest.mark.parametrize("pack", PACKS)
def test_a_proposal_short_of_power_is_still_told_to_sequence_sectors_and_plan_generation(pack):
    education = {"name": "education", "lead_agency": "Dinas Pendidikan"}
    industry = [{"name": "industry", "lead_agency": "Dinas Perindustrian"}, education]
    check = _nrg002(pack, stage="proposal", sectors=industry)
    said = " ".join(r.text.id for r in check.recommendations)
    assert "Atur urutan sektor" in said and "paket kerja sama" in said
    # a tourism package is sequenced, not given a power plant (practitioner trial 28 #6)
    tourism = {"name": "tourism", "lead_agency": "Dinas Pariwisata"}
    check = _nrg002(pack, stage="proposal", sectors=[tourism, education])
    said = " ".join(r.text.id for r in check.recommendations)
    assert "Atur urutan sektor" in said and "paket kerja sama" not in said
    assert "sebelum sektor ini ditawarkan kepada mitra" in said
    assert "kegiatan berikutnya" not in said


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_proposal_whose_only_sector_needs_power_is_not_told_to_start_with_another(pack, lang):
    # held-out 42 H: one fisheries sector, a cold store in a blacked-out town; "start with the
    # sectors that do not depend on power" named none
    cold_store = {"name": "fisheries", "lead_agency": "Dinas Perikanan", "power_dependent": True}
    check = _nrg002(pack, stage="proposal", sectors=[cold_store])
    assert check.status == "risk"
    said = [r.text.get(lang) for r in check.recommendations]
    assert not [s for s in said if "Atur urutan sektor" in s or "Sequence the sectors" in s]
    # the supply at the sector's sites and the generation package remain
    assert any("pasokan listrik di lokasi" in s or "power supply at this" in s for s in said)
    assert any("paket kerja sama" in s or "package" in s for s in said), said


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("stage", ["proposal", "active"])
def test_the_energy_title_does_not_call_a_running_sector_proposed(pack, stage):
    check = _nrg002(pack, stage=stage)
    assert "diusulkan" not in check.title.id, check.title.id
    assert "listrik" in check.title.id and "electricity" in check.title.en
