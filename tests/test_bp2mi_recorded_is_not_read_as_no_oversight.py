"""A worker placement BP2MI coordinates is not described as watched by nobody.

Practitioner trial 32 M1: Kendal–Tsuruoka's technical interns, BP2MI recorded, read
"… tanpa pengawasan Imigrasi atau Polri". The check still asks for Imigrasi or Polri (no
instrument in the regulation notes ties BP2MI to it), but the title says what is missing
and the reason says BP2MI is recorded and why paracheck does not weigh it. The advice keeps
naming the sector's own agency (Disnaker) with Imigrasi.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

FILE = Path(__file__).parent / "data" / "trial32-kendal-tsuruoka-2024.yaml"
RECORDED = {
    "id": "BP2MI/KP2MI tercatat diajak berkoordinasi",
    "en": "BP2MI/KP2MI is recorded among",
}


def _data(**security: Any) -> dict[str, Any]:
    data = copy.deepcopy(yaml.safe_load(FILE.read_text(encoding="utf-8")))
    data["security"].update(security)
    return data


def _check(data: dict[str, Any], rule_id: str) -> paracheck.Check:
    a = paracheck.assess(data, as_of=data["date"])
    return next(c for c in a.checks if c.rule_id == rule_id)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_title_says_imigrasi_and_polri_are_not_recorded_not_that_nobody_watches(lang):
    for rule_id in ("TOC-007", "TOC-014"):
        title = paracheck.load_pack("pp28-2018").rule(rule_id).title.get(lang)
        assert "tanpa pengawasan" not in title
        assert "oversight" not in title
        assert ("tidak tercatat ikut mengawasi" if lang == "id" else "recorded as overseeing") in (
            title
        )


@pytest.mark.parametrize(("rule_id", "level"), [("TOC-014", "medium"), ("TOC-007", "high")])
def test_bp2mi_recorded_is_said_in_the_reason_of_the_finding_it_does_not_clear(rule_id, level):
    data = _data(human_trafficking=level)
    assert data["security"]["coordinating_agencies"] == ["BP2MI"]
    check = _check(data, rule_id)
    assert check.status == "risk"
    assert RECORDED["id"] in check.why.id
    assert RECORDED["en"] in check.why.en
    assert "Imigrasi atau Polri" in check.why.id


def test_without_bp2mi_the_reason_does_not_mention_it():
    for agencies in ([], ["Bea Cukai"]):
        check = _check(_data(coordinating_agencies=agencies), "TOC-014")
        assert check.status == "risk"
        assert "BP2MI" not in check.why.id
    data = _data()
    del data["security"]["coordinating_agencies"]
    check = _check(data, "TOC-014")
    assert "BP2MI" not in check.why.id


def test_the_advice_still_names_the_sectors_agency_with_imigrasi():
    a = paracheck.assess(_data(), as_of=_data()["date"])
    memo = paracheck.render(a, "markdown", "id")
    section = memo.split("### TOC-014", 1)[1].split("\n### ", 1)[0]
    lead = _data()["sectors"][1]["lead_agency"]
    assert f"**{lead} (bersama Kantor Imigrasi)**" in section
