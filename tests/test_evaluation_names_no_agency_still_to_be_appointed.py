"""Beside a lapsed MoU the cooperation unit reviews each sector in the evaluation due now with
the sectors' lead agencies, but not with an agency still to be appointed: nobody will appoint it
unless a new MoU is signed, and it took no part in what the sector did (dprd430: Kaltim –
Sichuan, lapsed in 2021, read "Biro Kerja Sama (bersama …; Perangkat Daerah yang akan
ditetapkan mengampu sektor penanaman modal): Tinjau kegiatan sektor ini dalam evaluasi kerja
sama"). The plan for a new MoU still names the agency to be appointed."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render

KALTIM = Path(__file__).parent / "data" / "dprd430-kaltim-sichuan-2016-oversight.yaml"
REVIEW = {
    "id": "Tinjau kegiatan sektor ini dalam evaluasi kerja sama",
    "en": "Review this sector's activities in the evaluation",
}
TO_APPOINT = {"id": "yang akan ditetapkan mengampu sektor", "en": "to be appointed"}


def _lines(lang: str) -> list[str]:
    """The memo's plan lines, each action joined into one line."""
    a = paracheck.assess(paracheck.load_proposal(str(KALTIM)))
    memo = render(a, "text", lang)
    return [" ".join(part.split()) for part in memo.split("→")]


def test_the_evaluation_review_names_the_agencies_that_lead_a_sector_only() -> None:
    (review,) = [line for line in _lines("id") if REVIEW["id"] in line]
    assert review.startswith(
        "Biro Kerja Sama (bersama Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Timur):"
    )
    assert "sektor penanaman modal" in review  # the sector stays among the ones reviewed


def test_the_plan_for_a_new_mou_still_names_the_agency_to_be_appointed() -> None:
    lines = _lines("id")
    later = [line for line in lines if TO_APPOINT["id"] in line]
    assert later and not [line for line in later if REVIEW["id"] in line]
    assert any("Jadwalkan ulang program ini" in line for line in later)


def test_the_english_review_names_no_agency_to_be_appointed_either() -> None:
    reviews = [line for line in _lines("en") if "in the evaluation" in line.lower()]
    assert reviews
    assert not [line for line in reviews if TO_APPOINT["en"] in line]


def test_the_annex_gives_a_programme_judged_in_the_evaluation_to_named_agencies_only() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(KALTIM)))
    memo = " ".join(render(a, "text", "id").split())
    annex = memo[memo.index("Lampiran") :]
    judged = "Nilai dalam evaluasi kerja sama apakah program ini diteruskan"
    at = annex.index(judged)
    said = annex[annex.rindex("→", 0, at) : at]
    assert "Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Timur" in said
    assert TO_APPOINT["id"] not in said
