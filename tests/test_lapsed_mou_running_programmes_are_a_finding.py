"""A lapsed MoU with programmes still running is a finding, REG-051, not a notice alone
(practitioner trial 29, fix34a).

Kumamoto (active, judged 1 October 2024): the MoU ended on 27 April 2024, apprentices still
in Kumamoto. The notice and the Saran said the programmes ran without a basis, but no check
fired, so the verdict was "Risiko rendah" and the score, the batch order and the checklist
left it out. Now the fact ``program.runs_after_mou`` (the notice's own test,
``labels.runs_after``) is read by REG-051 in both packs: a medium risk (3 x 4) whose action is
the evaluation's, said once in the Saran, beside the sentence naming the programmes.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.facts.decompose import decompose
from paracheck.facts.labels import running_after
from paracheck.facts.model import Proposal
from paracheck.report import view
from paracheck.report.advice import advice
from paracheck.rules.loader import load_pack

ROOT = Path(__file__).resolve().parents[1]
#: trial29's Kumamoto: a province, its MoU in force 28 April 2021 – 27 April 2024, judged on
#: 1 October 2024 with two programmes still running, nothing else found
KUMAMOTO: dict[str, Any] = yaml.safe_load(
    (ROOT / "tests" / "data" / "trial29-kumamoto-lapsed-running.yaml").read_text(encoding="utf-8")
)
#: a third sector whose exchange finished before the MoU's last day
FINISHED = {
    "name": "education",
    "lead_agency": "Dinas Pendidikan Provinsi Jawa Tengah",
    "programs": [{"name": "Pertukaran guru", "status": "done", "last_activity": "2023-11-20"}],
}


def _assess(data: dict[str, Any], **change: Any) -> paracheck.Assessment:
    data = copy.deepcopy(data)
    data.update(change)
    return paracheck.assess(Proposal.model_validate(data))


def _check(a: paracheck.Assessment, rule_id: str = "REG-051") -> Any:
    return next(c for c in a.checks if c.rule_id == rule_id)


def _idle(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every programme finished before the MoU's last day."""
    data = copy.deepcopy(data)
    for sector in data["sectors"]:
        for program in sector["programs"]:
            program.update(status="done", last_activity="2024-03-01")
    return data


def test_programmes_running_on_a_lapsed_mou_make_it_a_medium_risk_not_a_low_one() -> None:
    a = _assess(KUMAMOTO)
    check = _check(a)
    assert check.status == "risk"
    assert (check.severity, check.likelihood * check.impact) == ("medium", 12)
    assert a.verdict == "medium_risk"
    # nothing else in this file is a risk: the verdict is the finding's
    assert [c.rule_id for c in a.checks if c.status == "risk"] == ["REG-051"]


def test_nothing_running_after_the_end_is_no_finding() -> None:
    a = _assess(_idle(KUMAMOTO))
    assert "mou_expired" in {n.code for n in a.notices}
    assert _check(a).status == "clear"
    assert a.verdict == "low_risk"


def test_without_an_end_date_the_check_is_clear_not_a_question() -> None:
    data = copy.deepcopy(KUMAMOTO)
    del data["agreement"]
    assert _check(_assess(data)).status == "clear"
    # not even a question on the sectors when none are given
    del data["sectors"]
    check = _check(_assess(data))
    assert (check.status, check.missing) == ("clear", [])


def test_before_the_signing_the_check_is_not_due_yet() -> None:
    check = _check(_assess(KUMAMOTO, stage="proposal", procedure=[]))
    assert (check.status, check.due) == ("clear", False)
    assert check.not_applicable is None


def test_the_check_counts_the_programmes_the_notice_names_as_running() -> None:
    """One predicate: each programme's ``program.runs_after_mou`` is true exactly for those
    the lapsed-MoU notice names, whatever mix of status and dates it has."""
    data = copy.deepcopy(KUMAMOTO)
    data["sectors"].append(copy.deepcopy(FINISHED))
    data["sectors"][2]["programs"] += [
        {"name": "Dibatalkan", "status": "cancelled", "last_activity": "2024-06-01"},
        {"name": "Selesai sesudahnya", "status": "done", "last_activity": "2024-05-02"},
        {"name": "Direncanakan", "status": "planned", "started": "2024-07-01"},
        {"name": "Terhenti", "status": "stalled", "last_activity": "2023-01-01"},
        {"name": "Tanpa status", "last_activity": "2024-04-27"},
    ]
    proposal = Proposal.model_validate(data)
    ends = dt.date(2024, 4, 27)
    named = running_after(proposal, ends, "id")
    facts = decompose(proposal, dt.date(2024, 10, 1))
    running = [p for p in facts.programs if p.values.get("program.runs_after_mou")]
    # a programme without status, not active after the end nor idle long before it: whether
    # it runs is unknown, and its status is asked (attack 350 H1), not read as not running
    (unsure,) = [p for p in facts.programs if "program.runs_after_mou" not in p.values]
    assert unsure.values["program.name"] == "Tanpa status"
    assert {p.key for p in running} == {at for _, _, at in named}
    found = {f"“{p.values['program.name']}”" for p in running}
    assert found == {said for said, _, _ in named}
    assert found == {
        "“Pelatihan mitigasi gempa dan gunung api”",
        "“Pemagangan petani muda di Kumamoto”",
        "“Selesai sesudahnya”",
        "“Direncanakan”",
    }
    a = paracheck.assess(proposal)
    notice = next(n for n in a.notices if n.code == "mou_expired")
    counted = [e.value for e in _check(a).evidence if e.path.endswith(".name")]
    assert {f"“{name}”" for name in counted} == {p.name.id for p in notice.running}
    assert _check(a).status == "risk"  # the ones known to run decide it


def test_a_programme_without_status_near_the_end_leaves_the_check_open_asking_it() -> None:
    """Attack 350 H1: a lapsed MoU, one programme last active ten days before the end and no
    status: REG-051 cleared it, where "ongoing" made it a risk. Its status is asked."""
    data = copy.deepcopy(KUMAMOTO)
    data["sectors"] = [
        {"name": "trade", "programs": [{"name": "Misi dagang", "last_activity": "2024-04-17"}]}
    ]
    check = _check(paracheck.assess(Proposal.model_validate(data)))
    assert check.status == "unknown"
    assert check.missing == ["sectors[0].programs[0].status"]
    data["sectors"][0]["programs"][0]["status"] = "ongoing"
    assert _check(paracheck.assess(Proposal.model_validate(data))).status == "risk"


def test_the_saran_says_the_finding_once_beside_the_programmes_it_names() -> None:
    a = _assess(KUMAMOTO)
    items = advice(a, "id")
    with_code = [i for i, said in enumerate(items) if "REG-051" in said]
    assert with_code == [0]
    assert "Pemagangan petani muda di Kumamoto" in items[0]
    assert not any("menindaklanjuti" in said and "REG-051" in said for said in items)
    english = advice(a, "en")
    assert [i for i, said in enumerate(english) if "REG-051" in said] == [0]


def test_the_action_is_the_evaluations_with_the_running_programmes_agencies_only() -> None:
    a = _assess(KUMAMOTO, sectors=[*KUMAMOTO["sectors"], FINISHED])
    plan = dict(view.action_plan(a, "id"))
    acts = [
        act
        for act in plan["Evaluasi dan keputusan atas MoU yang telah berakhir"]
        if "REG-051" in act["rules"]
    ]
    assert len(acts) == 1
    who = acts[0]["who"]
    assert who.startswith("Biro Kerja Sama (bersama ")
    assert "BPBD Provinsi Jawa Tengah" in who
    assert "Dinas Pertanian dan Perkebunan Provinsi Jawa Tengah" in who
    assert "Dinas Pendidikan" not in who  # its exchange finished before the end
    # a regency's unit is its Bagian
    regency = copy.deepcopy(KUMAMOTO)
    regency["local"] = {"name": "Kabupaten Banyuwangi", "level": "regency"}
    regency["form"] = "sister_city"
    regency["partner"] = {
        "name": "Kota Beppu",
        "country": "JP",
        "level": "city",
        "kind": "regional_government",
    }
    plan = dict(view.action_plan(_assess(regency), "id"))
    acts = [
        act
        for act in plan["Evaluasi dan keputusan atas MoU yang telah berakhir"]
        if "REG-051" in act["rules"]
    ]
    assert acts[0]["who"].startswith("Bagian Kerja Sama (bersama ")


@pytest.mark.parametrize(
    ("signed", "expires", "judged", "pack"),
    [
        ("2014-04-28", "2019-04-27", "2019-10-01", "permendagri-3-2008"),
        ("2021-04-28", "2024-04-27", "2024-10-01", "pp28-2018"),
    ],
)
def test_both_regimes_find_it_under_one_id_with_their_own_sources(
    signed: str, expires: str, judged: str, pack: str
) -> None:
    a = _assess(
        KUMAMOTO,
        date=judged,
        procedure=[{"step": "signing", "status": "done", "date": signed}],
        agreement={"signatory": "head_of_region", "expires": expires},
    )
    assert a.pack.name == pack
    check = _check(a)
    assert check.status == "risk"
    refs = [s.ref for s in check.sources]
    if pack == "pp28-2018":
        assert "Permendagri 25/2020" in refs
        assert all("3/2008" not in ref for ref in refs)
    else:
        assert "Ringkasan praktik Permendagri 3/2008 (Bandung)" in refs
        assert all("25/2020" not in ref for ref in refs)
        assert "25/2020" not in check.why.id
    rules = {p: {r.id: r for r in load_pack(p).rules} for p in ("pp28-2018", "permendagri-3-2008")}
    assert rules["pp28-2018"]["REG-051"].severity == rules["permendagri-3-2008"]["REG-051"].severity
