"""A check's "Tidak menjadi temuan bila" is general: it may say what an agency the file
could record does not count for, but never as if the file recorded it. TOC-003's read "Bea
Cukai yang tercatat diajak berkoordinasi tidak menggantikan BNN" under the NTB example,
which records no agency at all (practitioner review 160)."""

from __future__ import annotations

from pathlib import Path

import paracheck

ROOT = Path(__file__).resolve().parents[1]


def test_no_clearing_condition_says_an_agency_is_recorded() -> None:
    for name in paracheck.pack_names():
        for rule in paracheck.load_pack(name).rules:
            if rule.clears_when is None:
                continue
            assert "yang tercatat diajak berkoordinasi" not in rule.clears_when.id, rule.id
            assert "Cukai recorded among" not in rule.clears_when.en, rule.id


def test_the_ntb_memo_says_bea_cukai_only_as_a_case() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml")))
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "Koordinasi dengan Bea Cukai saja tidak menggantikan keterlibatan BNN" in memo
