"""A mining sector the file flags as a central asset gets one action, not two saying the same.

diff18 (closing note 13): REG-042 ("Libatkan kementerian atau BUMN pengelola, dan batasi
komitmen daerah …") and REG-043 ("Batasi kerja sama pertambangan pada hal yang menjadi
kewenangan daerah … konsultasikan … dengan Kementerian ESDM") both fired on one mining sector
and gave the Biro Kerja Sama two near-identical lines. One of them leaves that sector to the
other (``steps_aside`` per sector): REG-042 to REG-043 since practitioner trial 31 M6, of the
same weight, whose reason is the mining licence and whose advice names Kementerian ESDM. A
mining sector the file does not flag is no longer a risk on its name alone: REG-043 asks the
flag, and a sector flagged false is clear.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck


def _mining(stage: str, central_asset: bool | None, **fields: Any) -> paracheck.Assessment:
    sector: dict[str, Any] = {"name": "mining", "lead_agency": "Dinas ESDM Provinsi Sultra"}
    if central_asset is not None:
        sector["central_asset"] = central_asset
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama pertambangan",
        "date": "2023-03-01",
        "stage": stage,
        "form": "sister_province",
        "local": {"name": "Provinsi Sulawesi Tenggara", "level": "province"},
        "sectors": [sector],
        **fields,
    }
    return paracheck.assess(data)


@pytest.mark.parametrize("stage", ["proposal", "active"])
def test_a_mining_sector_held_by_the_centre_gets_one_action_from_one_finding(stage):
    a = _mining(stage, central_asset=True)
    checks = {c.rule_id: c for c in a.checks}
    assert checks["REG-043"].status == "risk"
    assert checks["REG-043"].severity == checks["REG-042"].severity == "high"
    assert checks["REG-042"].status == "clear" and checks["REG-042"].covered_by == "REG-043"
    mining = [act for act in a.actions if {"REG-042", "REG-043"} & set(act.rules)]
    assert len(mining) == 1, [act.text.id for act in mining]
    (act,) = mining
    assert act.rules == ["REG-043"] and act.counterpart == "Kementerian ESDM"
    assert act.text.id.startswith("Untuk sektor pertambangan, batasi kerja sama")
    memo = paracheck.render(a, "markdown", lang="id")
    assert "Dicatat pada REG-043" in memo


def test_a_mining_sector_not_flagged_is_asked_and_one_flagged_false_is_clear():
    # practitioner trial 31 M6: a mining sector whose only programme was cancelled was a
    # confirmed medium risk on its name alone
    asked = {c.rule_id: c for c in _mining("proposal", central_asset=None).checks}
    assert asked["REG-043"].status == "unknown"
    assert asked["REG-043"].missing == ["sectors[0].central_asset"]
    clear = {c.rule_id: c for c in _mining("proposal", central_asset=False).checks}
    assert clear["REG-043"].status == "clear"
    assert clear["REG-042"].status == "clear"


def test_another_sector_held_by_the_centre_keeps_the_general_advice():
    ports = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Pelabuhan",
            "date": "2023-03-01",
            "stage": "proposal",
            "sectors": [{"name": "ports_maritime", "central_asset": True}],
        }
    )
    texts = [act.text.id for act in ports.actions if "REG-042" in act.rules]
    assert texts == [
        "Libatkan kementerian, lembaga atau BUMN pengelolanya, dan batasi komitmen daerah "
        "dalam usulan dan rancangan naskah pada hal yang menjadi kewenangannya."
    ]
