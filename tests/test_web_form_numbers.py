"""How the form reads numbers, amounts and dates as officers write them.

- Digits of another script (Arabic-Indic ٢٠٢٠, full-width ２０２０ typed with a Chinese or
  Japanese input method on) are the digits they are, in every field that takes a number or a
  date. A count in them was read while a date in them was refused with "isi tanggal dengan
  format TTTT-BB-HH", beside a date written exactly so.
- Rupiah as written in letters and budgets: "Rp 200.000.000,-" and "Rp 200.000.000,00" were
  refused with "isi jumlah rupiah tanpa desimal", beside an amount with no cents at all.
- A negative amount written with thousands ("-1.000") is told the field's minimum, as "-5" is,
  not that it is not a number.
- What is no number (a superscript ², "Rp 1,5 miliar", cents that are not zero) is still
  refused beside its field, never read as something else.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import paracheck
from paracheck.web import form as forms

MONEY = "budget.apbd_allocation_idr"
SHARE = "budget.realization_rate"
COUNT = "human_resources.dedicated_staff"
STAFF = "human_resources.language_staff"


def _read(path: str, typed: str) -> tuple[object, str | None]:
    """(the value the form reads from ``typed`` in ``path``, the message beside it)."""
    state = forms.FormState(values={"title": "T", path: typed})
    data, errors = forms.data_from_state(state, "id")
    value: object = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None  # type: ignore[union-attr]
    return value, errors.get(path)


@pytest.mark.parametrize(
    ("path", "typed", "read"),
    [
        ("date", "٢٠٢٠-٠٥-٢٢", "2020-05-22"),
        ("date", "２０２０-０５-２２", "2020-05-22"),
        ("date", "۲۰۲۰-۰۵-۲۲", "2020-05-22"),  # Persian digits
        (COUNT, "١٢", 12),
        (COUNT, "１２", 12),
        (MONEY, "Rp ٢٠٠.٠٠٠.٠٠٠", 200_000_000),
        (MONEY, "２００.０００.０００", 200_000_000),
        (SHARE, "٦٠%", 0.6),
        (SHARE, "０,６", 0.6),
        (STAFF, "zh: ２", {"zh": 2}),
    ],
)
def test_digits_of_any_script_are_read_in_every_number_and_date_field(path, typed, read):
    assert _read(path, typed) == (read, None)


@pytest.mark.parametrize(
    "typed",
    ["Rp 200.000.000,-", "Rp. 200.000.000,00", "200,000,000.00", "200.000.000,-", "Rp200000000,00"],
)
def test_rupiah_written_with_no_cents_as_budgets_write_it_is_read(typed):
    assert _read(MONEY, typed) == (200_000_000, None)


def test_a_negative_amount_written_with_thousands_is_told_its_minimum():
    assert _read(MONEY, "-1.000") == (-1000, forms.message("minimum", "id", limit="0"))
    assert _read(MONEY, "-1.000")[1] == _read(MONEY, "-5")[1]


@pytest.mark.parametrize(
    ("path", "typed"),
    [
        (MONEY, "Rp 1,5 miliar"),
        (MONEY, "1.000.000,50"),
        (MONEY, "²"),
        (MONEY, "200.000.000,-,-"),
        (COUNT, "²"),
        (COUNT, "1²"),
        ("date", "２０２０-５-２２"),
        ("date", "2020-02-30"),
        (SHARE, "٠٫٦"),  # the Arabic decimal separator is not read as one
    ],
)
def test_what_is_no_number_is_refused_beside_its_field(path, typed):
    value, said = _read(path, typed)
    assert value is None and said, (value, said)


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("Rp 1,5 miliar", "1500000000"),
        ("Rp. 250 juta", "250000000"),
        ("1.500 juta", "1500000000"),  # three digits after the point: thousands
        ("Rp 12,75 juta,-", "12750000"),
        ("3 triliun", "3000000000000"),
        ("2.5 billion", "2500000000"),
        ("Rp ١٫٥ milyar".replace("٫", ","), "1500000000"),
    ],
)
def test_an_amount_in_words_is_refused_with_the_figure_it_stands_for(typed, figure):
    """ "Rp 1,5 miliar" was refused with "isi jumlah rupiah tanpa desimal, misalnya 250000000"
    (robust18): the officer had to work the zeros out. The form still reads no words (never
    silently), but says which figure to write."""
    value, said = _read(MONEY, typed)
    assert value is None
    assert said == forms.message("money_words", "id", written=typed, figure=figure)
    assert said.endswith(f"tulis {figure}")


@pytest.mark.parametrize("typed", ["1,2345 ribu", "ribu", "1,5 kilo"])
def test_an_amount_in_words_offers_no_figure_it_cannot_be_sure_of(typed):
    """1,2345 ribu is no whole Rupiah, "kilo" no scale a budget writes: the general sentence,
    no guess ("M", miliar or million, is offered both ways: see below)."""
    assert _read(MONEY, typed) == (None, forms.message("money", "id"))


@pytest.mark.parametrize(
    ("typed", "day"),
    [("29-02-2024", "2024-02-29"), ("1 Mei 2020", "2020-05-01"), ("٢٩-٠٢-٢٠٢٤", "2024-02-29")],
)
def test_a_date_written_as_letters_write_it_is_refused_with_the_day_to_enter(typed, day):
    """The form said only "isi tanggal dengan format TTTT-BB-HH …" beside "29-02-2024", while
    the same date in a file is told "tulis 2024-02-29" (paracheck.date_written_as)."""
    value, said = _read("agreement.expires", typed)
    assert value is None
    assert said == forms.message("date_written", "id", written=typed, figure=day)
    assert said.endswith(f"tulis {day}")


@pytest.mark.parametrize(
    ("typed", "day_first", "month_first"),
    [("05-01-2020", "2020-01-05", "2020-05-01"), ("01/09/2025", "2025-09-01", "2025-01-09")],
)
def test_a_date_that_could_be_another_day_is_offered_both_days(typed, day_first, month_first):
    """Web 462 M4: "01/09/2025" was told to be "a date that really exists": it is one, either
    way round; the day first, as Indonesian letters write it, comes first."""
    value, said = _read("agreement.expires", typed)
    assert value is None
    assert said == forms.message(
        "date_either",
        "id",
        written=typed,
        day_first=day_first,
        month_first=month_first,
        day_first_said=paracheck.date_words(day_first, "id"),
        month_first_said=paracheck.date_words(month_first, "id"),
    )
    assert f"tulis {day_first} bila maksudnya {paracheck.date_words(day_first, 'id')}" in said


def test_a_date_whose_day_and_month_are_equal_is_one_day():
    assert _read("agreement.expires", "05-05-2020")[1] == forms.message(
        "date_written", "id", written="05-05-2020", figure="2020-05-05"
    )


@pytest.mark.parametrize(
    "typed",
    ["2020-02-30", "2026-11-31", "2025-13-01", "31/02/2026", "30 Februari 2024", "31 April 2025"],
)
def test_a_date_in_the_asked_form_that_no_calendar_has_is_said_so(typed):
    """Trial 270 L9: "2026-11-31" in the form was told only "isi tanggal dengan format
    TTTT-BB-HH yang benar-benar ada", where a file is told it is no date in the calendar; web
    440 L4: so was "31/02/2026", a day that can only be 31 February."""
    value, said = _read("agreement.expires", typed)
    assert value is None
    assert said == f"«{typed}» bukan tanggal yang ada di kalender (periksa tanggal dan bulannya)"


@given(amount=st.integers(min_value=0, max_value=10**15), lang=st.sampled_from(["id", "en"]))
def test_an_amount_is_shown_grouped_in_the_forms_language_and_read_back(amount, lang):
    """Trial 230 #10: after "Ubah isian" an amount came back as "150000000000", the officer
    counting zeros to tell 15 from 150 miliar. The form shows it grouped by thousands as its
    language writes them ("150.000.000.000"; "150,000,000,000" in English) and reads it back
    as the same whole Rupiah."""
    state = forms.state_from_data({"title": "T", "budget": {"apbd_allocation_idr": amount}}, lang)
    shown = state.get(MONEY)
    separator = "." if lang == "id" else ","
    assert shown == f"{amount:,}".replace(",", separator)
    data, errors = forms.data_from_state(state, lang)
    assert not errors
    assert data["budget"]["apbd_allocation_idr"] == amount


@pytest.mark.parametrize(
    ("typed", "miliar", "juta"),
    [
        ("2 M", "2000000000", "2000000"),
        ("1,5M", "1500000000", "1500000"),
        ("Rp 750 m", "750000000000", "750000000"),
    ],
)
def test_an_amount_abbreviated_with_m_is_refused_with_both_figures_it_may_stand_for(
    typed, miliar, juta
):
    """Web 440 L4: "2 M" — miliar in an Indonesian budget, million in English — had only "isi
    jumlah rupiah tanpa desimal"; the form now offers both figures and reads neither."""
    value, said = _read(MONEY, typed)
    assert value is None
    assert said == (
        f"isi jumlah rupiah dengan angka saja: untuk «{typed}» tulis {miliar} bila «M» berarti "
        f"miliar, atau {juta} bila «M» berarti juta"
    )


def test_an_m_amount_that_is_no_whole_rupiah_either_way_gets_the_general_sentence():
    assert _read(MONEY, "1,2345 M") == (None, forms.message("money", "id"))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # review 491 H3: "1,500 juta" was told 1500000000, a thousand times 1,5 juta
        ("1,500 juta", "untuk «1,500 juta» tulis 1500000 atau 1500000000, sesuai yang dimaksud"),
    ],
)
def test_an_amount_with_one_separator_before_three_digits_is_given_both_readings(typed, said):
    value, message = _read(MONEY, typed)
    assert value is None and message is not None
    assert message.endswith(said), message


def test_an_m_amount_with_one_separator_before_three_digits_is_given_no_figure():
    value, message = _read(MONEY, "1,250 M")
    assert value is None and message is not None
    assert "1250000000000" not in message
