"""While the head of region decides whether to go on, the Saran names each group of risks
once, with the offices following it up.

Newcomer trial 24 (U1): the Sangihe–Glan renewal evaluation's Saran said "Bila kerja sama
dilanjutkan, tiga risiko sedang (HR-005, HR-004, IMP-020) ditindaklanjuti …" in sentence 2,
and sentence 3 ended "…; bila kerja sama dilanjutkan, Bagian Kerja Sama ditugaskan
menindaklanjuti tiga risiko sedang (HR-004, HR-005, IMP-020) …": the same three codes twice
running (trial 23 U2 was the same pattern with IMP-006). The decision now says who follows
that group up, and the assignment after it gives only the risks followed up whatever is
decided.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

import paracheck
from paracheck.report.advice import _held_now, advice

DATA = Path(__file__).parent / "data" / "trial24-sangihe-glan-evaluation.yaml"
CODE = re.compile(r"\b[A-Z]{2,3}-\d{3}\b")


def _assessed(**changes: object) -> paracheck.Assessment:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data.update(changes)
    return paracheck.assess(data, as_of=data["date"])


def _codes_by_sentence(saran: list[str]) -> list[set[str]]:
    return [set(CODE.findall(sentence)) for sentence in saran]


def test_each_risk_is_named_in_one_sentence_of_the_renewal_saran():
    a = _assessed()
    for lang in ("id", "en"):
        saran = advice(a, lang)
        seen: dict[str, int] = {}
        for i, codes in enumerate(_codes_by_sentence(saran)):
            for code in codes:
                assert code not in seen, (code, seen[code], i, saran)
                seen[code] = i


def test_the_group_held_for_going_on_is_named_once_with_its_office():
    a = _assessed()
    saran = advice(a, "id")
    held = _held_now(a)
    # HR-005 no longer weighs the finished trade sector against the one officer (trial 32
    # M7): two of the three sectors are still to follow, so it is not among them
    risks = {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "medium"}
    continued = {"HR-004", "HR-005", "IMP-020"} & risks
    assert continued == {"HR-004", "IMP-020"}
    assert continued.isdisjoint(held)
    decision = saran[1]
    words = {2: "dua", 3: "tiga"}
    assert decision.startswith(
        f"Bila kerja sama dilanjutkan, {words[len(continued)]} risiko sedang, yaitu "
    )
    assert "ditindaklanjuti oleh Bagian Kerja Sama sesuai rencana tindak lanjut" in decision
    assert set(CODE.findall(decision)) == continued
    # the risks followed up whatever is decided: assigned in their own sentence, unconditioned
    assigning = [s for s in saran if "ditugaskan menindaklanjuti" in s]
    assert len(assigning) == 1
    assert set(CODE.findall(assigning[0])) == held
    assert "bila kerja sama dilanjutkan" not in assigning[0].lower()
    english = advice(a, "en")[1]
    assert english.startswith("If the cooperation goes on, assign the Cooperation Section to")


def test_an_evaluation_mid_term_names_each_group_once_too():
    """The evaluation stage with the MoU running on (no notice of its end): the same two
    groups, each named once."""
    a = _assessed(agreement={"signatory": "head_of_region", "expires": dt.date(2029, 2, 25)})
    saran = advice(a, "id")
    assert saran[1].startswith("Bila kerja sama dilanjutkan, ")
    assert "ditindaklanjuti oleh" in saran[1]
    codes = _codes_by_sentence(saran)
    assert all(codes[i].isdisjoint(codes[j]) for i in range(len(codes)) for j in range(i)), saran


def test_a_running_partnership_still_points_back_to_the_risks_its_decision_named():
    """No decision pending (stage active, the MoU running on): one group, named in the
    decision with the offices following it up (review 310, 13: the assignment pointing back
    to it, "risiko tersebut", was one instruction in two items)."""
    a = _assessed(
        stage="active", agreement={"signatory": "head_of_region", "expires": dt.date(2029, 2, 25)}
    )
    saran = advice(a, "id")
    assert "ditindaklanjuti oleh" in saran[0], saran
    assert not any("risiko tersebut" in s for s in saran), saran
