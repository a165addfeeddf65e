"""Valid but unusual values render in every format (issue 14, item 3).

A text that looks like a date but is none (``2021-02-30``, ``0000-01-01``) broke Markdown and
HTML; integers of 29 digits or more broke every human format (Babel's 28-digit decimal
context); a date typed into a text field was shown as a date. Values are formatted by the
type of their field, and numbers of any size are written out.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import paracheck
from paracheck.report import formatting, render

HUMAN_FORMATS = ("text", "markdown", "html")
ALL_FORMATS = (*HUMAN_FORMATS, "json", "csv")


def unusual() -> dict:
    with open("examples/ntb-zhejiang-2015.yaml", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    data = copy.deepcopy(data)
    data["basis"]["complementarity"] = "2021-02-30"
    data["basis"]["similar_characteristics"] = ["0000-01-01", "2021-02-01"]
    data["budget"] = {
        **(data.get("budget") or {}),
        "revisions_last_year": 10**30,
        "realization_rate": 0.00001,
    }
    data["human_resources"] = {**(data.get("human_resources") or {}), "response_days": 10**29}
    return data


@pytest.fixture(scope="module")
def assessment():
    return paracheck.assess(unusual())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_unusual_values_render_in_every_format(assessment, fmt, lang):
    out = render(assessment, fmt, lang)
    assert out


@pytest.mark.parametrize("fmt", HUMAN_FORMATS)
def test_a_29_digit_count_is_written_out_in_full(assessment, fmt):
    out = render(assessment, fmt, "en")
    assert "1,000,000,000,000,000,000,000,000,000,000" in out  # revisions_last_year = 10**30


def test_text_that_looks_like_a_date_is_shown_as_typed():
    assert formatting.value("basis.complementarity", "2021-02-30", "en") == "2021-02-30"
    assert (
        formatting.value("basis.similar_characteristics", ["0000-01-01", "2021-02-01"], "id")
        == "0000-01-01, 2021-02-01"
    )
    assert formatting.value("program.kpis", ["2021-02-01"], "en") == "2021-02-01"


def test_a_date_field_is_still_shown_as_a_date():
    assert formatting.value("procedure.signing.date", "2015-06-10", "en") == "June 10, 2015"
    assert formatting.value("sectors[2].last_activity", "2015-06-10", "id") == "10 Juni 2015"


@pytest.mark.parametrize(
    "raw, shown",
    [
        (10**28, "10,000,000,000,000,000,000,000,000,000"),
        (-(10**40), "-10,000,000,000,000,000,000,000,000,000,000,000,000,000"),
        (0.00001, "0.00001"),
        (-0.0, "0"),
    ],
)
def test_numbers_of_any_size_are_written_out(raw, shown):
    assert formatting.value("human_resources.response_days", raw, "en") == shown


def test_a_tiny_share_is_not_shown_as_zero():
    assert formatting.value("budget.realization_rate", 0.00001, "en") == "0.001%"
    assert formatting.value("budget.apbd_allocation_idr", 10**30, "id").startswith(
        "Rp1.000.000.000.000.000.000.000.000.000.000"
    )


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1),
        st.sampled_from([0, -1, 999, 1000, -1000, 10**18 - 1, -(10**18) + 1, 10**18, 10**40]),
    ),
    st.sampled_from(["id", "en"]),
)
def test_a_whole_number_reads_exactly_as_babel_writes_it(value, lang):
    """formatting.number groups whole numbers itself (a fast path for every count in every
    evidence line); it must write what Babel writes, digit for digit."""
    from babel.numbers import format_decimal

    with formatting._digits():
        expected = format_decimal(value, locale=lang)
    assert formatting.number(value, lang) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1),
        st.sampled_from([0, -1, 999, 1000, -1000, 10**18 - 1, -(10**18) + 1, 10**18, 10**40]),
    ),
    st.sampled_from(["id", "en"]),
)
def test_a_whole_amount_of_money_reads_exactly_as_babel_writes_it(value, lang):
    """formatting.money writes a whole amount itself (a fast path for every budget in every
    report); it must write what Babel's currency pattern writes, symbol and digits."""
    from babel.numbers import format_currency

    with formatting._digits():
        babel = format_currency(
            value, "IDR", locale=lang, format=formatting._money_pattern(), currency_digits=False
        )
    assert formatting.money(value, lang) == babel.replace("Rp\u00a0", "Rp").replace("\u00a0", " ")


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=-(2**53), max_value=2**53).map(float),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.0, -0.0, 60.0, -4.0, 2.0**53, -(2.0**53), 2.0**53 + 2, 1e20, 0.5]),
    ),
    st.sampled_from(["id", "en"]),
)
def test_a_float_reads_exactly_as_babel_writes_it(value, lang):
    """formatting.number writes a float with no fraction (60.0: the differences and shares
    the evidence shows) as its whole number itself; every float must read as Babel's decimal
    pattern in its wide context writes it, the path every float took before."""
    from babel.numbers import format_decimal

    assert formatting.number(value, lang) == formatting._formatted(
        format_decimal, value, lang, 0.0005, near_whole=True
    )


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=-(10**14), max_value=10**14),
        st.integers(min_value=-(10**9), max_value=10**9).map(lambda n: n / 100),
        st.sampled_from([0, 1, -1, 0.4, 0.57, 0.6, -0.4, 12.5, 1e20, 10**16, 0.0, -0.0]),
    ),
    st.sampled_from(["id", "en"]),
)
def test_a_whole_percentage_reads_exactly_as_babel_writes_it(value, lang):
    """formatting.share writes a whole percentage ("40%", "1.250%") itself; it must read as
    Babel's percent pattern writes it, the path every whole rate took before (the values
    here are all whole percentages: hundredths, whole numbers)."""
    from babel.numbers import format_percent

    expected = formatting._formatted(format_percent, value, lang, 0.005)
    assert formatting.share(value, lang) == expected


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(2015, 6, 10)])),
    st.sampled_from(["id", "en"]),
)
def test_a_date_reads_exactly_as_babel_writes_it(day, lang):
    """formatting.date writes a long date itself (month names and pattern read from Babel
    once per language); it must write what Babel's long format writes, on any day."""
    from babel.dates import format_date

    assert formatting.date(day, lang) == format_date(day, format="long", locale=lang)
    assert formatting.date(day.isoformat(), lang) == formatting.date(day, lang)
