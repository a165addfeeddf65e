"""Locale-aware display of the values a report shows: money, numbers, rates, dates.

Everything goes through Babel so that ``id`` reads ``Rp 600.000.000`` and ``10 Juni 2015``
and ``en`` reads ``IDR 600,000,000`` and ``June 10, 2015``. Evidence values arrive as whatever
the proposal held (ints, floats, booleans, dates or ISO date strings, lists, ``None``), so the
fact path decides how a number is shown: ``*_idr`` is money, ``*_rate`` a share.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal, format_percent

from paracheck.report.messages import message

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Whole Rupiah with a space after the symbol in both locales; no decimals (Rupiah has none in
# practice and the proposal contract holds whole Rupiah).
_MONEY_PATTERN = "¤\u00a0#,##0"


def money(amount: int | float, lang: str) -> str:
    """``Rp 600.000.000`` (id) / ``IDR 600,000,000`` (en)."""
    text = format_currency(amount, "IDR", format=_MONEY_PATTERN, locale=lang,
                           currency_digits=False)
    return text.replace("\u00a0", " ")


def number(value: int | float, lang: str) -> str:
    """``1.234,5`` (id) / ``1,234.5`` (en)."""
    return format_decimal(value, locale=lang)


def share(value: float, lang: str) -> str:
    """A rate 0..1 as a percentage: ``60%``."""
    return format_percent(value, locale=lang)


def date(value: dt.date | str | None, lang: str) -> str:
    """``10 Juni 2015`` (id) / ``June 10, 2015`` (en); empty for no date."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return _babel_date(value, format="long", locale=lang)


def value(path: str, raw: Any, lang: str) -> str:
    """A fact's value for a reader, formatted by what its path says it is."""
    if raw is None:
        return message("null", lang)
    if isinstance(raw, bool):
        return message("yes" if raw else "no", lang)
    if isinstance(raw, int | float):
        if path.endswith("_idr"):
            return money(raw, lang)
        if path.endswith("_rate"):
            return share(raw, lang)
        return number(raw, lang)
    if isinstance(raw, dt.date):
        return date(raw, lang)
    if isinstance(raw, str):
        return date(raw, lang) if _ISO_DATE.match(raw) else raw
    if isinstance(raw, list | tuple):
        if not raw:
            return message("empty_list", lang)
        return ", ".join(value(path, item, lang) for item in raw)
    if isinstance(raw, Mapping):
        return ", ".join(f"{k}: {value(f'{path}.{k}', v, lang)}" for k, v in raw.items())
    return str(raw)
