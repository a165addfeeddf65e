"""Steps dated out of order reach the memo's first screen (attack 380 H1).

The procedure table named a done step dated before a step that should precede it on its
row, and nothing else did: the well-prepared example with its MoU signed before its text was
drafted with Kemlu and Kemendagri read "Kerja sama dapat dilanjutkan sesuai MoU: pemeriksaan
tidak menemukan risiko", and ``diff`` against the example said nothing changed. Where no risk
reads both dates (an order rule's finding says it already), the notice ``steps_out_of_order``
names the steps and their dates, and the officer checks them. The verdict is unchanged: no
check of the pack weighs that order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).parent.parent
DATA = ROOT / "tests" / "data"
WELL_PREPARED = ROOT / "examples" / "well-prepared-2023.yaml"


def _assessed(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _notice(path: Path) -> paracheck.Notice | None:
    found = [n for n in _assessed(path).notices if n.code == "steps_out_of_order"]
    assert len(found) <= 1
    return found[0] if found else None


def test_an_mou_signed_before_its_text_was_drafted_is_said_on_the_first_screen() -> None:
    path = DATA / "attack380-s2-drafting-after-signing.yaml"
    notice = _notice(path)
    assert notice is not None
    assert notice.text.id.startswith(
        "Tanggal langkah prosedur tidak berurutan: penyusunan naskah perjanjian bersama Kemlu "
        "dan Kemendagri (1 Maret 2023) bertanggal sesudah persetujuan pemerintah pusat "
        "(5 Desember 2022) dan penandatanganan MoU (8 Februari 2023), yang seharusnya "
        "menyusulnya."
    )
    a = _assessed(path)
    assert a.verdict == _assessed(WELL_PREPARED).verdict == "low_risk"
    first_screen = paracheck.render(a, "text", "id").split("RISIKO UTAMA")[0]
    assert "Tanggal langkah prosedur tidak berurutan" in " ".join(first_screen.split())
    english = paracheck.render(a, "text", "en")
    assert "Procedure steps are dated out of order" in " ".join(english.split())


def test_one_step_dated_before_two_is_said_in_one_clause() -> None:
    """The central approval dated before the DPRD's is REG-058's finding (attack 380 M1); the
    verification and the drafting it also precedes are the notice's, in one clause."""
    path = DATA / "attack380-s2-central-before-dprd.yaml"
    assert {c.rule_id for c in _assessed(path).checks if c.status == "risk"} >= {"REG-058"}
    notice = _notice(path)
    assert notice is not None
    assert (
        "persetujuan pemerintah pusat (1 Mei 2022) bertanggal lebih awal daripada verifikasi "
        "rencana kerja sama (30 Agustus 2022) dan penyusunan naskah perjanjian bersama Kemlu dan "
        "Kemendagri (12 Oktober 2022)."
    ) in notice.text.id
    assert "persetujuan DPRD" not in notice.text.id


def test_a_pair_an_order_rule_finds_is_left_to_its_finding() -> None:
    path = DATA / "attack380-s2-plan-after-signing.yaml"
    a = _assessed(path)
    assert {c.rule_id for c in a.checks if c.status == "risk"} >= {"REG-048"}
    notice = _notice(path)
    assert notice is not None
    # REG-048 reads the DPRD's approval and the plan: that pair is its finding, not the notice's
    assert "persetujuan DPRD" not in notice.text.id
    assert "rencana kerja sama (1 Maret 2023) bertanggal sesudah" in notice.text.id


def test_a_text_drafted_before_the_dprds_approval_is_noticed_beside_reg_020() -> None:
    """The example signed before the DPRD approved also had its text drafted in May 2021,
    four months before that approval: REG-020 weighs the signing, nothing weighed the
    drafting (trial 380 M2: drafting with the partner ahead of the DPRD and the
    verification, the commonest irregularity an evaluator sees)."""
    path = ROOT / "examples" / "signed-before-dprd-2021.yaml"
    notice = _notice(path)
    assert notice is not None
    assert (
        "penyusunan naskah perjanjian bersama Kemlu dan Kemendagri (20 Mei 2021) bertanggal "
        "lebih awal daripada persetujuan DPRD (20 September 2021)."
    ) in notice.text.id
    assert "penandatanganan MoU" not in notice.text.id  # REG-020's finding


@pytest.mark.parametrize(
    "name",
    [
        "well-prepared-2023.yaml",
        "ntb-zhejiang-2015.yaml",
        "regency-with-province-2021.yaml",
        "blocked-taiwan-2022.yaml",
    ],
)
def test_steps_in_order_give_no_such_notice(name: str) -> None:
    assert _notice(ROOT / "examples" / name) is None
