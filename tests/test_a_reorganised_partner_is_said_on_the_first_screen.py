"""A partner that, on the day judged, no longer exists as the file writes it is said on the
memo's first screen (notice ``partner_reorganised``, additive in assessment/v2).

Vietnam's two-level local government from 1 July 2025: 29 provinces merged into others, and
no district or provincial-city governments any more. Held-out 87 (Kabupaten Belitung – "Phú
Quốc City", proposed in November 2026) read "Di Vietnam, kota adalah pemerintahan tingkat
kedua" of a city government gone for over a year.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import paracheck
from paracheck.facts import reference
from paracheck.facts.loader import parse_proposal_data

DATA = Path(__file__).parent / "data"


def _proposal(name: str, level: str, day: dt.date) -> paracheck.Proposal:
    data = paracheck.load_proposal(str(DATA / "holdout42-natuna-camau-2025.yaml")).model_dump(
        mode="json", exclude_none=True
    )
    data["date"] = day.isoformat()
    data["partner"]["name"] = name
    data["partner"]["level"] = level
    return parse_proposal_data(data)


def _notice(a: paracheck.Assessment, code: str = "partner_reorganised"):
    return [n for n in a.notices if n.code == code]


def test_a_merged_province_names_its_successor_from_the_day_of_the_merger() -> None:
    after = paracheck.assess(_proposal("Provinsi Kiên Giang", "province", dt.date(2026, 3, 2)))
    (notice,) = _notice(after)
    assert "sejak 1 Juli 2025 Provinsi Kiên Giang digabungkan ke dalam Provinsi An Giang" in (
        notice.text.id
    )
    assert "Kiên Giang Province has been merged into An Giang Province" in notice.text.en
    memo = " ".join(paracheck.render(after, "text", "id").split())  # lines wrapped at 100
    assert memo.index("digabungkan ke dalam Provinsi An Giang") < memo.index("RISIKO UTAMA")


def test_before_the_merger_the_same_province_is_said_as_it_was() -> None:
    before = paracheck.assess(_proposal("Kien Giang Province", "province", dt.date(2025, 6, 30)))
    assert not _notice(before)


def test_a_provincial_city_after_july_2025_is_no_comparable_level_and_is_said_gone() -> None:
    a = paracheck.assess(_proposal("Phú Quốc City", "city", dt.date(2026, 11, 18)))
    (notice,) = _notice(a)
    said = "Phú Quốc City tidak lagi ada sebagai pemerintahan tingkat distrik atau kota"
    assert said in notice.text.id
    (check,) = [c for c in a.checks if c.rule_id == "REG-002"]
    assert check.status != "clear"  # not ticked as an equal second-level unit
    assert reference.tier("city", "VN", "Phú Quốc City", dt.date(2025, 6, 30)) == 2


def test_a_centrally_run_city_and_a_province_that_took_others_in_are_not_said_gone() -> None:
    day = dt.date(2026, 11, 18)
    for name, level in (("Hanoi", "city"), ("Huế", "city"), ("Provinsi Cà Mau", "province")):
        assert not _notice(paracheck.assess(_proposal(name, level, day))), name


def test_the_batch_summary_says_it_in_a_few_words() -> None:
    a = paracheck.assess(_proposal("Sóc Trăng", "province", dt.date(2026, 1, 5)))
    assert "status pemerintahan mitra berubah" in paracheck.notice_notes(a, "id")
    assert "Kota Cần Thơ" in _notice(a)[0].text.id
