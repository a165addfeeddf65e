"""A sector's agency drafts programmes and proposes; it does not take a sector out of an MoU
or a proposal, which the head of region settles with the partner (practitioner review 160:
the NTB example told "Perangkat Daerah yang akan ditetapkan mengampu sektor infrastruktur" to
"keluarkan sektor ini pada perubahan MoU berikutnya"), as HR-005 proposes a narrower scope
and does not decide it."""

from __future__ import annotations

from pathlib import Path

import paracheck

ROOT = Path(__file__).resolve().parents[1]


def test_imp_002_has_the_sector_agency_propose_dropping_its_sector() -> None:
    pack = paracheck.load_pack("pp28-2018")  # (the thesis rules are included in each pack)
    (rule,) = [r for r in pack.rules if r.id == "IMP-002"]
    agency = [r for r in rule.recommend if r.owner == "Perangkat Daerah pengampu sektor"]
    assert agency
    for rec in agency:
        assert "usulkan" in rec.text.id, rec.text.id
        assert "propose" in rec.text.en, rec.text.en
        assert "keluarkan sektor ini" not in rec.text.id
        assert "tetapkan" not in rec.text.id


def test_the_ntb_memo_has_the_agency_propose() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml")))
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "usulkan agar sektor ini dikeluarkan pada perubahan MoU berikutnya" in memo
    assert "atau keluarkan sektor ini" not in memo
