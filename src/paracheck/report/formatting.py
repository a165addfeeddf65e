"""Locale-aware display of the values a report shows: money, numbers, rates, dates.

Everything goes through Babel so that ``id`` reads ``Rp600.000.000`` and ``10 Juni 2015``
and ``en`` reads ``IDR 600,000,000`` and ``June 10, 2015``. Evidence values arrive as whatever
the proposal held (ints, floats, booleans, dates or ISO date strings, lists, ``None``), so the
fact path decides how a value is shown: ``*_idr`` is money, ``*_rate`` a share, and only a
field whose type is a date is shown as a date (a text that looks like one is shown as typed).
Numbers of any size are written out: Babel computes in Python's decimal context, whose default
28 digits would fail on larger integers.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from paracheck.report.messages import message

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ITEM = re.compile(r"^sectors\[\d+\](?:\.programs\[\d+\])?\.")
_TINY = 1e-9  # below this a non-zero number is shown in scientific notation
# Whole Rupiah with a space after the symbol in both locales; no decimals (Rupiah has none in
# practice and the proposal contract holds whole Rupiah).
_MONEY_TEXT = "¤\u00a0#,##0"
#: Babel's locale per report language, parsed once (Babel parses a locale name on every call)
_LOCALES: dict[str, Locale] = {}


@functools.cache
def _money_pattern() -> NumberPattern:
    """The money pattern, parsed once, not per amount."""
    from babel.numbers import parse_pattern

    return parse_pattern(_MONEY_TEXT)


def _locale(lang: str) -> Locale:
    locale = _LOCALES.get(lang)
    if locale is None:
        from babel import Locale

        _kept_locale_data(lang)
        locale = _LOCALES[lang] = Locale.parse(lang)
    return locale


def _kept_locale_data(name: str) -> None:
    """Babel's data of locale ``name`` from the disk cache (``paracheck._cache``), when an
    earlier process kept it.

    Babel reads a locale's data by unpickling the locale's file and its parent's (root) and
    merging the two, each time a process first formats with it: a sixth of the drawing of a
    one-shot text report. What ``babel.localedata.load`` answers is kept as it is, filed under
    Babel's installed files, and handed to Babel's own per-process store of loaded locales,
    which is where ``load`` looks first; anything unexpected leaves Babel to load as it does.
    """
    from babel import localedata

    loaded = getattr(localedata, "_cache", None)
    if not isinstance(loaded, dict) or name in loaded:
        return
    from paracheck import _cache

    try:  # Babel's code and the two files merged (root is the parent of both languages)
        files = [localedata.__file__, *map(localedata.resolve_locale_filename, (name, "root"))]
        stamp = [f"{f}\0{os.stat(f).st_size}\0{os.stat(f).st_mtime_ns}" for f in files]
    except (AttributeError, OSError, TypeError, ValueError):
        return
    entry = f"babel-{_cache.digest(repr(stamp).encode('utf-8', 'surrogateescape'))[:40]}.pickle"
    data = _cache.load(entry)
    if isinstance(data, dict):
        loaded.setdefault(name, data)
    else:
        _cache.store(entry, localedata.load(name))


@contextmanager
def _digits() -> Iterator[None]:
    """A decimal context wide enough for any number a proposal can hold (Python's own int
    parsing stops at 4,300 digits)."""
    with decimal.localcontext() as ctx:
        ctx.prec = 5_000
        ctx.Emax = decimal.MAX_EMAX
        ctx.Emin = decimal.MIN_EMIN
        yield


def _plain(value: int | float) -> int | float:
    return 0 if value == 0 else value  # -0.0 reads as 0


def _formatted(
    fmt: Callable[..., str],
    value: int | float,
    lang: str,
    tiny: float,
    *,
    near_whole: bool = False,
    **options: object,
) -> str:
    """``fmt`` in a wide context; a non-zero number the pattern would round to zero is shown
    with all its digits (very small ones in scientific notation) rather than as 0, and with
    ``near_whole`` (a plain number) so is one it would round to a whole number."""
    value = _plain(value)
    if type(value) is int:
        # Babel reads a number through str(), which Python refuses beyond 4,300 digits: a sum
        # of amounts a proposal may hold (two budgets of 4,300 digits each) is given as an
        # exact Decimal instead, the same figure
        value = decimal.Decimal(value)
    locale = _locale(lang)
    with _digits():
        if isinstance(value, float) and 0 < abs(value) < tiny:
            if abs(value) < _TINY:
                from babel.numbers import format_scientific

                return format_scientific(value, locale=locale)
            return fmt(value, locale=locale, decimal_quantization=False, **options)
        if near_whole and _rounds_whole(value, tiny):
            # a fraction the pattern would round to a whole number is shown with its digits:
            # 8.00001 hours of outage read "8" beside a finding of "more than 8" (attack 480
            # M2), as a share is never shown reaching a whole percentage it does not reach
            return fmt(value, locale=locale, decimal_quantization=False, **options)
        return fmt(value, locale=locale, **options)


def _rounds_whole(value: object, tiny: float) -> bool:
    """Whether ``value``, a float with a fraction, is within ``tiny`` (half the last digit
    the pattern shows) of a whole number, so the pattern would print it as one."""
    if not isinstance(value, float) or not math.isfinite(value) or value.is_integer():
        return False
    return abs(value - round(value)) < tiny


#: the group separator of a whole number per report language, as Babel writes it
_GROUP = {"id": ".", "en": ","}
#: whole numbers below this in size take the direct path (Python's int-to-text conversion
#: refuses beyond 4,300 digits; larger numbers go through Babel as before)
_WHOLE = 10**18
#: the Rupiah's symbol per report language as :func:`money` writes it before the figure
_IDR: dict[str, str] = {}


def _idr_symbol(lang: str) -> str:
    """What :func:`money` writes before a whole amount's digits in ``lang``: Babel's text
    of zero Rupiah less its digit ("Rp", "IDR ")."""
    from babel.numbers import format_currency

    zero = _formatted(
        format_currency,
        0,
        lang,
        0.5,
        currency="IDR",
        format=_money_pattern(),
        currency_digits=False,
    )
    return zero.replace("Rp\u00a0", "Rp").replace("\u00a0", " ")[:-1]


def money(amount: int | float, lang: str) -> str:
    """``Rp600.000.000`` (id: the symbol joined to the figure, as PUEBI/EYD V writes
    "Rp5.000,00"; wording review 15) / ``IDR 600,000,000`` (en).

    A whole amount takes the direct path :func:`number` takes, behind the currency's symbol
    as the language writes it (read from Babel once per language): the same text Babel's
    pattern machinery writes in its 5,000-digit decimal context (a test compares them), at a
    fraction of its cost in every report that shows a budget."""
    group = _GROUP.get(lang)
    if group is not None and type(amount) is int and -_WHOLE < amount < _WHOLE:
        symbol = _IDR.get(lang)
        if symbol is None:
            symbol = _IDR[lang] = _babel_facts(lang)["idr"]
        digits = f"{abs(amount):,}".replace(",", group)
        return f"-{symbol}{digits}" if amount < 0 else f"{symbol}{digits}"
    from babel.numbers import format_currency

    text = _formatted(
        format_currency,
        amount,
        lang,
        0.5,
        currency="IDR",
        format=_money_pattern(),
        currency_digits=False,
    )
    return text.replace("Rp\u00a0", "Rp").replace("\u00a0", " ")


def number(value: int | float, lang: str) -> str:
    """``1.234,5`` (id) / ``1,234.5`` (en).

    A whole number (most counts, days and staff figures) is grouped by threes directly: the
    same text Babel writes for ``id`` and ``en`` (a test compares them, negative numbers and
    the edges of the direct path included), without Babel's pattern machinery in a 5,000-digit
    decimal context, which cost ~50 µs per number in every evidence line."""
    group = _GROUP.get(lang)
    if group is not None:
        if type(value) is int and -_WHOLE < value < _WHOLE:
            return f"{value:,}".replace(",", group)
        # a float with no fraction (60.0, -4.0: the computed differences and shares a
        # report shows), exact as an int up to 2**53: Babel writes it as that whole number
        if type(value) is float and value.is_integer() and -_EXACT <= value <= _EXACT:
            return f"{int(value):,}".replace(",", group)
    from babel.numbers import format_decimal

    return _formatted(format_decimal, value, lang, 0.0005, near_whole=True)


#: the largest whole float every smaller whole float's int is exact below (2**53)
_EXACT = float(2**53)


def share(value: float, lang: str) -> str:
    """A rate 0..1 as a percentage: ``60%``; a rate that is not a whole percentage with one
    decimal, ``69,6%``, ``0,6%`` — or two where one would still round it to a whole one
    (``69,96%``). Rounded to a whole percentage, a realisation of 0.696 read "70%" under
    "di bawah 70%", and 0,6% read "1%" (wording review 18 A6): a figure is never shown
    reaching a whole percentage (a threshold a pack may set) that it does not reach. The
    percentage is taken from the number as written (0.57 is 57%, not 56.99…%)."""
    value = _plain(value)
    if not isinstance(value, float) or not math.isfinite(value) or abs(value) < _TINY:
        if type(value) is int and lang in _GROUP and -_WHOLE < value * 100 < _WHOLE:
            return f"{number(value * 100, lang)}%"  # a whole rate (0, 1): as Babel writes it
        return _formatted(_format_percent(), value, lang, 0.005)
    percent = decimal.Decimal(repr(value)).scaleb(2)
    if percent == percent.to_integral_value():
        if lang in _GROUP and -_WHOLE < percent < _WHOLE:
            # a whole percentage ("40%"): grouped directly, the same text as Babel's
            # "#,##0%" in id and en (a test compares them), without its pattern machinery
            return f"{number(int(percent), lang)}%"
        return _formatted(_format_percent(), value, lang, 0.005)
    whole = percent.to_integral_value(rounding=decimal.ROUND_FLOOR)
    for places in (1, 2):
        shown = percent.quantize(decimal.Decimal(1).scaleb(-places), decimal.ROUND_HALF_EVEN)
        if (
            shown != shown.to_integral_value()
            or shown.to_integral_value(rounding=decimal.ROUND_FLOOR) == whole
        ):
            break
    else:  # 69.996 would read 70,00%: cut, do not round, at two places
        shown = percent.quantize(decimal.Decimal("0.01"), decimal.ROUND_FLOOR)
    if not shown:  # smaller than 0,005%: all its digits, as before
        return _formatted(_format_percent(), value, lang, 0.005)
    pattern = "#,##0." + "0" * places + "%"
    with _digits():
        return _format_percent()(shown.scaleb(-2), format=pattern, locale=_locale(lang))


def _format_percent() -> Callable[..., str]:
    """Babel's ``format_percent``, imported when a rate needs it (most take the direct path)."""
    from babel.numbers import format_percent

    return format_percent


def date(value: dt.date | str | None, lang: str) -> str:
    """``10 Juni 2015`` (id) / ``June 10, 2015`` (en); empty for no date; a text that is not
    a date is shown as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    direct = _LONG_DATES.get(lang)
    if direct is None:
        direct = _LONG_DATES[lang] = _babel_facts(lang)["long_date"]
    if direct:
        order, months = direct
        if order == _DAY_FIRST:
            return f"{value.day} {months[value.month]} {value.year}"
        return f"{months[value.month]} {value.day}, {value.year}"
    from babel.dates import format_date

    return format_date(value, format="long", locale=_locale(lang))


#: the two ways of writing a long date the direct path of :func:`date` knows (Babel's
#: patterns for ``id`` and ``en``)
_DAY_FIRST, _MONTH_FIRST = "d MMMM y", "MMMM d, y"
#: per report language: its long-date pattern and month names, read from Babel once; ``()``
#: when its pattern is another (then Babel writes every date)
_LONG_DATES: dict[str, tuple[str, dict[int, str]] | tuple[()]] = {}


def _long_date(lang: str) -> tuple[str, dict[int, str]] | tuple[()]:
    """What :func:`date` needs to write ``lang``'s long date itself, without Babel's pattern
    parsing and formatter objects at every date (~40 µs each; a report writes a dozen): the
    same text (a test compares them over the whole calendar)."""
    locale = _locale(lang)
    pattern = str(locale.date_formats["long"].pattern)
    if pattern not in (_DAY_FIRST, _MONTH_FIRST):
        return ()
    wide = locale.months["format"]["wide"]
    return pattern, {m: str(wide[m]) for m in range(1, 13)}


#: per report language, what the direct paths of :func:`date` and :func:`money` read from
#: Babel (``_babel_facts``)
_FACTS: dict[str, dict[str, Any]] = {}


def _babel_facts(lang: str) -> dict[str, Any]:
    """What the direct paths need of Babel in ``lang``: ``long_date`` (:func:`_long_date`) and
    ``idr`` (:func:`_idr_symbol`), kept in the disk cache (``paracheck._cache``) under Babel's
    installed version and this paracheck's files.

    Read from Babel, they cost a report importing Babel's date and number modules and loading
    the language's locale data (27 M instructions of a one-shot ``paracheck assess`` as text,
    ~2 %, issue 16) for twelve month names and a currency symbol; a later process reads them
    back instead and imports no Babel at all unless a value needs its pattern machinery."""
    facts = _FACTS.get(lang)
    if facts is None:
        from paracheck import _cache
        from paracheck.engine._disk import _babel_stamp

        key = "\0".join([_cache.code_fingerprint(), _babel_stamp(), lang])
        entry = f"babel-facts-{_cache.digest(key.encode('utf-8', 'surrogateescape'))[:40]}.pickle"
        facts = _cache.load(entry)
        if not isinstance(facts, dict) or set(facts) != {"long_date", "idr"}:
            facts = {"long_date": _long_date(lang), "idr": _idr_symbol(lang)}
            _cache.store(entry, facts)
        _FACTS[lang] = facts
    return facts


def is_date_field(path: str) -> bool:
    """Whether the proposal field (or computed fact) at a concrete path holds a date."""
    from paracheck.facts.paths import vocabulary

    match = _ITEM.match(path)
    if match:
        scope = "program." if ".programs[" in match.group(0) else "sector."
        path = scope + path[match.end() :]
    info = vocabulary().get(path)
    return info is not None and info.type == "date"


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
        return date(raw, lang) if _ISO_DATE.match(raw) and is_date_field(path) else raw
    if isinstance(raw, list | tuple):
        if not raw:
            return message("empty_list", lang)
        return ", ".join(value(path, item, lang) for item in raw)
    if isinstance(raw, Mapping):
        return ", ".join(f"{k}: {value(f'{path}.{k}', v, lang)}" for k, v in raw.items())
    return str(raw)


# An article as an English-style reference writes it: "Pasal 42(1)(g)", "Pasal 1(3)",
# "Pasal 6-7" (the packs' source references, shared by both languages).
_ARTICLE = re.compile(r"\bPasal (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(?:-(\d+))?")


def citation_id(text: str) -> str:
    """Article references in Indonesian legal style (Lampiran II UU 12/2011, and every
    telaahan): "Pasal 42 ayat (1) huruf g", "Pasal 1 angka 3" (Pasal 1 holds the definitions,
    numbered, not ayat), "Pasal 6 dan Pasal 7". Only the notation changes, never which
    article is cited (review 12); English texts keep "Pasal 42(1)(g)"."""

    def said(m: re.Match[str]) -> str:
        article, part, letter, last = m.groups()
        if last is not None and part is None and letter is None:
            joiner = "dan" if int(last) == int(article) + 1 else "sampai dengan"
            return f"Pasal {article} {joiner} Pasal {last}"
        if part is None or last is not None:
            return m.group(0)
        words = (
            f"Pasal {article} angka {part}" if article == "1" else f"Pasal {article} ayat ({part})"
        )
        return f"{words} huruf {letter}" if letter else words

    return _ARTICLE.sub(said, text)
