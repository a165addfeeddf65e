"""``decompose`` (facts/decompose.py): the exact facts a rule can read about a proposal, each
with the input path it came from, including the computed ones (days since activity, a sector's
latest activity, the partner's tier, language and relations, the procedure's missing steps).

Written for the mutation run over facts/decompose.py (docs/mutation.md). The proposals are
small and written for the branches they reach; every expected value was worked out from the
YAML by hand (92 days from 1 March to 1 June 2023, 142 from 10 January)."""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from paracheck.facts.decompose import FactView, Scoped, decompose
from paracheck.facts.model import STEP_IDS

DAY = dt.date(2023, 6, 1)

PROGRAMMES = """\
schema: paracheck/proposal/v1
title: Uji dekomposisi
date: 2023-06-01
stage: active
form: sister_province
local: {name: Provinsi Uji, level: province}
partner: {name: Pohang City, country: KR, level: city}
human_resources: {language_staff: {ko: 2, en: 1}}
sectors:
  - name: fisheries
    lead_agency: Dinas KP
    programs:
      - {name: A, status: ongoing, last_activity: 2023-01-10}
      - {name: B, status: ongoing, last_activity: 2023-03-01}
      - {name: C, status: planned, last_activity: null}
  - name: tourism
    programs:
      - {name: D, status: planned}
  - name: education
    programs: []
  - name: culture
  - name: trade
    programs: null
procedure:
  - {step: initiative, status: done, date: 2022-01-05}
  - {step: exploration, status: unknown, date: 2022-02-01}
"""


#: BUD-007's guard, always given (decompose): false where the other sources' certain money
#: is not known to cover every programme not finished
NOT_COVERED = {"context.other_sources_cover_all": (False, "budget.other_sources_idr")}


def facts(scoped: Scoped) -> dict[str, tuple[object, str]]:
    """path → (value, source); a sector's programme list shown by its names."""
    out = {}
    for path, value in scoped.values.items():
        if path == "sector.programs" and value is not None:
            value = [p.name for p in value]
        out[path] = (value, scoped.source(path))
    return out


def steps(view: FactView) -> dict[str, tuple[object, str]]:
    return {p: v for p, v in facts(view.proposal).items() if p.startswith("procedure.")}


def without_steps(view: FactView) -> dict[str, tuple[object, str]]:
    return {p: v for p, v in facts(view.proposal).items() if not p.startswith("procedure.")}


@pytest.fixture  # per test: mutmut maps a mutant to the tests that call the code
def view() -> FactView:
    return decompose(paracheck.load_proposal_text(PROGRAMMES), DAY)


def test_proposal_facts_name_their_input_field_and_the_computed_context(view):
    assert without_steps(view) == {
        "title": ("Uji dekomposisi", "title"),
        "date": (dt.date(2023, 6, 1), "date"),
        "stage": ("active", "stage"),
        "form": ("sister_province", "form"),
        "local.name": ("Provinsi Uji", "local.name"),
        "local.level": ("province", "local.level"),
        "partner.name": ("Pohang City", "partner.name"),
        "partner.country": ("KR", "partner.country"),
        "partner.level": ("city", "partner.level"),
        "context.as_of": (DAY, "date"),
        "context.partner_has_relations": (True, "partner.country"),
        "context.partner_language": ("ko", "partner.country"),
        "context.partner_language_staff": (2, "human_resources.language_staff"),
        "context.local_tier": (1, "local.level"),
        "context.partner_tier": (2, "partner.level"),
        "context.sector_count": (5, "sectors"),
        # none is known to be finished: programmes under way, none, or not listed
        "context.unfinished_sector_count": (5, "sectors"),
        # no budget given for any unfinished programme: the floor of the sum is nothing yet
        "context.unfinished_program_budget_known_idr": (0, "sectors"),
        **NOT_COVERED,
    }


def test_relations_and_tier_read_from_reference_data_carry_their_reason(view):
    assert view.proposal.notes == {
        "context.partner_has_relations": {
            "id": "Dianggap memiliki hubungan diplomatik dengan Indonesia; pastikan kepada "
            "Kemlu; keyakinan atas fakta ini: sedang",
            "en": "paracheck reference data (no known bar on relations) (medium): Assumed to "
            "have diplomatic relations with Indonesia; confirm with Kemlu.",
        },
        "context.partner_tier": {
            "id": "Di Korea Selatan, kota adalah pemerintahan tingkat kedua, setara dengan "
            "kabupaten/kota di Indonesia",
            "en": "In South Korea, a city is a second-level unit, like an Indonesian regency "
            "or city",
        },
    }


def test_procedure_steps_not_listed_are_missing_and_an_unknown_status_stays_absent(view):
    expected = {
        "procedure.initiative.status": ("done", "procedure[0].status"),
        "procedure.initiative.date": (dt.date(2022, 1, 5), "procedure[0].date"),
        "procedure.exploration.date": (dt.date(2022, 2, 1), "procedure[1].date"),
    }
    for step in STEP_IDS[2:]:
        expected[f"procedure.{step}.status"] = ("missing", "procedure")
        expected[f"procedure.{step}.date"] = (None, "procedure")
    assert STEP_IDS[:2] == ("initiative", "exploration")
    assert steps(view) == expected


def test_a_sectors_latest_activity_is_its_newest_dated_programme(view):
    fisheries = view.sectors[0]
    assert fisheries.key == "sectors[0]" and fisheries.parent is view.proposal
    assert facts(fisheries) == {
        "sector.name": ("fisheries", "sectors[0].name"),
        "sector.lead_agency": ("Dinas KP", "sectors[0].lead_agency"),
        "sector.programs": (["A", "B", "C"], "sectors[0].programs"),
        "sector.last_activity": (dt.date(2023, 3, 1), "sectors[0].programs[1].last_activity"),
        "sector.days_since_activity": (92, "sectors[0].programs[1].last_activity"),
    }


def test_each_programme_counts_days_since_its_own_activity_and_none_without_one(view):
    a, b, c = view.sectors[0].programs
    assert [p.key for p in (a, b, c)] == [
        "sectors[0].programs[0]",
        "sectors[0].programs[1]",
        "sectors[0].programs[2]",
    ]
    assert all(p.parent is view.sectors[0] for p in (a, b, c))
    assert facts(a) == {
        "program.name": ("A", "sectors[0].programs[0].name"),
        "program.status": ("ongoing", "sectors[0].programs[0].status"),
        "program.last_activity": (dt.date(2023, 1, 10), "sectors[0].programs[0].last_activity"),
        "program.days_since_activity": (142, "sectors[0].programs[0].last_activity"),
        # read from the name (REG-054): no SMA or SMK in "A"
        "program.secondary_schooling": (False, "sectors[0].programs[0].name"),
    }
    assert facts(b)["program.days_since_activity"] == (
        92,
        "sectors[0].programs[1].last_activity",
    )
    assert facts(c) == {
        "program.name": ("C", "sectors[0].programs[2].name"),
        "program.status": ("planned", "sectors[0].programs[2].status"),
        "program.last_activity": (None, "sectors[0].programs[2].last_activity"),
        "program.days_since_activity": (None, "sectors[0].programs[2].last_activity"),
        "program.secondary_schooling": (False, "sectors[0].programs[2].name"),
    }


def test_a_programme_without_a_date_leaves_its_sectors_latest_activity_unknown(view):
    tourism = view.sectors[1]
    assert facts(tourism) == {
        "sector.name": ("tourism", "sectors[1].name"),
        "sector.programs": (["D"], "sectors[1].programs"),
    }
    (d,) = tourism.programs
    assert facts(d) == {
        "program.name": ("D", "sectors[1].programs[0].name"),
        "program.status": ("planned", "sectors[1].programs[0].status"),
        "program.secondary_schooling": (False, "sectors[1].programs[0].name"),
    }


def test_a_sector_with_an_empty_programme_list_has_no_activity_at_all(view):
    education = view.sectors[2]
    assert education.programs == []
    assert facts(education) == {
        "sector.name": ("education", "sectors[2].name"),
        "sector.programs": ([], "sectors[2].programs"),
        "sector.last_activity": (None, "sectors[2].programs"),
        "sector.days_since_activity": (None, "sectors[2].programs"),
    }


def test_a_sector_that_does_not_list_programmes_leaves_all_programmes_unknown(view):
    culture = view.sectors[3]
    assert culture.programs is None
    assert facts(culture) == {"sector.name": ("culture", "sectors[3].name")}
    trade = view.sectors[4]  # programmes written as null: not given either
    assert trade.programs is None
    assert facts(trade) == {"sector.name": ("trade", "sectors[4].name")}
    assert view.programs is None  # so no programme count either
    assert "context.program_count" not in view.proposal.values


def test_a_view_hands_out_its_collections_by_name(view):
    assert view.as_of == DAY
    assert view.collection("sectors") is view.sectors
    assert view.collection("programs") is None
    assert view.collection("sector.programs", view.sectors[0]) is view.sectors[0].programs
    assert view.collection("sector.programs") is None


def test_programmes_of_every_sector_are_listed_in_order_when_all_are_given():
    text = PROGRAMMES.split("  - name: tourism")[0] + "  - name: trade\n    programs:\n"
    text += "      - {name: E, status: done, last_activity: 2023-05-31}\n"
    view = decompose(paracheck.load_proposal_text(text), DAY)
    assert [p.key for p in view.programs] == [
        "sectors[0].programs[0]",
        "sectors[0].programs[1]",
        "sectors[0].programs[2]",
        "sectors[1].programs[0]",
    ]
    assert view.collection("programs") is view.programs
    assert facts(view.proposal)["context.sector_count"] == (2, "sectors")
    assert facts(view.proposal)["context.program_count"] == (4, "sectors")
    assert facts(view.sectors[1])["sector.days_since_activity"] == (
        1,
        "sectors[1].programs[0].last_activity",
    )


def test_a_relations_answer_given_in_the_file_wins_and_a_named_exception_decides_the_tier():
    text = """\
schema: paracheck/proposal/v1
title: Uji kedua
date: 2015-06-10
stage: proposal
form: sister_province
local: {name: Provinsi Uji, level: province}
partner: {name: Shanghai, country: CN, level: city, diplomatic_relations: false}
human_resources: {language_staff: {en: 2}}
"""
    view = decompose(paracheck.load_proposal_text(text), dt.date(2024, 1, 2))
    assert without_steps(view) == {
        "title": ("Uji kedua", "title"),
        "date": (dt.date(2015, 6, 10), "date"),
        "stage": ("proposal", "stage"),
        "form": ("sister_province", "form"),
        "local.name": ("Provinsi Uji", "local.name"),
        "local.level": ("province", "local.level"),
        "partner.name": ("Shanghai", "partner.name"),
        "partner.country": ("CN", "partner.country"),
        "partner.level": ("city", "partner.level"),
        "partner.diplomatic_relations": (False, "partner.diplomatic_relations"),
        "context.as_of": (dt.date(2024, 1, 2), "date"),
        "context.partner_has_relations": (False, "partner.diplomatic_relations"),
        "context.partner_language": ("zh", "partner.country"),
        "context.partner_language_staff": (0, "human_resources.language_staff"),
        "context.local_tier": (1, "local.level"),
        "context.partner_tier": (1, "partner.name"),
        **NOT_COVERED,
    }
    assert view.proposal.notes == {
        "context.partner_tier": {
            "id": "Shanghai (RRT) setingkat provinsi",
            "en": "Shanghai (China) ranks as a first-level unit, like a province",
        },
        # the staff count of 0 is counted, not written (practitioner trial 25 C1)
        "context.partner_language_staff": {
            "id": "bahasa Mandarin tidak tercantum pada isian ini, sehingga dihitung 0",
            "en": "Chinese is not listed in this entry, so it is counted as 0",
        },
    }
    assert steps(view) == {} and view.sectors is None and view.programs is None


def test_a_null_answer_falls_back_to_the_reference_and_empty_lists_count_zero():
    text = """\
schema: paracheck/proposal/v1
title: Uji ketiga
date: 2022-01-01
stage: proposal
form: sister_city
local: {name: Kota Uji, level: city}
partner: {name: Taipei, country: TW, level: city, diplomatic_relations: null}
human_resources: {language_staff: null}
sectors: []
procedure: []
"""
    view = decompose(paracheck.load_proposal_text(text), dt.date(2024, 1, 2))
    found = without_steps(view)
    assert {p: v for p, v in found.items() if p.startswith("context.")} == {
        "context.as_of": (dt.date(2024, 1, 2), "date"),
        "context.partner_has_relations": (False, "partner.country"),
        "context.partner_language": ("zh", "partner.country"),
        "context.local_tier": (2, "local.level"),
        # Taipei, a special municipality, ranks with a province (tiers.yaml, trial 18)
        "context.partner_tier": (1, "partner.name"),
        "context.sector_count": (0, "sectors"),
        "context.unfinished_sector_count": (0, "sectors"),
        "context.program_count": (0, "sectors"),
        "context.unfinished_program_budget_idr": (0, "sectors"),
        **NOT_COVERED,
    }
    # a null that states nothing is read as left out: the field is not a fact at all
    assert "partner.diplomatic_relations" not in found
    assert "human_resources.language_staff" not in found
    assert view.proposal.notes["context.partner_has_relations"] == {
        "id": "Indonesia menganut kebijakan Satu Tiongkok; tidak ada hubungan resmi dengan "
        "Taiwan (ketentuannya dalam Permenlu 3/2019, menurut sumber sekunder); keyakinan atas "
        "fakta ini: tinggi",
        "en": "Permenlu 3/2019; one-China policy (high): Indonesia follows the one-China "
        "policy and has no official relations with Taiwan (Permenlu 3/2019).",
    }
    assert view.sectors == [] and view.programs == []
    assert len(steps(view)) == 2 * len(STEP_IDS)  # an empty procedure: every step missing
    assert set(steps(view).values()) == {("missing", "procedure"), (None, "procedure")}


def test_without_a_country_nothing_is_looked_up_and_without_a_level_no_tier():
    text = """\
schema: paracheck/proposal/v1
title: Uji keempat
date: 2022-01-01
stage: proposal
form: sister_city
local: {name: Kota Uji}
partner: {name: Somewhere}
human_resources: {language_staff: {en: 1}}
"""
    view = decompose(paracheck.load_proposal_text(text), dt.date(2024, 1, 2))
    assert {p: v for p, v in without_steps(view).items() if p.startswith("context.")} == {
        "context.as_of": (dt.date(2024, 1, 2), "date"),
        **NOT_COVERED,
    }
    assert view.proposal.notes == {}


BARE = """\
schema: paracheck/proposal/v1
title: Uji
date: 2022-01-01
stage: proposal
form: sister_city
local: {name: Kota Uji}
"""


def _context(text: str, day: str) -> tuple[dict[str, tuple[object, str]], FactView]:
    view = decompose(paracheck.load_proposal_text(BARE + text), dt.date.fromisoformat(day))
    found = {p: v for p, v in facts(view.proposal).items() if p.startswith("context.")}
    return found, view


def test_a_named_exception_counts_only_from_its_date():
    partner = "partner: {name: Chongqing, country: CN, level: city}\n"
    before, view = _context(partner, "1995-01-01")  # a city of Sichuan until March 1997
    assert before["context.partner_tier"] == (2, "partner.level")
    assert view.proposal.notes["context.partner_tier"]["en"] == (
        "In China, a city is a second-level unit, like an Indonesian regency or city"
    )
    after, view = _context(partner, "2000-01-01")
    assert after["context.partner_tier"] == (1, "partner.name")
    assert view.proposal.notes["context.partner_tier"]["en"].startswith(
        "Chongqing (China) ranks as a first-level unit, like a province"
    )


def test_a_partner_without_a_level_has_no_tier_and_no_tier_note():
    found, view = _context("partner: {name: Somewhere, country: KR}\n", "2022-01-01")
    assert found == {
        "context.as_of": (dt.date(2022, 1, 1), "date"),
        "context.partner_has_relations": (True, "partner.country"),
        "context.partner_language": ("ko", "partner.country"),
        **NOT_COVERED,
    }
    assert list(view.proposal.notes) == ["context.partner_has_relations"]


def test_null_country_sectors_and_procedure_are_read_as_not_given():
    text = "partner: {name: Somewhere, country: null}\nsectors: null\nprocedure: null\n"
    found, view = _context(text, "2022-01-01")
    assert found == {"context.as_of": (dt.date(2022, 1, 1), "date"), **NOT_COVERED}
    assert view.sectors is None and view.programs is None
    assert steps(view) == {} and view.proposal.notes == {}


def test_the_generated_proposal_copier_copies_what_the_plain_copy_does():
    """The proposal's fields are copied by a function generated per scope; it stores the
    same values, in the same order, as ``_copy_fields`` (the plain reading) on the examples
    and on generated proposals with nulls and left-out sections."""
    import sys
    from pathlib import Path

    from paracheck.facts import decompose as module
    from paracheck.facts.loader import parse_proposal_data

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        import gen
    finally:
        sys.path.remove(str(root / "benchmarks"))
    proposals = [paracheck.load_proposal(str(p)) for p in sorted(root.glob("examples/*.yaml"))]
    proposals += [parse_proposal_data(d) for d in gen.proposals(60, seed=5)]
    copy = module._nested_copier("proposal")
    for proposal in proposals:
        plain, generated = Scoped(""), {}
        module._copy_fields(plain, proposal, module._fields("proposal"))
        copy(proposal, generated)
        assert list(generated.items()) == list(plain.values.items())


_TRADE = "{name: trade, lead_agency: Dinas Perdagangan, programs: [{name: Pasar, status: planned}]}"


def test_a_step_not_yet_taken_has_no_date_so_its_date_checks_are_not_asked():
    """Held-out 23: a proposal (stage ``proposal``) listing ``signing`` as ``pending`` was
    asked "Tanggal berapa langkah penandatanganan MoU diselesaikan?" for IMP-006/IMP-010, as
    if it had signed on a day nobody wrote down. A step recorded pending, in progress or not
    applicable has no date: the date is null (known), the momentum checks are not yet due."""
    import paracheck

    for status in ("pending", "in_progress", "not_applicable"):
        proposal = paracheck.load_proposal_text(
            "schema: paracheck/proposal/v1\n"
            "title: Usulan\n"
            "date: 2026-09-15\n"
            "stage: proposal\n"
            f"sectors: [{_TRADE}]\n"
            "procedure: [{step: letter_of_intent, status: done, date: 2026-05-20},"
            f" {{step: signing, status: {status}}}]\n"
        )
        result = paracheck.assess(proposal, pack="pp28-2018")
        asked = {q.path for q in result.questions}
        assert "procedure.signing.date" not in asked, (status, asked)
        checks = {c.rule_id: c for c in result.checks}
        assert checks["IMP-006"].status == "clear" and not checks["IMP-006"].due, status
    # a step done without its date is still asked
    proposal = paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\ntitle: Usulan\ndate: 2026-09-15\nstage: active\n"
        f"sectors: [{_TRADE}]\n"
        "procedure: [{step: signing, status: done}]\n"
    )
    asked = {q.path for q in paracheck.assess(proposal, pack="pp28-2018").questions}
    assert "procedure.signing.date" in asked


def test_a_sector_whose_programmes_all_finished_or_were_cancelled_is_not_unfinished():
    text = PROGRAMMES.replace(
        "      - {name: D, status: planned}",
        "      - {name: D, status: done}\n      - {name: E, status: cancelled}",
    )
    view = decompose(paracheck.load_proposal_text(text), DAY)
    assert view.proposal.values["context.sector_count"] == 5
    assert view.proposal.values["context.unfinished_sector_count"] == 4


@pytest.mark.parametrize(
    ("other", "covered"),
    [("600000000", True), ("600000001", True), ("599999999", False), (None, False)],
)
def test_the_other_sources_certain_money_covers_every_programme_or_not(other, covered):
    """BUD-007's guard: the other sources' certain money against the whole sum of the
    programmes not finished (Rp600 jt here); false where that money is not given."""
    money = "" if other is None else f"  other_sources_idr: {other}\n"
    text = (
        "sectors:\n  - name: culture\n    programs:\n"
        + "      - {name: Festival, status: planned, budget_idr: 600000000}\n"
        + "budget:\n  other_sources: [apbn]\n"
        + money
    )
    found, _ = _context(text, "2022-01-01")
    assert found["context.other_sources_cover_all"] == (covered, "budget.other_sources_idr")
