"""Hypothesis strategies for valid proposals: every field may be absent, null or a value.

Values are drawn from small pools around the thresholds rules use, so generated proposals
exercise both sides of most conditions, mixed with the whole range the proposal model accepts
(issue 14): floats of any magnitude in their allowed range (exponent forms such as 1e-05,
subnormals, ±0.0), integers far beyond 64 bits, texts that look like dates but are not, and
texts with control characters, escapes and markup in every free-text field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from paracheck.facts.model import HIDDEN, MOST_IDR, STEP_IDS, no_letters, says_none

NO_BUDGET_RECORDS = ("realization_rate", "revisions_last_year")

SECTORS = [
    "infrastructure",
    "agriculture",
    "mining",
    "fisheries",
    "culture",
    "tourism",
    "capacity_building",
    "education",
    "industry",
    "investment",
    "trade",
    "other",
]
DATES = st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2024, 12, 31))
EXPOSURE = st.sampled_from(["none", "low", "medium", "high"])
DATE_LIKE = ["2021-02-30", "0000-01-01", "2015-06-10", "9999-12-31", "2015-6-1"]
HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "a\n## Verdict: LOW RISK",
    "=1+1",
    "@SUM(A1)",
    "\x1b[2J\x1b]0;t\x07",
    "nul\x00byte",
    "[red]x[/red]",
    "\\",
]
# any character but surrogates, so control characters (C0, C1) and every plane are drawn
_ANY_CHAR = st.characters(blacklist_categories=("Cs",))


def _kept(s: str) -> bool:
    """Whether the model keeps ``s``: no line or paragraph separator, no bidirectional
    override (paracheck.facts.model.HIDDEN: such a text is refused, said by its code, since
    attack 462 H2), and no words for "there is none" ("belum ada", "-"), which a lead agency,
    a target or the complementarity refuses (attack 470 H3), in any spelling, a name also by
    how it begins, nor a text with no letter or digit, which every field refuses (attack 480
    H1, H3)."""
    return HIDDEN.search(s) is None and not says_none(s, name=True) and not no_letters(s)


def text(pool: list[str], empty: bool = False) -> st.SearchStrategy[str]:
    """A text from ``pool`` mostly, else a date-like, hostile or arbitrary one that the model
    keeps (it strips surrounding whitespace; names may not be empty)."""
    arbitrary = st.text(_ANY_CHAR, min_size=0 if empty else 1, max_size=24).filter(_kept)
    if not empty:
        arbitrary = arbitrary.filter(lambda s: s.strip())
    hostile = [s for s in DATE_LIKE + HOSTILE if _kept(s)]
    return st.one_of(st.sampled_from(pool), st.sampled_from(hostile), arbitrary)


def number(pool: list[float], low: float, high: float) -> st.SearchStrategy[float]:
    """A float from ``pool`` mostly, else any finite float in [low, high] (hypothesis draws
    the boundaries, ±0.0, subnormals and exponent forms such as 1e-05 on purpose)."""
    return st.one_of(
        st.sampled_from(pool), st.floats(low, high, allow_nan=False, allow_infinity=False)
    )


def whole(low: int, high: int, huge: int = 10**40) -> st.SearchStrategy[int]:
    """An integer in [low, high] mostly, else one near 2**53, 2**63 or far beyond."""
    return st.one_of(
        st.integers(low, high),
        st.sampled_from([2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**64 + 1]),
        st.integers(0, huge),
    )


def money(low: int, high: int) -> st.SearchStrategy[int]:
    """An amount in [low, high] mostly, else one at the largest the model takes (2**53, the
    largest whole number the engine compares exactly: attack 470 H7) or anywhere below it."""
    return st.one_of(
        st.integers(low, high),
        st.sampled_from([2**53 - 1, 2**53]),
        st.integers(0, MOST_IDR),
    )


def _maybe(strategy: st.SearchStrategy[Any], null: bool = True) -> st.SearchStrategy[Any]:
    """A value, or None (explicit null); absence is decided by the section builder."""
    return st.one_of(strategy, st.none()) if null else strategy


def binding_beside_recorded(budget: Any) -> Any:
    """A budget section the contract takes: binding conditions (``partner_funds_binding:
    true``) are not said beside ``partner_funds_recorded: true``, which means recorded with
    none (drawn together, the funds are recorded as not yet recorded), nor beside sources
    that leave the partner out (drawn so, the partner is added)."""
    if not isinstance(budget, dict) or budget.get("partner_funds_binding") is not True:
        return budget
    if budget.get("partner_funds_recorded") is True:
        budget = {**budget, "partner_funds_recorded": False}
    sources = budget.get("other_sources")
    if isinstance(sources, list) and "partner" not in sources:
        # binding conditions are the partner's funds': the partner is among the sources
        budget = {**budget, "other_sources": [*sources, "partner"]}
    return budget


#: the white space the proposal loader trims around a text (Unicode White_Space)
_TRIMMED = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f"
)


def _as_read(value: Any) -> Any:
    """``value`` as the loader reads it, for telling generated items apart: texts trimmed, a
    null the same as an absent field, dates by their ISO form."""
    if isinstance(value, dict):
        return tuple(sorted((k, _as_read(v)) for k, v in value.items() if v is not None))
    if isinstance(value, list):
        return tuple(_as_read(v) for v in value)
    if isinstance(value, str):
        return value.strip(_TRIMMED)
    return str(value) if isinstance(value, dt.date) else value


def distinct_program(program: dict[str, Any]) -> Any:
    """A programme's identity as the loader compares them: two equal in every field are
    refused (attack 360 M2), so a list of valid programmes holds none twice."""
    return _as_read(program)


def distinct_sector(sector: dict[str, Any]) -> Any:
    """A sector's identity as the loader compares them: only sectors with programmes are
    refused when equal in every field; sectors without any may repeat."""
    return _as_read(sector) if sector.get("programs") else object()


def within_sums(data: Any) -> Any:
    """``data`` with its programmes' budgets and APBD parts capped so that each sum over all
    sectors stays within the largest amount (the model refuses more: attack 480 H4), an APBD
    part within its programme's budget, and the other sources' money within what the
    allocation leaves; a programme or sector made equal to an earlier one by the capping is
    left out, as the model refuses a repeat."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    room = {"budget_idr": MOST_IDR, "apbd_idr": MOST_IDR}
    sectors, seen_sectors = [], set()
    for sector in data.get("sectors") or ():
        programs = sector.get("programs") if isinstance(sector, dict) else None
        if isinstance(programs, list):
            kept, seen = [], set()
            for program in programs:
                program = dict(program)
                for field in ("budget_idr", "apbd_idr"):
                    value = program.get(field)
                    if isinstance(value, int) and not isinstance(value, bool):
                        program[field] = min(value, room[field])
                budget, apbd = program.get("budget_idr"), program.get("apbd_idr")
                if isinstance(budget, int) and isinstance(apbd, int) and apbd > budget:
                    program["apbd_idr"] = budget
                if distinct_program(program) in seen:
                    continue
                seen.add(distinct_program(program))
                for field in room:
                    value = program.get(field)
                    if isinstance(value, int) and not isinstance(value, bool):
                        room[field] -= value
                kept.append(program)
            sector = {**sector, "programs": kept}
        key = distinct_sector(sector)
        if isinstance(key, tuple):
            if key in seen_sectors:
                continue
            seen_sectors.add(key)
        sectors.append(sector)
    if isinstance(data.get("sectors"), list):
        data["sectors"] = sectors
    budget = data.get("budget")
    if isinstance(budget, dict):
        allocation, other = budget.get("apbd_allocation_idr"), budget.get("other_sources_idr")
        if isinstance(allocation, int) and isinstance(other, int) and allocation + other > MOST_IDR:
            data["budget"] = {**budget, "other_sources_idr": MOST_IDR - allocation}
    return data


def section(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping with any subset of ``fields`` present."""
    return st.fixed_dictionaries({}, optional=fields)


programs = st.lists(
    section(
        {
            "name": text(["pelatihan", "pameran", "studi banding"]),
            "status": _maybe(
                st.sampled_from(["planned", "ongoing", "done", "stalled", "cancelled"])
            ),
            "budget_idr": _maybe(
                st.one_of(st.sampled_from([0, 50_000_000, 600_000_000]), money(0, 10**12))
            ),
            "kpis": _maybe(st.lists(text(["+30% income", "10 visits"]), max_size=2)),
            "last_activity": _maybe(DATES),
            "moves_people": _maybe(st.booleans()),
        }
    ),
    max_size=3,
    unique_by=distinct_program,
)

sectors = st.lists(
    st.fixed_dictionaries(
        {"name": st.sampled_from(SECTORS)},
        optional={
            "lead_agency": _maybe(text(["Dinas Pariwisata", "Dinas KP"])),
            "programs": _maybe(programs),
        },
    ),
    max_size=4,
    unique_by=distinct_sector,
)

procedure = st.lists(
    st.fixed_dictionaries(
        {
            "step": st.sampled_from(STEP_IDS),
            "status": st.sampled_from(
                ["done", "in_progress", "pending", "not_applicable", "unknown"]
            ),
        },
        optional={"date": DATES},
    ),
    max_size=6,
    unique_by=lambda s: s["step"],
)

proposals = st.fixed_dictionaries(
    {"schema": st.just("paracheck/proposal/v1"), "title": text(["generated"])},
    optional={
        "date": DATES,
        "stage": _maybe(st.sampled_from(["proposal", "mou_signed", "active", "evaluation"])),
        "form": _maybe(st.sampled_from(["sister_province", "sister_city", "other"])),
        "local": section({"level": _maybe(st.sampled_from(["province", "regency", "city"]))}),
        "partner": section(
            {
                "country": st.sampled_from(["CN", "JP", "AU", "TW", "IL", "DE", "KR", "TL", "CA"]),
                "language": _maybe(st.sampled_from(["fr", "pt", "tet", "en", "id"])),
                "level": _maybe(st.sampled_from(["province", "state", "city", "county", "other"])),
                "diplomatic_relations": _maybe(st.booleans()),
                "kind": _maybe(st.sampled_from(["regional_government", "institution"])),
            }
        ),
        "basis": section(
            {
                "similar_characteristics": _maybe(
                    st.lists(text(["fisheries", "farming"]), max_size=2)
                ),
                "similar_problems": _maybe(st.lists(text(["poverty"]), max_size=1)),
                "complementarity": _maybe(text(["", "markets for seaweed"], empty=True)),
                "people_to_people": _maybe(st.booleans()),
                "in_development_plan": _maybe(st.booleans()),
                "representative_office_abroad": _maybe(st.booleans()),
                "central_affairs": _maybe(
                    st.lists(st.sampled_from(["defence", "religion"]), max_size=2)
                ),
            }
        ),
        "sectors": _maybe(sectors),
        "budget": section(
            {
                "apbd_allocation_idr": _maybe(
                    st.one_of(st.sampled_from([0, 100_000_000, 2_000_000_000]), money(0, 10**13))
                ),
                "multi_year": _maybe(st.booleans()),
                "other_sources": _maybe(
                    # each source once: a repeat is read once (attack 360 M2)
                    st.lists(
                        st.sampled_from(["apbn", "partner", "private", "grant"]),
                        max_size=2,
                        unique=True,
                    )
                ),
                "partner_funds_recorded": _maybe(st.booleans()),
                "partner_funds_binding": _maybe(st.booleans()),
                "realization_rate": _maybe(number([0.0, 0.4, 0.6, 0.95, 1e-05], 0.0, 1.0)),
                "revisions_last_year": _maybe(whole(0, 4)),
            }
        ).map(binding_beside_recorded),
        "human_resources": section(
            {
                "dedicated_staff": _maybe(whole(0, 6)),
                "language_staff": _maybe(
                    st.dictionaries(
                        st.sampled_from(["en", "zh", "ja", "fr", "tet"]),
                        st.integers(0, 2),
                        max_size=3,
                    )
                ),
                "trained_staff": _maybe(whole(0, 3)),
                "response_days": _maybe(st.one_of(st.sampled_from([1, 7, 14, 30]), whole(0, 60))),
            }
        ),
        "energy": section(
            {
                "reserve_margin_pct": _maybe(
                    number([-10.0, -4.0, 0.0, 15.0, 35.0, -1e-05], -100.0, 1000.0)
                ),
                "rolling_blackouts": _maybe(st.booleans()),
                "outage_hours_per_month": _maybe(
                    number([0.0, 5.0, 20.0, 60.0, 5e-324], 0.0, 744.0)
                ),
                "affected_areas": _maybe(st.lists(text(["Senggigi"]), max_size=1)),
            }
        ),
        "security": section(
            {
                "narcotics_route": _maybe(EXPOSURE),
                "iuu_fishing": _maybe(EXPOSURE),
                "terrorism": _maybe(EXPOSURE),
                "human_trafficking": _maybe(EXPOSURE),
                "coordinating_agencies": _maybe(
                    st.lists(
                        st.sampled_from(["BNN", "KKP", "Bakamla", "Polri", "BNPT", "Imigrasi"]),
                        max_size=3,
                        unique=True,
                    )
                ),
            }
        ),
        "procedure": _maybe(procedure),
        "governance": section(
            {
                "joint_working_group": _maybe(st.booleans()),
                "meetings_per_year": _maybe(whole(0, 6)),
                "monitoring_plan": _maybe(st.booleans()),
                "reports_to_ministry": _maybe(st.booleans()),
                "stakeholders": _maybe(
                    st.lists(
                        st.sampled_from(["university", "private_sector", "civil_society", "media"]),
                        max_size=3,
                        unique=True,
                    )
                ),
            }
        ),
        "agreement": section(
            {
                "signatory": _maybe(
                    st.sampled_from(["head_of_region", "full_powers_holder", "other_official"])
                ),
                # around the date judged (the term notices) and far from it
                "expires": _maybe(
                    st.one_of(
                        DATES, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
                    )
                ),
            }
        ),
    },
).map(within_sums)

# Any day the calendar has, far in the past and the future: what a proposal's own date and
# an ``--as-of`` may be (the regime in force, the notices and the "N years ago" wording all
# depend on it); ``proposals`` keeps its dates near the packs' so that rules mostly apply.
ANY_DATE = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def _dated(data: dict[str, Any], date: dt.date | None) -> dict[str, Any]:
    return data if date is None else {**data, "date": date}


#: ``proposals`` whose own date may be any day of the calendar
proposals_any_date = st.builds(_dated, proposals, st.one_of(st.none(), ANY_DATE))


# --- the whole value space of a proposal ---------------------------------------------------
# Every field of paracheck/proposal/v1 and every value of each vocabulary (``proposals`` keeps
# to a part of it, around the thresholds): all forms, levels, sectors, steps, agencies, any
# country and language the contract takes, accepted risks of the packs' rules and of others,
# a procedure step's document, a programme's start, the joint committee's last meeting.


def _capture_fishing_on_fisheries(sector: dict[str, Any]) -> dict[str, Any]:
    """A drawn sector keeps capture_fishing only on fisheries: the proposal refuses it on any
    other sector, so a valid proposal never carries it there."""
    if sector.get("name") != "fisheries":
        sector.pop("capture_fishing", None)
    return sector


def _vocabulary(path: str) -> list[str]:
    """The values the proposal schema allows at ``path`` (``sectors[].name``)."""
    import paracheck

    schema = paracheck.proposal_schema()
    node: dict[str, Any] = schema
    for part in path.replace("[]", ".[]").split("."):
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        if "anyOf" in node:
            node = next(o for o in node["anyOf"] if o.get("type") != "null")
            if "$ref" in node:
                node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        node = node["items"] if part == "[]" else node["properties"][part]
    if "anyOf" in node:
        node = next(o for o in node["anyOf"] if o.get("type") != "null")
    return list(node.get("enum") or node["items"]["enum"])


def _codes(kind: str) -> list[str]:
    import paracheck

    return [code for code, _ in paracheck.code_names(kind, "en")]


def _rule_ids() -> list[str]:
    """Ids of rules every shipped pack has: an accepted risk of a rule not in the pack that
    judges the proposal is an input error (tested apart), and the pack depends on the date."""
    import paracheck

    packs = [{r.id for r in paracheck.load_pack(name).rules} for name in paracheck.pack_names()]
    return sorted(set.intersection(*packs))


def _no_record_without_budget(budget: dict[str, Any]) -> dict[str, Any]:
    """A budget section the contract takes: ``budgeted_last_year: false`` (no budget last
    year) leaves out the rate and the count of cuts, which it says there are none of."""
    if budget.get("budgeted_last_year") is False:
        budget = {k: v for k, v in budget.items() if k not in NO_BUDGET_RECORDS}
    return binding_beside_recorded(budget)


def _who_beside_moving(program: dict[str, Any]) -> dict[str, Any]:
    """A programme the contract takes: who is moved (``people_moved``) is said only beside
    ``moves_people: true``; drawn with another ``moves_people``, the programme moves people."""
    if program.get("people_moved") is not None and program.get("moves_people") is not True:
        return {**program, "moves_people": True}
    return program


_TEXT_ANY = text(["Dinas Pariwisata", "Biro Kerja Sama"])
_BOOL = _maybe(st.booleans())
_DAY = _maybe(
    st.one_of(DATES, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
)

_programs_whole = st.lists(
    section(
        {
            "name": _TEXT_ANY,
            "status": _maybe(st.sampled_from(_vocabulary("sectors[].programs[].status"))),
            "budget_idr": _maybe(money(0, 10**12)),
            "kpis": _maybe(st.lists(text(["+30% income"]), max_size=2)),
            "last_activity": _DAY,
            "started": _DAY,
            "moves_people": _BOOL,
            "people_moved": _maybe(
                st.sampled_from(_vocabulary("sectors[].programs[].people_moved"))
            ),
        }
    ).map(_who_beside_moving),
    max_size=3,
    unique_by=distinct_program,
)

proposals_whole = st.fixed_dictionaries(
    {"schema": st.just("paracheck/proposal/v1"), "title": _TEXT_ANY},
    optional={
        "date": st.one_of(DATES, ANY_DATE),
        "stage": _maybe(st.sampled_from(_vocabulary("stage"))),
        "form": _maybe(st.sampled_from(_vocabulary("form"))),
        "local": section(
            {
                "name": _maybe(_TEXT_ANY),
                "level": _maybe(st.sampled_from(_vocabulary("local.level"))),
            }
        ),
        "partner": section(
            {
                "name": _maybe(_TEXT_ANY),
                "country": st.sampled_from(_codes("country")),
                "level": _maybe(st.sampled_from(_vocabulary("partner.level"))),
                "diplomatic_relations": _BOOL,
                "language": _maybe(st.sampled_from([*_codes("language"), "tet", "ZH"])),
                "kind": _maybe(st.sampled_from(_vocabulary("partner.kind"))),
                "own_contribution": _BOOL,
            }
        ),
        "basis": section(
            {
                "similar_characteristics": _maybe(st.lists(_TEXT_ANY, max_size=2)),
                "similar_problems": _maybe(st.lists(_TEXT_ANY, max_size=2)),
                "complementarity": _maybe(text(["", "pasar rumput laut"], empty=True)),
                "people_to_people": _BOOL,
                "in_development_plan": _BOOL,
                "representative_office_abroad": _BOOL,
                "central_affairs": _maybe(
                    st.lists(st.sampled_from(_vocabulary("basis.central_affairs")), max_size=3)
                ),
                "domestic_interference": _BOOL,
                "technology_transfer": _BOOL,
            }
        ),
        "sectors": _maybe(
            st.lists(
                st.fixed_dictionaries(
                    {"name": st.sampled_from(_vocabulary("sectors[].name"))},
                    optional={
                        "lead_agency": _maybe(_TEXT_ANY),
                        "programs": _maybe(_programs_whole),
                        "central_asset": _BOOL,
                        # kept on fisheries only: another sector's is refused (fix35b)
                        "capture_fishing": _BOOL,
                    },
                ).map(_capture_fishing_on_fisheries),
                max_size=4,
                unique_by=distinct_sector,
            )
        ),
        "budget": section(
            {
                "apbd_allocation_idr": _maybe(money(0, 10**13)),
                "multi_year": _BOOL,
                "other_sources": _maybe(
                    st.lists(
                        st.sampled_from(_vocabulary("budget.other_sources")),
                        max_size=3,
                        unique=True,
                    )
                ),
                "partner_funds_recorded": _BOOL,
                "partner_funds_binding": _BOOL,
                "budgeted_last_year": _BOOL,
                "realization_rate": _maybe(number([0.0, 0.6, 1.0], 0.0, 1.0)),
                "revisions_last_year": _maybe(whole(0, 4)),
            }
        ).map(_no_record_without_budget),
        "human_resources": section(
            {
                "dedicated_staff": _maybe(whole(0, 6)),
                "language_staff": _maybe(
                    st.dictionaries(
                        st.sampled_from(["en", "zh", "ja", "ar", "tet"]),
                        whole(0, 3),
                        max_size=3,
                    )
                ),
                "trained_staff": _maybe(whole(0, 3)),
                "response_days": _maybe(whole(0, 60)),
            }
        ),
        "energy": section(
            {
                "reserve_margin_pct": _maybe(number([-10.0, 0.0, 35.0], -100.0, 1000.0)),
                "rolling_blackouts": _BOOL,
                "outage_hours_per_month": _maybe(number([0.0, 20.0], 0.0, 744.0)),
                "affected_areas": _maybe(st.lists(_TEXT_ANY, max_size=2)),
            }
        ),
        "security": section(
            {
                **{
                    name: _maybe(EXPOSURE)
                    for name in ("narcotics_route", "iuu_fishing", "terrorism", "human_trafficking")
                },
                "coordinating_agencies": _maybe(
                    st.lists(
                        st.sampled_from(_vocabulary("security.coordinating_agencies")),
                        max_size=4,
                        unique=True,
                    )
                ),
            }
        ),
        "procedure": _maybe(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "step": st.sampled_from(STEP_IDS),
                        "status": st.sampled_from(_vocabulary("procedure[].status")),
                    },
                    optional={"date": _DAY, "document": text(["SK DPRD 12/2019"], empty=True)},
                ),
                max_size=8,
                unique_by=lambda s: s["step"],
            )
        ),
        "governance": section(
            {
                "joint_working_group": _BOOL,
                "meetings_per_year": _maybe(whole(0, 6)),
                "monitoring_plan": _BOOL,
                "reports_to_ministry": _BOOL,
                "stakeholders": _maybe(
                    st.lists(
                        st.sampled_from(_vocabulary("governance.stakeholders")),
                        max_size=4,
                        unique=True,
                    )
                ),
                "joint_committee_last_met": _DAY,
                "tkksd_reviewed": _BOOL,
            }
        ),
        "agreement": section(
            {
                "signatory": _maybe(st.sampled_from(_vocabulary("agreement.signatory"))),
                "expires": _DAY,
            }
        ),
        "accepted_risks": _maybe(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "rule": st.sampled_from(_rule_ids()),
                        "reason": _TEXT_ANY,
                        "accepted_by": _TEXT_ANY,
                        "until": st.one_of(DATES, ANY_DATE),
                    }
                ),
                max_size=3,
            )
        ),
    },
).map(within_sums)


# --- a lapsed MoU with programmes that may still run -----------------------------------------
# trial29's Kumamoto file (an MoU ended on 27 April 2024, judged on 1 October 2024) with its
# end, its programmes' statuses and days, who they move, the sectors (fisheries with or without
# capture fishing) and the report's day drawn around the MoU's last day: REG-051, the lapsed
# notice's ``running[].at`` and the report owed after the end.

_LAPSED_END = dt.date(2024, 4, 27)
_AROUND_END = st.one_of(
    st.dates(
        min_value=_LAPSED_END - dt.timedelta(days=400),
        max_value=_LAPSED_END + dt.timedelta(days=400),
    ),
    st.sampled_from(
        [_LAPSED_END, _LAPSED_END - dt.timedelta(days=1), _LAPSED_END + dt.timedelta(days=1)]
    ),
    ANY_DATE,
)


def _kumamoto() -> dict[str, Any]:
    from pathlib import Path

    import yaml

    path = Path(__file__).parent / "data" / "trial29-kumamoto-lapsed-running.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


_lapsed_program = st.fixed_dictionaries(
    {"name": _TEXT_ANY},
    optional={
        "status": _maybe(st.sampled_from(_vocabulary("sectors[].programs[].status"))),
        "started": _maybe(_AROUND_END),
        "last_activity": _maybe(_AROUND_END),
        "moves_people": _BOOL,
        "people_moved": _maybe(st.sampled_from(_vocabulary("sectors[].programs[].people_moved"))),
        "budget_idr": _maybe(money(0, 10**12)),
    },
).map(_who_beside_moving)

_lapsed_sector = st.fixed_dictionaries(
    {"name": st.sampled_from(["fisheries", "agriculture", "education", "culture", "other"])},
    optional={
        "lead_agency": _maybe(_TEXT_ANY),
        "programs": _maybe(st.lists(_lapsed_program, max_size=3, unique_by=distinct_program)),
        "capture_fishing": _BOOL,
    },
).map(_capture_fishing_on_fisheries)


def _lapsed(
    base: dict[str, Any],
    expires: dt.date | None,
    date: dt.date,
    stage: str | None,
    sectors: list[dict[str, Any]] | None,
    report: tuple[str, dt.date | None] | None,
) -> dict[str, Any]:
    data = {**base, "date": date, "stage": stage}
    data["agreement"] = {**base["agreement"], "expires": expires}
    if sectors is not None:
        data["sectors"] = sectors
    steps = [s for s in base["procedure"] if s["step"] != "reporting"]
    if report is not None:
        status, day = report
        steps.append({"step": "reporting", "status": status, **({"date": day} if day else {})})
    data["procedure"] = steps
    return data


proposals_lapsed = st.builds(
    _lapsed,
    st.just(_kumamoto()),
    st.one_of(st.none(), _AROUND_END),
    _AROUND_END,
    _maybe(st.sampled_from(_vocabulary("stage"))),
    st.one_of(st.none(), st.lists(_lapsed_sector, max_size=3, unique_by=distinct_sector)),
    st.one_of(
        st.none(),
        st.tuples(st.sampled_from(_vocabulary("procedure[].status")), _maybe(_AROUND_END)),
    ),
)
