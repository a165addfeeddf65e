"""A fisheries sector said not to touch capture fishing at sea moves no fishing crews by its
kind (review 320 M1): a regency's fish-processing course, whether it moves people left empty,
read in the form as "memindahkan pekerja atau awak kapal" (TOC-014, a risk) even after the
form's own help had the officer answer "tidak" to capture fishing. Written before the change:
with capture fishing denied, the sector counts only through a programme said to move workers;
with capture fishing not given, or a programme said to move workers, it counts as before.
After the first run: a programme of such a sector whose moving people is not given is asked,
as in a sector of any other kind (absent is not false, nor true)."""

from __future__ import annotations

import pytest

import paracheck


def _proposal(**sector) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kabupaten Banyuwangi – kota di Jepang",
        "date": "2026-11-20",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kabupaten Banyuwangi", "level": "regency"},
        "partner": {"name": "Kota Contoh", "country": "JP", "level": "municipality"},
        "security": {"human_trafficking": "medium", "coordinating_agencies": []},
        "sectors": [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Perikanan",
                "programs": [
                    {
                        "name": "Pelatihan pengolahan hasil perikanan",
                        "status": "planned",
                        **sector.pop("program", {}),
                    }
                ],
                **sector,
            }
        ],
    }


def _toc014(proposal: dict) -> paracheck.Check:
    return next(c for c in paracheck.assess(proposal).checks if c.rule_id == "TOC-014")


def test_processing_only_with_moving_people_left_empty_is_asked_not_found():
    check = _toc014(_proposal(capture_fishing=False))
    assert check.status == "unknown"
    assert check.missing == ["sectors[0].programs[0].moves_people"]


def test_processing_only_moving_nobody_does_not_apply():
    check = _toc014(_proposal(capture_fishing=False, program={"moves_people": False}))
    assert check.status == "clear"
    assert check.not_applicable is not None


def test_capture_fishing_not_given_counts_the_sector_by_its_kind_as_before():
    assert _toc014(_proposal()).status == "risk"


@pytest.mark.parametrize("capture", [True, False])
def test_a_programme_said_to_move_workers_counts_whatever_the_fishing(capture):
    moving = {"moves_people": True, "people_moved": "workers"}
    assert _toc014(_proposal(capture_fishing=capture, program=moving)).status == "risk"
