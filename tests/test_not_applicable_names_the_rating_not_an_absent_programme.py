"""A check split by exposure level that does not apply only because the rating is the other
level says so, and names the check that applies (wording review 23 A5).

TOC-007 said "Tidak berlaku: tidak ada sektor atau program yang memindahkan orang di wilayah
yang sangat rawan perdagangan orang" in memos whose programmes do move people, where the
trafficking rating was only medium; TOC-014 the same at high, TOC-010 for a fisheries sector
in waters rated high. An officer reads the main clause ("no programme moves people") and
finds it contradicted two lines above. The sentence about no such sector stays where there
is none.
"""

from __future__ import annotations

import pytest

import paracheck


def _proposal(sectors: list[dict], **security: object) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": "2026-11-10",
        "stage": "active",
        "local": {"name": "Provinsi Jawa Timur", "level": "province"},
        "sectors": sectors,
        "security": {"coordinating_agencies": [], **security},
    }


NURSES = [
    {
        "name": "health",
        "lead_agency": "Dinas Kesehatan Provinsi Jawa Timur",
        "programs": [{"name": "Magang perawat", "status": "ongoing", "moves_people": True}],
    }
]
FESTIVAL = [
    {
        "name": "culture",
        "lead_agency": "Dinas Kebudayaan Provinsi Jawa Timur",
        "programs": [{"name": "Festival", "status": "ongoing", "moves_people": False}],
    }
]
FISHERIES = [{"name": "fisheries", "lead_agency": "Dinas Kelautan dan Perikanan"}]
TEACHERS = [
    {
        "name": "education",
        "lead_agency": "Dinas Pendidikan Provinsi Jawa Timur",
        "programs": [{"name": "Magang guru SMK", "status": "planned", "moves_people": True}],
    }
]


def _not_applicable(proposal: dict, rule_id: str, lang: str) -> str:
    result = paracheck.assess(proposal)
    check = next(c for c in result.checks if c.rule_id == rule_id)
    assert check.status == "clear" and check.not_applicable is not None, (rule_id, check.status)
    memo = paracheck.render(result, "markdown", lang)
    reason = check.not_applicable.get(lang)
    assert reason in memo  # the reports show the sentence checked here
    return reason


@pytest.mark.parametrize(
    ("sectors", "field", "rating", "rule_id", "said", "points_to"),
    [
        (NURSES, "human_trafficking", "medium", "TOC-007", "sedang, bukan tinggi", ["TOC-014"]),
        (
            NURSES,
            "human_trafficking",
            "high",
            "TOC-014",
            "tinggi, bukan sedang",
            ["TOC-007", "TOC-008"],
        ),
        # the education sector's rungs of the ladder point to each other (fix32b), the
        # residual included (fix33a: TOC-017, no longer TOC-008)
        (TEACHERS, "human_trafficking", "medium", "TOC-015", "sedang, bukan tinggi", ["TOC-016"]),
        (
            TEACHERS,
            "human_trafficking",
            "high",
            "TOC-016",
            "tinggi, bukan sedang",
            ["TOC-015", "TOC-017"],
        ),
        (FISHERIES, "iuu_fishing", "medium", "TOC-001", "sedang, bukan tinggi", ["TOC-010"]),
        (
            FISHERIES,
            "iuu_fishing",
            "high",
            "TOC-010",
            "tinggi, bukan sedang",
            ["TOC-001", "TOC-002"],
        ),
    ],
)
def test_a_check_for_the_other_rating_says_the_rating_and_the_check_that_applies(
    sectors, field, rating, rule_id, said, points_to
):
    reason = _not_applicable(_proposal(sectors, **{field: rating}), rule_id, "id")
    assert said in reason
    assert not reason.startswith("tidak ada"), reason
    for other in points_to:
        assert other in reason
    english = _not_applicable(_proposal(sectors, **{field: rating}), rule_id, "en")
    assert f"recorded as {rating}" in english
    assert all(other in english for other in points_to)


@pytest.mark.parametrize("rating", ["low", "none"])
def test_a_low_or_absent_rating_is_said_as_such_where_programmes_move_people(rating):
    proposal = _proposal(NURSES, human_trafficking=rating, iuu_fishing=rating)
    for rule_id in ("TOC-007", "TOC-014"):
        assert _not_applicable(proposal, rule_id, "id") == (
            "kerawanan perdagangan orang tercatat rendah atau tidak ada"
        )


def test_where_nothing_moves_people_the_check_still_says_so():
    # TOC-007 and TOC-014 count workers and crews (trial 27 M1, fix32b), as TOC-008 does (fix33a)
    for rating, rule_id, moved in (
        ("medium", "TOC-007", "pekerja atau awak kapal"),
        ("high", "TOC-014", "pekerja atau awak kapal"),
        ("low", "TOC-007", "pekerja atau awak kapal"),
    ):
        reason = _not_applicable(_proposal(FESTIVAL, human_trafficking=rating), rule_id, "id")
        assert reason.startswith(f"tidak ada sektor atau program yang memindahkan {moved}"), reason
    reason = _not_applicable(_proposal(FESTIVAL, iuu_fishing="high"), "TOC-010", "id")
    assert reason.startswith("tidak ada kerja sama perikanan"), reason
