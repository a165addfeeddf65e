"""The condition language's parser (rules/conditions.py): every malformed condition is refused
naming the place inside the rule and saying what was expected; well-formed ones become the
tree the engine compiles; negation, read paths and flags are exact. Written to kill the
mutants that survived the first mutation run (docs/mutation.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from paracheck.rules import conditions as c
from paracheck.rules.conditions import ConditionError, parse

STAGES = "proposal, mou_signed, active, evaluation"
ONE_COMPARISON = "count needs exactly one comparison (eq, ne, lt, le, gt, ge)"
APBD = "budget.apbd_allocation_idr"
RATE = "budget.realization_rate"
SOURCES = "budget.other_sources"

REFUSED = [
    ("proposal", [], "when", "expected a condition (a mapping such as {path: …, eq: …})"),
    ("proposal", {}, "when", "expected a condition (a mapping such as {path: …, eq: …})"),
    ("proposal", {"all": []}, "when.all", "expected a non-empty list of conditions"),
    ("proposal", {"any": "x"}, "when.any", "expected a non-empty list of conditions"),
    (
        "proposal",
        {"all": [{"path": "title", "eq": 5}]},
        "when.all[0].eq",
        "title holds text; got 5",
    ),
    ("proposal", {"not": {"path": "title", "eq": 5}}, "when.not.eq", "title holds text; got 5"),
    ("proposal", {"flag": 3}, "when", "a flag test is {flag: NAME}"),
    ("proposal", {"flag": "f", "path": "title"}, "when", "a flag test is {flag: NAME}"),
    (
        "proposal",
        {"bogus": 1},
        "when",
        "unknown condition keys ['bogus']; expected all, any, not, path, count, share or flag",
    ),
    (
        "proposal",
        {"path": 5, "eq": 1},
        "when.path",
        "expected a fact path such as budget.apbd_allocation_idr",
    ),
    (
        "proposal",
        {"path": "", "eq": 1},
        "when.path",
        "expected a fact path such as budget.apbd_allocation_idr",
    ),
    (
        "proposal",
        {"path": "budget.apbd_alocation_idr", "eq": 1},
        "when.path",
        "'budget.apbd_alocation_idr' is not a field of the proposal; "
        "did you mean 'budget.apbd_allocation_idr'?",
    ),
    (
        "proposal",
        {"path": "zzzz.qqqq", "eq": 1},
        "when.path",
        "'zzzz.qqqq' is not a field of the proposal",
    ),
    (
        "proposal",
        {"path": "sector.lead_agency", "eq": "x"},
        "when.path",
        "'sector.lead_agency' cannot be read in a rule evaluated per proposal",
    ),
    (
        "proposal",
        {"path": "title", "eq": "x", "ne": "y"},
        "when",
        "expected one operator next to path, got ['eq', 'ne']",
    ),
    ("proposal", {"path": "title"}, "when", "expected one operator next to path, got []"),
    (
        "proposal",
        {"path": APBD, "gt": {"path": "budget.multi_year", "plus": 1}},
        "when.gt",
        "ordered comparison needs two numbers or two dates",
    ),
    (
        "proposal",
        {"path": APBD, "gt": {"path": RATE, "minus": 1}},
        "when.gt",
        "unknown keys ['minus']; use path, plus, times",
    ),
    (
        "proposal",
        {"path": APBD, "gt": {"path": "budget.rate"}},
        "when.gt.path",
        "'budget.rate' is not a field of the proposal; did you mean 'budget.realization_rate'?",
    ),
    (
        "proposal",
        {"path": APBD, "gt": {"path": RATE, "plus": "1"}},
        "when.gt.plus",
        "expected a number",
    ),
    (
        "proposal",
        {"path": APBD, "gt": {"path": RATE, "times": True}},
        "when.gt.times",
        "expected a number",
    ),
    (
        "proposal",
        {"path": "title", "lt": {"path": "title"}},
        "when.lt",
        "ordered comparison needs two numbers or two dates",
    ),
    (
        "proposal",
        {"path": "title", "lt": "x"},
        "when.lt",
        "title is text; lt needs a number or date",
    ),
    ("proposal", {"path": APBD, "lt": None}, "when.lt", "lt needs a value, not null"),
    (
        "proposal",
        {"path": "date", "lt": {"path": APBD}},
        "when.lt",
        "ordered comparison needs two numbers or two dates",
    ),
    (
        "proposal",
        {"path": APBD, "eq": None},
        "when.eq",
        "budget.apbd_allocation_idr is never null: an explicit null there is read as not "
        "given; test it with exists: false",
    ),
    (
        "proposal",
        {"path": "stage", "not_in": ["active", None]},
        "when.not_in[1]",
        "stage is never null: an explicit null there is read as not given; test it with "
        "exists: false",
    ),
    (
        "proposal",
        {"path": SOURCES, "eq": "apbn"},
        "when.eq",
        "budget.other_sources is a list: use contains, or count",
    ),
    ("proposal", {"path": "stage", "in": []}, "when.in", "expected a non-empty list of values"),
    (
        "proposal",
        {"path": "stage", "in": "active"},
        "when.in",
        "expected a non-empty list of values",
    ),
    (
        "proposal",
        {"path": "stage", "in": ["active", "sleeping"]},
        "when.in[1]",
        f"'sleeping' is not a value of stage (allowed: {STAGES})",
    ),
    ("proposal", {"path": "title", "contains": "x"}, "when.contains", "title is not a list"),
    (
        "proposal",
        {"path": SOURCES, "contains_any": []},
        "when.contains_any",
        "expected a non-empty list of values",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains_any": "apbn"},
        "when.contains_any",
        "expected a non-empty list of values",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains_any": ["apbn", "gold"]},
        "when.contains_any[1]",
        "'gold' is not an allowed item of budget.other_sources (apbn, partner, private, grant)",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains": 5},
        "when.contains",
        "items of budget.other_sources are text; got 5",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains": "gold"},
        "when.contains",
        "'gold' is not an allowed item of budget.other_sources (apbn, partner, private, grant)",
    ),
    ("proposal", {"path": "title", "exists": "yes"}, "when.exists", "exists takes true or false"),
    ("proposal", {"path": "title", "matches": "x"}, "when.matches", "unknown operator 'matches'"),
    (
        "proposal",
        {"path": "date", "eq": "2015-13-01"},
        "when.eq",
        "date is a date; '2015-13-01' is not YYYY-MM-DD (month must be in 1..12)",
    ),
    (
        "proposal",
        {"path": APBD, "eq": "many"},
        "when.eq",
        "budget.apbd_allocation_idr is a number; got 'many'",
    ),
    (
        "proposal",
        {"path": APBD, "eq": True},
        "when.eq",
        "budget.apbd_allocation_idr is a number; got true",
    ),
    (
        "proposal",
        {"path": "budget.multi_year", "eq": "yes"},
        "when.eq",
        "budget.multi_year is true/false; got 'yes'",
    ),
    ("proposal", {"path": "title", "eq": 5}, "when.eq", "title holds text; got 5"),
    (
        "proposal",
        {"path": "stage", "eq": "sleeping"},
        "when.eq",
        f"'sleeping' is not a value of stage (allowed: {STAGES})",
    ),
    (
        "proposal",
        {"count": "sectors", "share": "sectors", "gt": 0},
        "when",
        "use count or share, not both",
    ),
    ("proposal", {"count": "sectors"}, "when", ONE_COMPARISON),
    ("proposal", {"count": "sectors", "gt": 1, "lt": 3}, "when", ONE_COMPARISON),
    ("proposal", {"count": "sectors", "between": 1}, "when", ONE_COMPARISON),
    (
        "proposal",
        {"share": "sectors"},
        "when",
        "share needs exactly one comparison (eq, ne, lt, le, gt, ge)",
    ),
    ("proposal", {"count": "sectors", "gt": "1"}, "when.gt", "count compares with a number"),
    ("proposal", {"count": "sectors", "gt": True}, "when.gt", "count compares with a number"),
    ("proposal", {"share": "sectors", "gt": "0.5"}, "when.gt", "share compares with a number"),
    ("proposal", {"share": "sectors", "gt": 1.5}, "when.gt", "a share is between 0 and 1"),
    ("proposal", {"share": "sectors", "gt": -0.1}, "when.gt", "a share is between 0 and 1"),
    (
        "proposal",
        {"count": "sector.programs", "gt": 0},
        "when.count",
        "'sector.programs' can be counted only in a sector-level condition, not per proposal",
    ),
    ("proposal", {"count": "title", "gt": 0}, "when.count", "title is not a list"),
    (
        "proposal",
        {"count": "budget.other_sourcez", "gt": 0},
        "when.count",
        "'budget.other_sourcez' is not a field of the proposal; "
        "did you mean 'budget.other_sources'?",
    ),
    (
        "proposal",
        {"count": SOURCES, "where": {"path": "title", "eq": "x"}, "gt": 0},
        "when.where",
        "items of budget.other_sources are plain values: use contains",
    ),
    (
        "proposal",
        {"share": SOURCES, "gt": 0.5},
        "when",
        "share needs a collection of records (sectors, programs)",
    ),
    (
        "sector",
        {"count": "sectors", "gt": 0},
        "when.count",
        "'sectors' can be counted only in a proposal-level condition, not per sector",
    ),
    (
        "proposal",
        {"count": "sectors", "where": {"path": "title", "eqq": 1}, "gt": 0},
        "when.where.eqq",
        "unknown operator 'eqq'",
    ),
    (
        "proposal",
        {"count": "sectors", "where": {"path": "program.kpis", "exists": True}, "gt": 0},
        "when.where.path",
        "'program.kpis' cannot be read in a rule evaluated per sector",
    ),
]


@pytest.mark.parametrize(
    ("scope", "raw", "field", "message"),
    REFUSED,
    ids=[f"{i}:{r[3][:40]}" for i, r in enumerate(REFUSED)],
)
def test_a_malformed_condition_is_refused_naming_its_place_and_the_expectation(
    scope, raw, field, message
):
    with pytest.raises(ConditionError) as refused:
        parse(raw, scope)
    assert (refused.value.field, refused.value.message) == (field, message)
    assert str(refused.value) == message


def test_the_place_of_a_refusal_starts_at_the_given_field():
    with pytest.raises(ConditionError) as refused:
        parse({"path": "title", "eq": 5}, "proposal", "REG-001.when")
    assert refused.value.field == "REG-001.when.eq"


def test_comparisons_and_memberships_parse_to_the_tree_the_engine_compiles():
    assert parse({"path": APBD, "gt": 0}, "proposal") == c.Compare(APBD, "gt", 0)
    met = "governance.joint_committee_last_met"  # null = never met: a value
    assert parse({"path": met, "eq": None}, "proposal") == c.Compare(met, "eq", None)
    assert parse({"path": "budget.multi_year", "ne": False}, "proposal") == c.Compare(
        "budget.multi_year", "ne", False
    )
    assert parse({"path": "sector.lead_agency", "not_in": ["Bappeda", None]}, "sector") == c.Member(
        "sector.lead_agency", ("Bappeda", None), True
    )
    assert parse({"path": "stage", "in": ["active"]}, "proposal") == c.Member(
        "stage", ("active",), False
    )
    assert parse({"path": "title", "exists": False}, "proposal") == c.Exists("title", False)
    assert parse({"path": SOURCES, "not_contains": "apbn"}, "proposal") == c.Contains(
        SOURCES, "apbn", True
    )
    assert parse({"path": SOURCES, "contains_any": ["apbn", "grant"]}, "proposal") == c.AnyOf(
        (c.Contains(SOURCES, "apbn"), c.Contains(SOURCES, "grant"))
    )
    assert parse({"path": APBD, "ge": {"path": RATE}}, "proposal") == c.ComparePaths(
        APBD, "ge", RATE, 0, 1
    )
    assert parse(
        {"path": APBD, "lt": {"path": RATE, "plus": 2, "times": 0.5}}, "proposal"
    ) == c.ComparePaths(APBD, "lt", RATE, 2, 0.5)


def test_a_date_literal_is_read_as_a_date_written_or_parsed():
    day = dt.date(2015, 6, 10)
    assert parse({"path": "date", "lt": "2015-06-10"}, "proposal") == c.Compare("date", "lt", day)
    assert parse({"path": "date", "lt": day}, "proposal") == c.Compare("date", "lt", day)
    assert parse({"path": "date", "in": ["2015-06-10"]}, "proposal") == c.Member(
        "date", (day,), False
    )


def test_compound_conditions_keep_their_parts_in_order():
    a, b = {"path": "title", "exists": True}, {"flag": "f"}
    assert parse({"all": [a, b]}, "proposal") == c.All((c.Exists("title"), c.Flag("f")))
    assert parse({"any": [b, a]}, "proposal") == c.AnyOf((c.Flag("f"), c.Exists("title")))
    assert parse({"not": b}, "proposal") == c.Not(c.Flag("f"))


def test_counts_and_shares_parse_with_their_collection_and_where():
    where = {"path": "sector.lead_agency", "eq": None}
    assert parse({"count": "sectors", "where": where, "ge": 2}, "proposal") == c.Count(
        "sectors", c.Compare("sector.lead_agency", "eq", None), "ge", 2, False
    )
    assert parse({"share": "sectors", "gt": 0.5}, "proposal") == c.Count(
        "sectors", None, "gt", 0.5, True
    )
    # a share may be compared with its bounds themselves
    assert parse({"share": "sectors", "gt": 0}, "proposal") == c.Count(
        "sectors", None, "gt", 0, True
    )
    assert parse({"share": "sectors", "eq": 1}, "proposal") == c.Count(
        "sectors", None, "eq", 1, True
    )
    assert parse({"count": "sector.programs", "eq": 0}, "sector") == c.Count(
        "sector.programs", None, "eq", 0, False
    )
    assert parse({"count": SOURCES, "lt": 1}, "sector") == c.Count(SOURCES, None, "lt", 1, False)


def test_negation_is_pushed_to_the_leaves_exactly():
    compare = c.Compare(APBD, "gt", 0)
    count = c.Count("sectors", None, "ge", 2, False, node=7)
    tree = c.All(
        (
            c.AnyOf((c.Member("stage", ("active",)), c.Contains(SOURCES, "apbn"))),
            c.Not(c.Exists("title")),
            c.Flag("f"),
            count,
            compare,
        )
    )
    assert c.negate(tree) == c.AnyOf(
        (
            c.All((c.Member("stage", ("active",), True), c.Contains(SOURCES, "apbn", True))),
            c.Exists("title"),
            c.Flag("f", True),
            c.Count("sectors", None, "lt", 2, False, node=7),
            c.Not(compare),
        )
    )
    assert c.negate(c.Exists("title", False)) == c.Exists("title", True)
    assert c.negate(c.Exists("title", True)) == c.Exists("title", False)
    assert c.negate(c.Flag("f", True)) == c.Flag("f", False)
    assert [c.negate(c.Count("sectors", None, op, 1)).op for op in c.COMPARISONS] == [
        "ne",
        "eq",
        "ge",
        "gt",
        "le",
        "lt",
    ]


def test_read_paths_and_flags_name_what_a_condition_reads_in_order():
    tree = parse(
        {
            "all": [
                {"path": "stage", "in": ["active"]},
                {"path": APBD, "gt": {"path": RATE}},
                {"count": SOURCES, "gt": 0},
                {"path": "stage", "exists": True},
                {"flag": "a"},
                {"count": "sectors", "where": {"flag": "b"}, "gt": 0},
                {"path": "title", "exists": True},
            ]
        },
        "proposal",
    )
    assert c.read_paths(tree) == ["stage", APBD, RATE, SOURCES, "sectors", "title"]
    assert c.flags(tree) == {"a", "b"}
    assert [type(n).__name__ for n in c.walk(parse({"not": {"flag": "a"}}, "proposal"))] == [
        "Not",
        "Flag",
    ]


def test_exists_reads_whether_a_sector_lists_its_programmes():
    """A sector of a people-moving kind counts while it does not list its programmes
    (trial19 #3): ``exists`` on a sector's programmes says whether the list is given, which a
    count over it cannot (it is unknown then). Refused before: the engine read no such
    value and disagreed with the oracle (writing TOC-007, 2026-11-30)."""
    listed = {"path": "sector.programs", "exists": False}
    assert parse(listed, "sector") == c.Exists("sector.programs", False)
    inside = {"count": "sectors", "where": listed, "ge": 1}
    assert parse(inside, "proposal") == c.Count(
        "sectors", c.Exists("sector.programs", False), "ge", 1
    )
