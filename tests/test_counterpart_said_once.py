"""A recommendation names the body it acts with once: the owner line already says
"Perangkat Daerah pengampu sektor (bersama mitra)", so its text does not end "… batalkan
secara resmi bersama mitra" as well (trust17 #9, IMP-004; TOC-002 "… bersama KKP setiap
semester" beside "(bersama KKP)")."""

from __future__ import annotations

from paracheck.rules.loader import load_pack

PACKS = ("pp28-2018", "permendagri-3-2008")


def test_a_recommendation_does_not_repeat_the_body_its_owner_line_names() -> None:
    recs = [
        (name, rule.id, rec)
        for name in PACKS
        for rule in load_pack(name).rules
        for rec in rule.recommend
        if rec.counterpart is not None
    ]
    assert recs, "the shipped packs have recommendations with a counterpart"
    # the owner line reads "Owner (bersama X)": "bersama X" in the text says it a second time
    # ("kelompok kerja bersama dengan mitra", a joint group, is not that phrase)
    repeated = [
        f"{pack} {rule_id}: {rec.text.id}"
        for pack, rule_id, rec in recs
        if f"bersama {rec.counterpart_name.id}".lower() in rec.text.id.lower()
    ]
    assert not repeated, repeated


def test_reg_040_names_kemlu_once_in_its_owner_line() -> None:
    """Words19 C12: "Biro Kerja Sama (bersama Kemlu): Hapus … klausul …; bahas rumusan
    penggantinya dengan Kemlu." named Kemlu twice on one line."""
    for name in PACKS:
        rule = next(r for r in load_pack(name).rules if r.id == "REG-040")
        for rec in rule.recommend:
            assert rec.counterpart == "Kemlu"
            assert "Kemlu" not in rec.text.id and "Kemlu" not in rec.text.en, rec.text
