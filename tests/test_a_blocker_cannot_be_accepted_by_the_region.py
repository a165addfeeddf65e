"""A blocker rests on a prohibition or requirement of the regulations (no diplomatic relations,
a representative office abroad, an absolute affair of the centre, a partner's role in domestic
affairs): it is dealt with, and no official of the region can accept it. An acceptance in
`accepted_risks` of a blocker is not applied: the check stays a risk, the verdict stays
blocked, and the notice ``waiver_refused`` says why on the first screen (held-out 84: Kota
Bekasi – Haifa with "REG-001 accepted by the Wali Kota Bekasi" read "Risiko sedang … dapat
diteruskan"). An acceptance of any other risk is applied as before."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

import paracheck

BEKASI = Path(__file__).parent / "data" / "holdout71-bekasi-haifa-2026.yaml"


def _with_waivers(*waivers: dict) -> paracheck.Assessment:
    data = yaml.safe_load(BEKASI.read_text("utf-8"))
    data = copy.deepcopy(data)
    data["accepted_risks"] = list(waivers)
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def _waiver(rule: str, until: str = "2027-12-31") -> dict:
    return {
        "rule": rule,
        "reason": "Kerja sama air bersih dianggap penting bagi warga",
        "accepted_by": "Wali Kota Bekasi",
        "until": until,
    }


def test_an_accepted_blocker_stays_a_blocker_and_the_notice_says_why() -> None:
    a = _with_waivers(_waiver("REG-001"))
    assert a.verdict == "blocked"
    (check,) = [c for c in a.checks if c.rule_id == "REG-001"]
    assert (check.status, check.waiver) == ("risk", None)
    (notice,) = [n for n in a.notices if n.code == "waiver_refused"]
    assert notice.text.id.startswith(
        "Penerimaan risiko “Indonesia tidak memiliki hubungan diplomatik"
    )
    assert "oleh Wali Kota Bekasi tidak dapat dipakai: risiko penghambat" in notice.text.id
    assert "no official of the region can accept it" in notice.text.en
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert memo.index("tidak dapat dipakai: risiko penghambat") < memo.index("RISIKO UTAMA")
    assert "RISIKO YANG DITERIMA" not in memo


def test_another_risk_beside_it_is_still_accepted() -> None:
    a = _with_waivers(_waiver("REG-001"), _waiver("HR-002"))
    status = {c.rule_id: c.status for c in a.checks}
    assert (status["REG-001"], status["HR-002"]) == ("risk", "accepted")
    assert [n.code for n in a.notices if n.code.startswith("waiver")] == ["waiver_refused"]


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html", "text"])
def test_every_format_renders_the_refusal(fmt: str) -> None:
    a = _with_waivers(_waiver("REG-001"))
    said = {"id": "tidak dapat dipakai: risiko penghambat", "en": "cannot be used: a blocker"}
    for lang in ("id", "en"):
        out = paracheck.render(a, fmt, lang)
        if fmt in ("json", "csv"):
            assert "waiver_refused" in out
        else:
            assert said[lang] in " ".join(out.split()), lang


def test_a_lapsed_acceptance_of_a_blocker_is_said_lapsed_not_refused() -> None:
    a = _with_waivers(_waiver("REG-001", until="2026-01-31"))
    codes = [n.code for n in a.notices if n.code.startswith("waiver")]
    assert codes == ["waiver_lapsed"]
    assert a.verdict == "blocked"


def test_an_acceptance_of_a_blocker_whose_check_is_clear_is_refused_too() -> None:
    data = yaml.safe_load(BEKASI.read_text("utf-8"))
    data["partner"] = {**data["partner"], "name": "Suwon City", "country": "KR"}
    data["partner"]["language"] = "ko"
    data["accepted_risks"] = [_waiver("REG-001")]
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert {c.rule_id: c.status for c in a.checks}["REG-001"] == "clear"
    codes = [n.code for n in a.notices if n.code.startswith("waiver")]
    assert codes == ["waiver_refused"]
