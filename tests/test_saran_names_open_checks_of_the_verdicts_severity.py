"""Beside a high-risk verdict, the Saran names the open high-severity checks that could add a
condition, not only those that could make the verdict worse.

Held-out 25 (Kalimantan Barat – Sarawak, 2019, before the DPRD's approval): the Saran read
"Usulan dapat diteruskan ke persetujuan DPRD, …, dengan syarat satu risiko tinggi (REG-042)
ditindaklanjuti" while the energy sector's lead agency was not given (IMP-001, high, open):
the DPRD would read one condition where the file may hold two. The questions section asked
it; the Saran, the part the head of region signs, did not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data" / "kalbar-sarawak-proposal-2019.yaml"


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _saran(data: dict[str, Any], lang: str = "id") -> list[str]:
    return advice(paracheck.assess(data), lang)


def test_a_high_risk_proposal_is_told_to_answer_an_open_high_check_before_it_goes_on():
    saran = _saran(_data())
    assert saran[0].startswith("Usulan dapat diteruskan ke persetujuan DPRD")
    assert (
        "Sebelum usulan diteruskan, Biro Kerja Sama ditugaskan menjawab lebih dulu pertanyaan "
        "nomor 1 pada daftar pertanyaan (IMP-001): jawabannya dapat menambah risiko tinggi "
        "yang harus ditindaklanjuti."
    ) in saran
    assert "the answers could add high risks to follow up" in " ".join(_saran(_data(), "en"))


def test_no_such_sentence_once_the_open_check_is_answered():
    data = _data()
    data["sectors"][2]["lead_agency"] = "Dinas Energi dan Sumber Daya Mineral"
    a = paracheck.assess(data)
    assert a.verdict == "high_risk"
    assert not any(c.status == "unknown" and c.severity == "high" for c in a.checks)
    assert not any("menambah risiko tinggi" in s for s in advice(a, "id"))


def test_a_check_open_only_for_a_step_of_unknown_status_is_left_to_the_steps_sentence():
    data = _data()
    data["sectors"][2]["lead_agency"] = "Dinas Energi dan Sumber Daya Mineral"
    data["stage"] = "mou_signed"
    data["agreement"] = {"signatory": "head_of_region", "expires": "2024-07-31"}
    data["procedure"] = [e for e in data["procedure"] if e["step"] != "dprd_approval"] + [
        {"step": "dprd_approval", "status": "unknown"},
        {"step": "signing", "status": "done", "date": "2019-08-01"},
    ]
    a = paracheck.assess(data)
    opened = {c.rule_id for c in a.checks if c.status == "unknown" and c.severity == "high"}
    assert opened == {"REG-010", "REG-020"}  # the DPRD's approval, open for its step's status only
    saran = " ".join(advice(a, "id"))
    assert "menambah risiko tinggi" not in saran
    assert "Status langkah persetujuan DPRD belum diketahui" in saran  # the steps sentence


def test_a_medium_risk_verdict_gets_no_such_sentence():
    data = _data()
    data["sectors"][2]["central_asset"] = False
    a = paracheck.assess(data)
    assert a.verdict != "high_risk"
    assert not any("menambah risiko tinggi" in s for s in advice(a, "id"))
