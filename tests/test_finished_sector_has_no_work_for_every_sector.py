"""Advice for every sector (``every_sector``: IMP-007's implementing agreement per sector,
REG-041's training in the action plan) skips a sector with nothing left to do, whose
programmes have all finished or been cancelled; its agency gets the finished sector's own
note instead (IMP-012). Held-out 32: the Tarakan–Tawau memo of 2019 told Dinas Pendidikan to
draw up a PKS and put training into the action plan for a teacher exchange finished in 2017.
Where every sector is finished, the advice stays with all their agencies, as before."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

FILE = Path(__file__).parent / "data" / "holdout32-tarakan-tawau-2019.yaml"
EDUCATION = "Dinas Pendidikan Kota Tarakan"
TRADE = "Dinas Perdagangan, Koperasi dan UMKM Kota Tarakan"
TOURISM = "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kota Tarakan"


def _owners(a: paracheck.Assessment, rule: str) -> list[str]:
    return [
        act["who"] for _, acts in view.action_plan(a, "id") for act in acts if rule in act["rules"]
    ]


def test_a_finished_sector_gets_no_advice_for_every_sector():
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    for rule in ("IMP-007", "REG-041"):
        owners = _owners(a, rule)
        assert any(TRADE in who for who in owners), (rule, owners)
        assert any(TOURISM in who for who in owners), (rule, owners)
        assert not any(EDUCATION in who for who in owners), (rule, owners)
    # its own note goes to it
    assert any(EDUCATION in who for who in _owners(a, "IMP-012")), _owners(a, "IMP-012")
    # with every sector finished, the advice stays with all their agencies, as before
    text = FILE.read_text(encoding="utf-8")
    for status in ("stalled", "ongoing"):
        text = text.replace(f"status: {status}", "status: done")
    a = paracheck.assess(paracheck.load_proposal_text(text))
    owners = _owners(a, "IMP-007")
    assert owners, [c.rule_id for c in view.risks(a)]
    for agency in (TRADE, TOURISM, EDUCATION):
        assert any(agency in who for who in owners), (agency, owners)


def test_two_offices_one_holding_a_comma_are_joined_by_serta():
    """Held-out 32: "Dinas Perdagangan, Koperasi dan UMKM Kota Tarakan; dan Bagian Kerja
    Sama ditugaskan pula …": "; dan" beside the name's own "dan"."""
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    said = " ".join(advice(a, "id"))
    assert f"{TRADE} serta Bagian Kerja Sama ditugaskan pula" in said, said
    assert "; dan " not in said, said
    # two offices: "serta" alone; a list of more parts its items by semicolons, the last
    # joined by "; serta" (the sentence counting the other risks, review 200, 13)
    (two,) = [s for s in advice(a, "id") if "ditugaskan pula" in s]
    assert "; serta" not in two and ";" not in two.split(" ditugaskan")[0], two
    english = " ".join(advice(a, "en"))
    assert f"{TRADE} and the Cooperation Section" in english, english
