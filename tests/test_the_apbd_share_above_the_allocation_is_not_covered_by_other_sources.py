"""BUD-008 sets the APBD's own part of the programmes against the APBD allocation (trial 290
M4). Written down before the change, with the reasoning:

Kabupaten Indragiri Hilir's proposal of April 2020 (trial 290, file 6) planned three
programmes of Rp3 M, Rp2.0 M of it from the APBD (each programme's ``apbd_idr``), against an
APBD allocation of Rp750 jt for the year, with no funding across years and "swasta" as
another source. BUD-007 cleared ("Tidak ada temuan"), because another source was named for
the difference between the programmes' budgets and the allocation. But the file itself says
which part the APBD pays: private money cannot pay the APBD's Rp2.0 M, and without funding
planned across years nothing in the budget documents holds the Rp1.25 M above the year's
allocation. The thesis's budget obstacle is exactly this (IV.B.2.a: planned funds change or
are not realised). The same for Kabupaten Cilacap after the DPRD cut its allocation from
Rp1.5 M to Rp1.35 M (file 3: Rp1.5 M of the programmes from the APBD).

A rule of its own (BUD-008), not a case of BUD-007, whose title says the sources of the
difference are not recorded (review 330, 2: read against a first screen showing the partner's
funds recorded).

Expected:
- the APBD parts given above the allocation, no funding across years, before the programmes
  run: a finding, whatever other source is named; its evidence gives the sum of the APBD
  parts, the allocation and the single-year funding; its action tells the cooperation unit
  to bring the APBD parts within the allocation or plan the later years' funding;
- funding across years planned: no finding (a year's allocation against the APBD's part over
  the programmes' whole run says nothing);
- the APBD parts within the allocation: no finding; not given at all: not judged by it;
- whether funding across years is planned not given: the check is open, and asks it;
- a running partnership: not applicable, as BUD-007 was (a year's allocation beside budgets
  partly spent).

Attack 330 M4, written down before the change: a programme giving an APBD part but no status
was left out of the sum, so the check cleared, or did not apply where it was the only one —
a silent pass. Its part may still be to pay: while the parts of the programmes known to be
unfinished are within the allocation, the check is open and asks that programme's status;
where they are above it already, the finding stands (the unknown part can only add).
"""

from __future__ import annotations

import copy

import pytest

import paracheck

INHIL = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama Kabupaten Indragiri Hilir – Provinsi Bến Tre",
    "date": "2020-04-20",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kabupaten Indragiri Hilir", "level": "regency"},
    "partner": {"name": "Bến Tre", "country": "VN", "level": "province"},
    "budget": {
        "apbd_allocation_idr": 750_000_000,
        "multi_year": False,
        "other_sources": ["private"],
    },
    "sectors": [
        {
            "name": "agriculture",
            "lead_agency": "Dinas Perkebunan",
            "programs": [
                {
                    "name": "Pengolahan kelapa terpadu",
                    "status": "planned",
                    "budget_idr": 1_500_000_000,
                    "apbd_idr": 900_000_000,
                },
                {
                    "name": "Pelatihan petani kelapa",
                    "status": "planned",
                    "budget_idr": 900_000_000,
                    "apbd_idr": 700_000_000,
                },
            ],
        },
        {
            "name": "trade",
            "lead_agency": "Dinas Perdagangan",
            "programs": [
                {
                    "name": "Misi dagang",
                    "status": "planned",
                    "budget_idr": 600_000_000,
                    "apbd_idr": 400_000_000,
                }
            ],
        },
    ],
}


def _with(**budget) -> dict:
    proposal = copy.deepcopy(INHIL)
    proposal["budget"].update(budget)
    return proposal


def _apbd_parts(proposal: dict, parts: list[int | None]) -> dict:
    programs = [p for s in proposal["sectors"] for p in s["programs"]]
    for program, part in zip(programs, parts, strict=True):
        if part is None:
            program.pop("apbd_idr")
        else:
            program["apbd_idr"] = part
    return proposal


def _bud008(proposal: dict) -> paracheck.Check:
    return next(c for c in paracheck.assess(proposal).checks if c.rule_id == "BUD-008")


def test_apbd_parts_above_the_allocation_with_a_private_source_named_are_a_finding():
    check = _bud008(INHIL)
    assert check.status == "risk"
    said = {e.path: e.value for e in check.evidence}
    assert said["context.unfinished_program_apbd_idr"] == 2_000_000_000
    assert said["budget.apbd_allocation_idr"] == 750_000_000
    assert said["budget.multi_year"] is False


def test_after_a_cut_in_the_allocation_the_partners_recorded_funds_do_not_cover_the_apbd_part():
    cilacap = _with(
        apbd_allocation_idr=1_350_000_000,
        other_sources=["partner", "private"],
        partner_funds_recorded=True,
    )
    _apbd_parts(cilacap, [900_000_000, 300_000_000, 300_000_000])
    assert _bud008(cilacap).status == "risk"


def test_funding_planned_across_years_leaves_the_apbd_parts_to_the_later_years():
    assert _bud008(_with(multi_year=True)).status == "clear"


def test_apbd_parts_within_the_allocation_are_no_finding():
    within = _apbd_parts(copy.deepcopy(INHIL), [300_000_000, 200_000_000, 100_000_000])
    assert _bud008(within).status == "clear"


def test_apbd_parts_not_given_are_not_judged_by_the_rule():
    check = _bud008(_apbd_parts(copy.deepcopy(INHIL), [None, None, None]))
    assert check.status == "clear" and check.not_applicable is not None
    said = "bagian APBD program tidak dicantumkan"
    assert check.not_applicable.id == said


def test_bud007_is_as_before_and_its_reason_says_nothing_of_apbd_parts():
    """Review 330, 1: the APBD case's reason and its "kurangi atau tunda" action showed in
    BUD-007 findings of files giving no APBD part at all."""
    covered = copy.deepcopy(INHIL)
    covered["budget"]["other_sources_idr"] = 2_250_000_000  # the private money, certain
    check = next(c for c in paracheck.assess(covered).checks if c.rule_id == "BUD-007")
    assert check.status == "clear"  # the private money covers the difference
    text = " ".join([check.why.id, *(r.text.id for r in check.recommendations), check.statement.id])
    assert "bagian APBD" not in text, text


def test_a_part_given_above_the_allocation_is_a_finding_while_others_are_not_given():
    some = _apbd_parts(copy.deepcopy(INHIL), [900_000_000, None, None])
    assert _bud008(some).status == "risk"


def _without_status(proposal: dict, which: int) -> dict:
    programs = [p for s in proposal["sectors"] for p in s["programs"]]
    del programs[which]["status"]
    return proposal


def test_a_part_given_by_a_programme_without_status_leaves_the_check_open_and_asks_its_status():
    # within the allocation without the coconut processing's Rp900 jt, above it with it
    parts = _apbd_parts(copy.deepcopy(INHIL), [900_000_000, 200_000_000, 100_000_000])
    check = _bud008(_without_status(parts, 0))
    assert check.status == "unknown"
    assert check.missing == ["sectors[0].programs[0].status"]
    said = {e.path: e.value for e in check.evidence}
    assert said["context.unfinished_program_apbd_known_idr"] == 300_000_000


def test_the_only_part_given_by_a_programme_without_status_is_still_judged():
    only = _apbd_parts(copy.deepcopy(INHIL), [900_000_000, None, None])
    check = _bud008(_without_status(only, 0))
    assert check.status == "unknown" and check.not_applicable is None
    assert "sectors[0].programs[0].status" in check.missing


def test_parts_known_unfinished_above_the_allocation_are_a_finding_whatever_the_unknown_one():
    above = _without_status(copy.deepcopy(INHIL), 2)  # Rp1.6 M known against Rp750 jt
    check = _bud008(above)
    assert check.status == "risk"
    said = {e.path: e.value for e in check.evidence}
    assert said["context.unfinished_program_apbd_known_idr"] == 1_600_000_000


def test_a_finished_programmes_part_is_not_counted():
    done = copy.deepcopy(INHIL)
    done["sectors"][0]["programs"][0]["status"] = "done"  # Rp1.1 M left against Rp750 jt
    said = {e.path: e.value for e in _bud008(done).evidence}
    assert said["context.unfinished_program_apbd_idr"] == 1_100_000_000


def test_funding_across_years_not_given_leaves_the_check_open_and_asks_it():
    open_ = _with()
    del open_["budget"]["multi_year"]
    result = paracheck.assess(open_)
    check = next(c for c in result.checks if c.rule_id == "BUD-008")
    assert check.status == "unknown"
    assert "budget.multi_year" in check.missing


def test_a_running_partnership_is_not_judged_on_a_years_allocation():
    running = copy.deepcopy(INHIL)
    running["stage"] = "active"
    for sector in running["sectors"]:
        for program in sector["programs"]:
            program["status"] = "ongoing"
    check = _bud008(running)
    assert check.status == "clear"
    assert check.not_applicable is not None
    assert "kerja sama sudah berjalan" in check.not_applicable.id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_says_the_apbd_part_and_what_to_do(lang):
    memo = " ".join(paracheck.render(paracheck.assess(INHIL), "markdown", lang).split())
    said = {
        "id": (
            "Jumlah bagian APBD yang dicantumkan untuk program yang belum selesai: Rp2.000.000.000",
            "sumber dana lain yang disebut tidak menggantikan bagian yang direncanakan dari APBD",
            "Sesuaikan bagian APBD setiap program dengan alokasi APBD tahun anggaran itu",
        ),
        "en": (
            "Total APBD share given for the programmes not yet finished: IDR 2,000,000,000",
            "the other sources named do not stand in for the part planned from the APBD",
            "Fit each programme's APBD share to that budget year's APBD allocation",
        ),
    }[lang]
    for words in said:
        assert words in memo, words
