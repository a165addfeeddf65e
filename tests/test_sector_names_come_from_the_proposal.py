"""Sector and programme names come from the proposal itself, not from whichever check read
them (practitioner trial 25 W2): under Permendagri 3/2008 no check reads every sector's name,
so ``paracheck diff`` matched sectors by their place and reported an environment sector
added in front of culture and industry as "sektor ke-2", the unchanged culture sector as
"baru", and the memo called the culture sector "sektor ke-1" without its field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.engine.model import item_names
from paracheck.report.messages import message

DATA = Path(__file__).resolve().parent / "data"
#: Kota Madiun – Ōmuta, MoU signed 2007, judged 2009: sectors culture (idle since 2008,
#: programme done, here running) and industry (no programme, no agency)
MADIUN = DATA / "trial25-madiun-omuta-2009.yaml"

ENVIRONMENT = {
    "name": "environment",
    "lead_agency": "Kantor Lingkungan Hidup Kota Madiun",
    "programs": [
        {
            "name": "Bank sampah percontohan",
            "status": "ongoing",
            "budget_idr": 50_000_000,
            "last_activity": "2009-05-02",
            "moves_people": False,
        }
    ],
}


def _assess(date: str = "2009-06-15", front: dict[str, Any] | None = None) -> paracheck.Assessment:
    data = yaml.safe_load(MADIUN.read_text(encoding="utf-8"))
    data["date"] = date
    # the culture programme still running, idle since 2008: a sector whose programmes had all
    # finished is no longer idle (practitioner trial 28 #4)
    for program in data["sectors"][0]["programs"]:
        if program.get("status") == "done":
            program["status"] = "ongoing"
    if front is not None:
        data["sectors"].insert(0, front)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))


def test_the_assessment_carries_each_sectors_and_programmes_name():
    a = _assess()
    assert a.pack.name == "permendagri-3-2008"
    assert a.proposal.sector_names == ["culture", "industry"]
    assert a.proposal.program_names == [["Kunjungan budaya pelajar"], []]
    doc = json.loads(a.to_json())
    assert doc["proposal"]["sector_names"] == ["culture", "industry"]
    assert doc["proposal"]["program_names"] == [["Kunjungan budaya pelajar"], []]
    names = item_names(a)
    assert names["sectors[0].name"] == "culture"
    assert names["sectors[1].name"] == "industry"
    assert names["sectors[0].programs[0].name"] == "Kunjungan budaya pelajar"


def test_a_sector_added_in_front_is_the_one_added_under_permendagri_3_2008():
    d = paracheck.diff(_assess(), _assess("2009-12-15", ENVIRONMENT))
    assert [(s.path, s.name) for s in d.sectors_added] == [("sectors[0]", "environment")]
    assert d.sectors_removed == []
    # IMP-005 (no activity for six months) finds culture in both versions, and environment
    # (last active in May 2009, judged in December) anew
    (idle,) = [c for c in d.items_changed if c.rule_id == "IMP-005"]
    gone, kept, new = idle.item_changes()
    assert gone == []
    assert [(i.path, i.name) for i in kept] == [("sectors[1]", "culture")]
    assert [(i.path, i.name) for i in new] == [("sectors[0]", "environment")]


def test_across_regimes_sectors_are_matched_by_name():
    old, new = _assess(), _assess("2021-06-15", ENVIRONMENT)
    assert old.pack.name != new.pack.name
    d = paracheck.diff(old, new)
    assert [(s.path, s.name) for s in d.sectors_added] == [("sectors[0]", "environment")]
    assert d.sectors_removed == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_diff_names_the_added_sector_in_every_format(lang):
    d = paracheck.diff(_assess(), _assess("2009-12-15", ENVIRONMENT))
    place = "sektor ke-1 (lingkungan hidup)" if lang == "id" else "sector 1 (environment)"
    added = message("diff.sector_added", lang, place=place)
    for fmt in ("text", "markdown"):
        out = " ".join(paracheck.render_diff(d, fmt, lang).split())
        assert " ".join(added.split()) in out, fmt
    assert paracheck.diff_view(d, lang).sectors == (added,)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_names_an_idle_sector_by_its_field_under_permendagri_3_2008(lang):
    a = _assess()
    idle = next(c for c in a.checks if c.rule_id == "IMP-005")
    assert idle.status == "risk"
    named = "sektor kebudayaan" if lang == "id" else "culture sector"
    assert paracheck.report.view.items(idle, lang, a) == named
    out = " ".join(paracheck.render(a, "markdown", lang).split())
    assert named in out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_question_names_each_of_two_programmes_with_one_name(lang):
    """Every programme's name is known now: two programmes called alike, in two sectors,
    would read as one by their name alone ("untuk program “Studi banding”")."""
    data = yaml.safe_load(MADIUN.read_text(encoding="utf-8"))
    data["sectors"][0]["programs"].append({"name": "Studi banding"})
    data["sectors"][1]["programs"] = [{"name": "Studi banding"}]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    status = next(q for q in a.questions if q.path == "sectors[0].programs[1].status")
    (group,) = [
        g
        for g in paracheck.report.view.question_groups(a, lang)
        if g["text"] == status.text.get(lang)
    ]
    if lang == "id":
        first = "sektor kebudayaan, program ke-2 (“Studi banding”)"
        second = "sektor perindustrian, program ke-1 (“Studi banding”)"
    else:
        first = "culture sector, programme 2 (“Studi banding”)"
        second = "industry sector, programme 1 (“Studi banding”)"
    assert first in group["where"]
    assert second in group["where"]
