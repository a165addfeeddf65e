"""A verification of the cooperation plan still under way, asked for while the DPRD was
still deciding (REG-060): Jembrana – Yaizu's verification since 20 August 2025 beside the
DPRD's approval under way since 15 July drew no finding, and the Saran sent the proposal on
(dprd462 H1). The memo finds it and tells the cooperation unit what to send to the body
verifying; a verification asked for after the DPRD approved is no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "dprd462-verification-before-dprd-2025.yaml"


def _check(text: str) -> paracheck.Check:
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    (check,) = [c for c in a.checks if c.rule_id == "REG-060"]
    return check


def test_a_verification_asked_while_the_dprd_decides_is_a_finding_with_its_advice() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    (check,) = [c for c in a.checks if c.rule_id == "REG-060"]
    assert check.status == "risk"
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert (
        "REG-060 Verifikasi rencana kerja sama sedang berjalan, tetapi permohonannya diajukan "
        "sebelum persetujuan DPRD"
    ) in memo
    plan = memo[memo.index("RENCANA TINDAK LANJUT") : memo.index("LANGKAH PROSEDUR BERIKUTNYA")]
    # the DPRD deciding: its approval is not asked for again (wording review 462 L2)
    assert (
        "Persetujuan → Bagian Kerja Sama: Beri tahu instansi yang melakukan verifikasi bahwa "
        "rencana kerja sama masih menunggu persetujuan DPRD"
    ) in plan
    assert "bila persetujuan DPRD belum diajukan" not in plan


def test_the_saran_counts_the_verification_among_the_risks_to_follow() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    (saran,) = [s for s in paracheck.render(a, "text", "id").split("\n\n") if "Saran" in s][:1]
    assert "regulasi (satu)" in " ".join(saran.split())


_HEAD = """schema: paracheck/proposal/v1
title: Probe
date: 2025-10-01
stage: proposal
local: {name: Kabupaten Contoh, level: regency}
procedure:
"""


@pytest.mark.parametrize(
    ("dprd", "status"),
    [
        ("  - {step: dprd_approval, status: in_progress, date: 2025-07-15}\n", "risk"),
        ("  - {step: dprd_approval, status: done, date: 2025-09-22}\n", "risk"),
        ("  - {step: dprd_approval, status: done, date: 2025-07-15}\n", "clear"),
        ("  - {step: dprd_approval, status: done}\n", "unknown"),
    ],
)
def test_the_order_of_the_dprd_and_the_verification_asked_decides_it(dprd, status) -> None:
    text = _HEAD + dprd + "  - {step: verification, status: in_progress, date: 2025-08-20}\n"
    check = _check(text)
    assert check.status == status
    if status == "unknown":
        assert check.missing == ["procedure.dprd_approval.date"]


def test_a_verification_done_is_left_to_reg_047() -> None:
    text = (
        _HEAD
        + "  - {step: dprd_approval, status: in_progress, date: 2025-07-15}\n"
        + "  - {step: verification, status: done, date: 2025-08-20}\n"
    )
    check = _check(text)
    assert check.status == "clear"
    assert "REG-047" in check.not_applicable.get("id")
