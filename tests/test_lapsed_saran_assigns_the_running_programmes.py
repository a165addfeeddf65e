"""Beside a lapsed MoU with a programme still running, the Saran the head of region signs
assigns the agency in charge of that programme now — to confirm what it rests on and to make
no new commitment with the partner until the head decides on the evaluation — and the notice
no longer tells it to "menghentikan sementara kegiatan bersama mitra", which for a
scholarship would strand its students abroad (wording review 26 A3: the Saran's first
sentence stated a fact and assigned no one; the agency appeared only in the notice, with
"agar")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report.advice import advice

#: a province's partnership whose MoU lapsed on 29 November 2025, judged on 5 October 2026,
#: a scholarship abroad still running and a trade mission cancelled
LAPSED: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister Province Sulawesi Tenggara – Western Australia",
    "date": "2026-10-05",
    "stage": "evaluation",
    "form": "sister_province",
    "local": {"name": "Provinsi Sulawesi Tenggara", "level": "province"},
    "partner": {"name": "State of Western Australia", "country": "AU", "level": "state"},
    "sectors": [
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan dan Kebudayaan Provinsi Sulawesi Tenggara",
            "programs": [
                {
                    "name": "Beasiswa teknik pertambangan di Perth",
                    "status": "ongoing",
                    "started": "2021-02-01",
                    "last_activity": "2026-08-30",
                }
            ],
        },
        {
            "name": "trade",
            "lead_agency": "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara",
            "programs": [{"name": "Misi dagang", "status": "cancelled"}],
        },
    ],
    "procedure": [{"step": "signing", "status": "done", "date": "2021-11-30"}],
    "agreement": {"signatory": "head_of_region", "expires": "2025-11-29"},
}
SCHOLARSHIP = "“Beasiswa teknik pertambangan di Perth”"
DINAS = "Dinas Pendidikan dan Kebudayaan Provinsi Sulawesi Tenggara"


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(Proposal.model_validate(copy.deepcopy(data)))


def test_the_saran_assigns_the_running_programmes_agency_before_the_evaluation() -> None:
    a = _assess(LAPSED)
    items = advice(a, "id")
    assert items[0] == (
        f"Masa berlaku MoU telah berakhir pada 29 November 2025, tetapi program {SCHOLARSHIP} "
        f"masih berjalan. {DINAS} ditugaskan segera memastikan dasar pelaksanaan program itu, "
        "tidak membuat komitmen baru dengan mitra, dan menghentikan sementara kegiatan yang "
        # the pause where it harms no participant, as the notice says (review 300, 3)
        "dapat dihentikan tanpa merugikan peserta, sampai "
        "Gubernur mengambil keputusan berdasarkan hasil evaluasi "
        # the finding on that programme is this sentence's (fix34a)
        "(REG-051)."
    )
    assert items[1].startswith("Biro Kerja Sama ditugaskan menyiapkan evaluasi kerja sama")
    english = advice(a, "en")
    assert english[0].startswith(
        f"The MoU's term ended on November 29, 2025, but the programme {SCHOLARSHIP} is still "
        f"running. Assign {DINAS} to confirm now what that programme rests on"
    )
    # the cancelled mission is not named
    assert "Misi dagang" not in items[0]
    # nothing running after the term: the Saran opens as before, in one item
    data = copy.deepcopy(LAPSED)
    data["sectors"][0]["programs"][0].update(status="done", last_activity="2025-06-01")
    a = _assess(data)
    assert advice(a, "id")[0].startswith(
        "Masa berlaku MoU telah berakhir pada 29 November 2025, dan tidak ada program yang "
        "tercatat masih berjalan sesudahnya. Biro Kerja Sama ditugaskan"
    )


def test_the_notice_asks_for_no_new_commitment_not_a_stop_of_the_scholarship() -> None:
    (notice,) = [n for n in _assess(LAPSED).notices if n.code == "mou_expired"]
    assert "menghentikan sementara kegiatan bersama mitra" not in notice.text.id
    assert (
        f"{SCHOLARSHIP} ({DINAS}); Perangkat Daerah pengampunya agar memastikan dasar "
        "pelaksanaannya dan tidak membuat komitmen baru dengan mitra sampai ada keputusan atas "
        "hasil evaluasi; kegiatan yang dapat dihentikan tanpa merugikan peserta agar dihentikan "
        "sementara."
    ) in notice.text.id
    assert "suspend the activities with the partner until" not in notice.text.en
    # the JSON carries the programmes for the reports (additive)
    assert [(p.name.id, p.agency) for p in notice.running or []] == [(SCHOLARSHIP, DINAS)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_running_programme_whose_sector_names_no_agency_is_the_cooperation_units(
    lang: str,
) -> None:
    data = copy.deepcopy(LAPSED)
    del data["sectors"][0]["lead_agency"]
    first = advice(_assess(data), lang)[0]
    unit = (
        "Biro Kerja Sama ditugaskan segera memastikan"
        if lang == "id"
        else "Assign the Cooperation Bureau to confirm now"
    )
    assert unit in first, first
