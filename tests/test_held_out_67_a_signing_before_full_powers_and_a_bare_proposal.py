"""Held-out 67: two proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes).

Kota Cilegon – Pohang-si, assessed in March 2017 under Permendagri 3/2008: the MoU signed two
weeks before the Surat Kuasa and the LoI signed after the DPRD's approval. "Risiko sedang"
where I wrote high: REG-021 is medium by an argued decision (its basis is Permendagri 3/2008 as
practised, at medium confidence; UU 24/2000 only defines Full Powers). Kept. REG-024's advice
for a signed MoU is to report the order and ask Kemendagri, not to seek the DPRD's approval
again.

Kota Sabang – Phuket City, a bare proposal (title, date, the two sides): "Belum lengkap", the
three questions that could block it first, Aceh's special autonomy noticed, no risk invented.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
CILEGON = DATA / "holdout67-cilegon-pohang-2017.yaml"
SABANG = DATA / "holdout67-sabang-phuket-2026.yaml"


def test_cilegon_is_medium_under_the_2008_practice_with_the_signed_cases_advice() -> None:
    assert_verdict_and_grounds(
        CILEGON,
        "medium_risk",
        {"REG-021", "REG-024"},
        {"REG-002", "REG-010", "REG-020", "REG-044", "BUD-003", "HR-002", "IMP-005", "GOV-021"},
        {"REG-019", "REG-042"},
    )
    a = assessed(CILEGON)
    assert a.pack.name == "permendagri-3-2008"
    reg024 = next(c for c in a.checks if c.rule_id == "REG-024")
    said = [r.text.id for r in reg024.recommendations]
    assert not [text for text in said if "persetujuan ulang" in text]
    assert any(
        text.startswith("Laporkan kepada Wali Kota, untuk disampaikannya kepada DPRD")
        for text in said
    )
    assert {s.ref for s in reg024.sources} & {"Permendagri 3/2008"}
    assert not [s for s in reg024.sources if s.ref == "Permendagri 25/2020"]


def test_a_bare_sabang_proposal_is_incomplete_and_asks_the_blocking_questions_first() -> None:
    a = assessed(SABANG)
    assert a.verdict == "incomplete"
    assert not [c for c in a.checks if c.status == "risk"]
    first_three = [set(q["checks"]) for q in view.question_groups(a, "id")[:3]]
    assert set().union(*first_three) == {"REG-007", "REG-030", "REG-040"}
    notices = {n.code: n for n in a.notices}
    assert "DPRK" in notices["special_autonomy"].text.id
    saran = advice(a, "id")
    assert any(s.startswith("Usulan belum dapat dinilai") for s in saran)


def test_the_partner_never_acts() -> None:
    for path in (CILEGON, SABANG):
        assert_partner_never_acts(path)
