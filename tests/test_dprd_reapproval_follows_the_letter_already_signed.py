"""REG-024's advice to the head of region follows the steps taken (trial 27, C4): a Bupati
whose LoI was signed on 10 November 2025, after a DPRD approval of 1 October, was told "Setelah
LoI ditandatangani, sampaikan LoI itu … kepada DPRD", waiting for a letter already signed. The
letter recorded as signed is brought to the DPRD without the condition; one not yet signed
keeps it. Both regimes carry the rule (Permendagri 3/2008 and 25/2020)."""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal

#: a proposal's date under each regime, the DPRD's approval before the LoI
REGIMES = {
    "permendagri-3-2008": ("2012-06-15", "2012-02-01", "2012-03-01"),
    "pp28-2018": ("2026-03-02", "2025-10-01", "2025-11-10"),
}
WAITING = "Setelah LoI ditandatangani"


def _head_advice(pack: str, loi: dict[str, Any]) -> list[str]:
    day, dprd_day, _ = REGIMES[pack]
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Uji",
        "date": day,
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kabupaten Uji", "level": "regency"},
        "partner": {"name": "City of X", "country": "AU", "level": "city"},
        "procedure": [loi, {"step": "dprd_approval", "status": "done", "date": dprd_day}],
    }
    a = paracheck.assess(Proposal.model_validate(data))
    assert a.pack.name == pack
    (check,) = [c for c in a.checks if c.rule_id == "REG-024"]
    assert check.status == "risk"
    # the head of region, by the title of a regency's (the pack's "Kepala Daerah")
    return [r.text.id for r in check.recommendations if r.owner == "Bupati"]


@pytest.mark.parametrize("pack", sorted(REGIMES))
def test_a_letter_recorded_as_signed_is_not_waited_for_one_not_yet_signed_is(pack):
    loi = {"step": "letter_of_intent", "status": "done", "date": REGIMES[pack][2]}
    said = _head_advice(pack, loi)
    assert len(said) == 1, said
    assert WAITING not in said[0], said
    assert "LoI yang sudah ditandatangani" in said[0] and "persetujuan ulang" in said[0]
    for status in ("pending", "in_progress"):
        said = _head_advice(pack, {"step": "letter_of_intent", "status": status})
        assert len(said) == 1 and said[0].startswith(WAITING), (status, said)


#: a signed MoU under each regime: its date, the DPRD's approval, then the LoI and the plan
#: finished after it, then the signing
SIGNED = {
    "permendagri-3-2008": ("2012-09-15", "2012-02-01", "2012-03-01", "2012-06-10"),
    "pp28-2018": ("2026-11-20", "2026-08-10", "2026-09-01", "2026-10-05"),
}


@pytest.mark.parametrize("pack", sorted(SIGNED))
def test_after_the_signing_the_order_is_reported_and_kemendagri_asked(pack):
    # trial 66 (Samarinda – Nantes): three weeks after the MoU was signed on a central approval
    # that rested on this order, REG-024 told the Wali Kota to bring the LoI back to the DPRD
    # "untuk dimintakan persetujuan ulang", a requirement no instrument states for a signed MoU
    day, dprd_day, later_day, signed_day = SIGNED[pack]
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Uji",
        "date": day,
        "stage": "mou_signed",
        "form": "sister_city",
        "local": {"name": "Kabupaten Uji", "level": "regency"},
        "partner": {"name": "City of X", "country": "AU", "level": "city"},
        "procedure": [
            {"step": "dprd_approval", "status": "done", "date": dprd_day},
            {"step": "letter_of_intent", "status": "done", "date": later_day},
            {"step": "cooperation_plan", "status": "done", "date": later_day},
            {"step": "signing", "status": "done", "date": signed_day},
        ],
    }
    a = paracheck.assess(Proposal.model_validate(data))
    assert a.pack.name == pack
    before = {"REG-024": "surat pernyataan kehendak (LoI) ditandatangani", "REG-048": "rencana"}
    for rule_id, earlier in before.items():
        (check,) = [c for c in a.checks if c.rule_id == rule_id]
        assert check.status == "risk", rule_id
        said = [(r.owner, r.text.id) for r in check.recommendations]
        assert not [text for _, text in said if "persetujuan ulang" in text], said
        # the head tells the DPRD, and the head's letter asks the Minister (review 340 M5)
        (asked,) = [text for _, text in said if "Menteri Dalam Negeri" in text]
        assert asked.startswith(
            "Laporkan kepada Bupati, untuk disampaikannya kepada DPRD, bahwa persetujuan DPRD"
        )
        assert earlier in asked
        assert "apakah persetujuan itu perlu diulang" in asked
        assert [owner for owner, text in said if text == asked] == ["Bagian Kerja Sama"]
