"""An MoU signed before its cooperation plan was verified is a finding of its own (REG-061),
as the signing before the DPRD's and the central government's approvals are (REG-020,
REG-023): province trial 480 M-1, Kalimantan Barat – Gangwon signed on 20 February 2024 and
verified on 15 July 2024, where REG-016 cleared once the verification was recorded and only
the order notice said "Tidak ada pemeriksaan yang menilai urutan itu"."""

from __future__ import annotations

from pathlib import Path

import paracheck

DATA = Path(__file__).parent / "data"
BEFORE = DATA / "prov480-05-kalbar-gangwon-2024.yaml"
AFTER = DATA / "prov480-05b-kalbar-gangwon-2024-sesudah.yaml"


def _check(a: paracheck.Assessment, rule: str):
    return next(c for c in a.checks if c.rule_id == rule)


def test_a_verification_recorded_after_the_signing_is_a_finding_reading_both_dates():
    a = paracheck.assess(paracheck.load_proposal(str(AFTER)))
    check = _check(a, "REG-061")
    assert check.status == "risk"
    read = {e.path for e in check.evidence}
    assert {"procedure.signing.date", "procedure.verification.date"} <= read
    # the order notice no longer says of this pair that no check weighs it
    said = " ".join(n.text.id for n in a.notices if n.code == "steps_out_of_order")
    assert "penandatanganan MoU (20 Februari 2024) bertanggal lebih awal" not in said


def test_a_verification_not_done_when_signed_is_left_to_reg_016_by_name():
    a = paracheck.assess(paracheck.load_proposal(str(BEFORE)))
    assert _check(a, "REG-016").status == "risk"
    aside = _check(a, "REG-061")
    assert aside.not_applicable is not None and "REG-016" in aside.not_applicable.id


def test_the_comparison_says_the_finding_moved_not_that_the_defect_was_mended():
    old = paracheck.assess(paracheck.load_proposal(str(BEFORE)))
    new = paracheck.assess(paracheck.load_proposal(str(AFTER)))
    said = " ".join(paracheck.render_diff(paracheck.diff(old, new), "text", "id").split())
    assert "REG-061" in said
    assert "MoU ditandatangani sebelum verifikasi rencana kerja sama selesai" in said


def test_while_the_central_approval_is_awaited_one_letter_to_the_minister_carries_both():
    # wording review 481 M4: REG-061 asked for a second letter to the Home Affairs Minister
    # beside REG-023's, about the same MoU
    a = paracheck.assess(paracheck.load_proposal(str(AFTER)))
    (action,) = [r for r in _check(a, "REG-061").recommendations]
    assert "muat hal itu dalam surat Gubernur kepada Menteri Dalam Negeri tentang persetujuan" in (
        action.text.id
    )
