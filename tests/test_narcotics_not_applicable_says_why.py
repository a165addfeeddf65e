"""The narcotics checks that do not apply say why in plain words: no flow of people or goods,
a low route rating, or the route and partner's country of another narcotics check, which
they name (words25; the narcotics side of wording review 23 A5).

TOC-003, TOC-011 and TOC-012 said "Tidak berlaku: tidak ada kerja sama dengan mitra di RRT
atau Malaysia yang menambah arus orang atau barang di daerah yang jalur narkotikanya dinilai
sangat rawan" beside a tourism sector whose route rating was only medium, and TOC-011 "…
sebagaimana dicakup butir ini (sangat rawan dengan mitra di luar RRT dan Malaysia, atau …)".
An officer reads that no cooperation adds to the flow, two lines below the tourism sector
that does, and must work out the case split herself.
"""

from __future__ import annotations

import pytest

import paracheck

TOURISM = [{"name": "tourism", "lead_agency": "Dinas Pariwisata Provinsi Jawa Timur"}]
FESTIVAL = [
    {
        "name": "culture",
        "lead_agency": "Dinas Kebudayaan Provinsi Jawa Timur",
        "programs": [{"name": "Festival", "status": "ongoing", "moves_people": False}],
    }
]
NARCOTICS_CHECKS = ("TOC-003", "TOC-011", "TOC-012")


def _proposal(route: str, country: str, sectors: list[dict]) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": "2026-11-10",
        "stage": "active",
        "local": {"name": "Provinsi Jawa Timur", "level": "province"},
        "partner": {"name": "Mitra", "country": country, "level": "province"},
        "sectors": sectors,
        "security": {"coordinating_agencies": [], "narcotics_route": route},
    }


def _reasons(proposal: dict, lang: str) -> dict[str, str]:
    """Each narcotics check's "not applicable" sentence, as the Markdown memo shows it."""
    result = paracheck.assess(proposal)
    memo = paracheck.render(result, "markdown", lang)
    reasons = {}
    for check in result.checks:
        if check.rule_id in NARCOTICS_CHECKS and check.not_applicable is not None:
            reason = check.not_applicable.get(lang)
            assert reason in memo  # the memo shows the sentence checked here
            reasons[check.rule_id] = reason
    return reasons


# (route rating, partner's country, the check that is the finding, for each check that does
# not apply: the words that say why and the check it points to)
CASES = [
    ("high", "CN", "TOC-003", {"TOC-012": ("tinggi, bukan sedang", "TOC-003")}),
    (
        "high",
        "JP",
        "TOC-011",
        {
            "TOC-003": ("negara asal atau negara transit utama narkotika", "TOC-011"),
            "TOC-012": ("tinggi, bukan sedang", "TOC-011"),
        },
    ),
    ("medium", "MY", "TOC-011", {"TOC-003": ("sedang, bukan tinggi", "TOC-011")}),
    ("medium", "JP", "TOC-012", {"TOC-003": ("sedang, bukan tinggi", "TOC-012")}),
]


@pytest.mark.parametrize(("route", "country", "finding", "expected"), CASES)
def test_a_narcotics_check_for_another_case_names_the_rating_and_the_check_that_applies(
    route, country, finding, expected
):
    proposal = _proposal(route, country, TOURISM)
    checks = {c.rule_id: c for c in paracheck.assess(proposal).checks}
    assert checks[finding].status == "risk"
    reasons = _reasons(proposal, "id")
    for rule_id, (said, points_to) in expected.items():
        reason = reasons[rule_id]
        assert said in reason, reason
        assert reason.endswith(f"diperiksa pada {points_to}"), reason
        # the tourism sector adds to the flow: the memo must not say that nothing does
        assert "tidak menambah arus" not in reason and not reason.startswith("tidak ada")
    english = _reasons(proposal, "en")
    for rule_id, (_, points_to) in expected.items():
        assert f"{points_to} checks the cooperation" in english[rule_id]
        assert "adds no movement" not in english[rule_id]


@pytest.mark.parametrize("route", ["low", "none"])
def test_a_low_narcotics_route_is_said_as_such_beside_a_sector_that_moves_goods(route):
    reasons = _reasons(_proposal(route, "CN", TOURISM), "id")
    assert set(reasons) == set(NARCOTICS_CHECKS)
    assert set(reasons.values()) == {"kerawanan jalur narkotika tercatat rendah atau tidak ada"}


def test_where_nothing_adds_to_the_flow_the_narcotics_checks_say_so():
    reasons = _reasons(_proposal("high", "CN", FESTIVAL), "id")
    assert set(reasons) == set(NARCOTICS_CHECKS)
    for reason in reasons.values():
        assert reason.startswith("kerja sama ini tidak menambah arus orang atau barang ("), reason
        # one colon on the line, after "Tidak berlaku" (the memo reads "Tidak berlaku: …")
        assert ":" not in reason, reason
        assert "pariwisata" in reason and "program yang masih mengirim" in reason
