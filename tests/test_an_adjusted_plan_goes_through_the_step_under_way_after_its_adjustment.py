"""The Saran says the plan is adjusted before the step under way is finished, not after.

Review 280: held-out 274 with the partner's funds unrecorded (BUD-007) while the plan the
DPRD approved is being verified read "Usulan dapat diteruskan ke penyusunan naskah
perjanjian …, setelah verifikasi rencana kerja sama selesai, dengan syarat penyesuaian
rencana kerja sama pada butir 1 selesai": the verification under way seemed to finish
first, while item 1 sends the adjusted plan back to the DPRD and to verification again.
"""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck

KUPANG = Path(__file__).parent / "data" / "holdout274-kupang-vilnius-energi-2026-12.yaml"


def _unrecorded() -> paracheck.Assessment:
    data = yaml.safe_load(KUPANG.read_text(encoding="utf-8"))
    data["budget"]["partner_funds_recorded"] = False
    return paracheck.assess(data)


def test_the_adjustment_is_said_before_the_verification_under_way() -> None:
    flat = " ".join(paracheck.render(_unrecorded(), "text", "id").split())
    assert (
        "Usulan dapat diteruskan ke penyusunan naskah perjanjian bersama Kemlu dan Kemendagri "
        "setelah penyesuaian rencana kerja sama sebagaimana dimaksud pada butir 1 dan "
        "verifikasi rencana kerja sama selesai;"
    ) in flat
    assert "dengan syarat penyesuaian rencana kerja sama pada butir 1 selesai" not in flat
    # item 1 still sends the adjusted plan to verification again
    assert "lalu rencana yang diubah diajukan untuk diverifikasi lagi" in flat


def test_the_english_says_the_same_order() -> None:
    flat = " ".join(paracheck.render(_unrecorded(), "text", "en").split())
    assert "once the adjustment of the cooperation plan in item 1 and the verification" in flat


def test_without_an_adjustment_the_step_under_way_reads_as_before() -> None:
    flat = " ".join(
        paracheck.render(paracheck.assess(paracheck.load_proposal(KUPANG)), "text", "id").split()
    )
    assert "setelah verifikasi rencana kerja sama selesai" in flat
    assert "sebagaimana dimaksud pada butir" not in flat


def test_the_first_screen_says_the_adjustment_it_points_back_to() -> None:
    """Review 310, 2: the first screen showed "Saran (butir 2): … sebagaimana dimaksud pada
    butir 1 …" alone; butir 1, with the DPRD's new approval, was on the next page."""
    flat = " ".join(paracheck.render(_unrecorded(), "text", "id").split())
    first = flat.split("RISIKO UTAMA", 1)[0]
    # with the questions to answer first after the decision (review 340 H1)
    assert "Saran (butir 1, 2, dan 3): Rencana kerja sama yang telah disetujui DPRD" in first
    assert "untuk dimintakan persetujuan ulang" in first
    assert "sebagaimana dimaksud pada butir 1 dan verifikasi" in first
