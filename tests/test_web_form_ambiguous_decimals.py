"""A number in a field of decimals whose one separator is followed by three digits ("1,000",
"12.500") is a thousand on one reading and a decimal on the other: the form asks which, on
either page, instead of reading it as 1 (atk22: "1,000" outage hours typed on the English
page, where the form itself writes a thousand as 1,000, was saved as 1 hour, silently).
What the form writes itself is never refused so: a proposal's 12.125 is shown "12,1250"."""

from __future__ import annotations

import re

import pytest

from paracheck.web import form as forms

OUTAGE = "energy.outage_hours_per_month"
MARGIN = "energy.reserve_margin_pct"
SHARE = "budget.realization_rate"


def _read(path: str, typed: str, lang: str) -> tuple[object, str | None]:
    state = forms.FormState(values={"title": "T", path: typed})
    data, errors = forms.data_from_state(state, lang)
    value: object = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None  # type: ignore[union-attr]
    return value, errors.get(path)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("path", "typed", "whole", "small"),
    [
        (OUTAGE, "1,000", "1000", "1"),
        (OUTAGE, "1.000", "1000", "1"),
        (MARGIN, "12,500", "12500", "12{sep}5"),
        (MARGIN, "-1.000", "-1000", "-1"),
        (SHARE, "12,125%", "12125%", "12{sep}1250%"),
    ],
)
def test_a_decimal_that_reads_as_a_thousand_too_is_asked_about_not_read(
    path, typed, whole, small, lang
):
    value, said = _read(path, typed, lang)
    assert value is None  # nothing taken for the proposal
    assert said is not None
    small = small.format(sep="," if lang == "id" else ".")
    assert said.endswith(f": {whole} {'atau' if lang == 'id' else 'or'} {small}"), said
    # each writing it offers is read as the number it says (the field's range may still
    # refuse it: 1000 hours in a month, with its own message)
    for offered in (whole, small):
        value, said = _read(path, offered, lang)
        assert said is None or offered not in said, said
        expected = float(offered.rstrip("%").replace(",", "."))
        assert value == (round(expected / 100, 10) if offered.endswith("%") else expected)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("value", [12.125, 100.001, -1.125])
def test_a_decimal_the_form_shows_is_never_one_it_asks_about(value, lang):
    shown = forms.state_from_data({"title": "T", "energy": {"reserve_margin_pct": value}}, lang)
    typed = shown.get(MARGIN)
    # "12,125" would read as twelve thousand one hundred and twenty-five too
    assert not re.fullmatch(r"-?[1-9][0-9]{0,2}[.,][0-9]{3}", typed), typed
    assert _read(MARGIN, typed, lang) == (value, None), typed


@pytest.mark.parametrize(("lang", "said"), [("id", "tulis 1 (100%)"), ("en", "write 1 (100%)")])
def test_a_share_that_reads_as_a_thousand_is_told_the_one_reading_it_takes(lang, said):
    """Web 490 L2: a realisation rate "1,000" was told "dapat dibaca 1000 atau 1", offering a
    figure the field (0 to 1) refuses."""
    value, message = _read(SHARE, "1,000", lang)
    assert value is None and message is not None
    assert message.endswith(said) and "1000" not in message
