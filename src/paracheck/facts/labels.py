"""Labels people read instead of field paths and codes, in Bahasa Indonesia and English.

The wording lives in ``data/labels.yaml`` (one table, reviewed as a whole); this module finds
the label of a path in any of the forms the project uses: generic (``sector.lead_agency``,
``procedure.signing.status``) or concrete (``sectors[2].lead_agency``,
``sectors[0].programs[1].status``, ``human_resources.language_staff.zh``). Machines keep the
raw paths (JSON, CSV); everything a person reads goes through here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from paracheck._yaml import load_shipped

__all__ = [
    "capitalize",
    "code_names",
    "country_name",
    "field_label",
    "field_labels",
    "generic_path",
    "join_words",
    "language_name",
    "language_phrase",
    "member_noun",
    "place_text",
    "running_after",
    "running_shown_by",
    "runs_after",
    "value_groups",
    "value_label",
    "value_text",
]

_STEP = re.compile(r"^procedure\.([a-z_]+)\.(status|date|document|step)$")
_INDEX = re.compile(r"\[(\d+)\]")
_ITEM_KIND = {
    "sectors": "sector",
    "programs": "program",
    "procedure": "procedure",
    "accepted_risks": "accepted_risk",
}
_WHERE = {
    "sector": ("sektor ke-{n}", "sector {n}"),
    "program": ("program ke-{n}", "programme {n}"),
    "procedure": ("langkah ke-{n}", "step {n}"),
    "accepted_risk": ("risiko diterima ke-{n}", "waiver {n}"),
    "item": ("butir ke-{n}", "item {n}"),
}


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("paracheck.facts").joinpath("data", "labels.yaml").read_text("utf-8")
    return load_shipped(text)


def field_labels() -> dict[str, dict[str, str]]:
    """Every labelled field path (generic form) → ``{id, en[, values]}``."""
    return _data()["fields"]


def value_groups() -> dict[str, dict[str, dict[str, str]]]:
    """Every group of codes → code → ``{id, en}``."""
    return _data()["values"]


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


def generic_path(path: str) -> tuple[str, list[tuple[str, int]], str | None]:
    """``sectors[2].programs[0].status`` → (``program.status``, [(sector, 3), (program, 1)]).

    Also returns the step id of a ``procedure.<step>.*`` path and keeps the key of a mapping
    field (``human_resources.language_staff.zh``) as a trailing ``("key", …)`` place.
    """
    places: list[tuple[str, int]] = []
    out: list[str] = []
    step = None
    for part in path.split("."):
        m = _INDEX.search(part)
        name = _INDEX.sub("", part)
        if not m:
            out.append(name)
            continue
        kind = _ITEM_KIND.get(name, "item")
        places.append((kind, int(m.group(1)) + 1))
        if kind == "item":
            out.append(name)
        elif kind == "procedure":
            out = ["procedure", "<step>"]
        else:  # a sector, programme or waiver: its fields read as that item's own
            out = [kind]
    generic = ".".join(out)
    match = _STEP.match(generic)
    if match:
        step = match.group(1)
        generic = f"procedure.<step>.{match.group(2)}"
    if generic.startswith("human_resources.language_staff."):
        generic = "human_resources.language_staff"
    if generic.startswith("sector.programs."):
        generic = "program." + generic.split(".", 2)[2]
    return generic, places, step


def _step_name(step: str | None, lang: str) -> str:
    if step is None:
        return "prosedur" if lang == "id" else "procedure"
    entry = value_groups()["step"].get(step)
    return entry[_lang(lang)] if entry else step.replace("_", " ")


def place_text(kind: str, n: int, lang: str) -> str:
    """Which item of a list: ``sektor ke-3`` / ``sector 3`` (``kind`` as in
    :func:`generic_path`)."""
    return _WHERE[kind][0 if _lang(lang) == "id" else 1].format(n=n)


def runs_after(program: Any, ends: dt.date) -> bool:
    """Whether a programme is recorded as running, or active, after ``ends`` (an MoU's last
    day): status ongoing, or a start or last activity after it, not the cancelled. The one
    test behind the lapsed-MoU notice's list (:func:`running_after`, whose places tell the
    plan which oversight of the activities is owed now) and the fact
    ``program.runs_after_mou`` a rule reads (:func:`running_shown_by`)."""
    return (
        running_shown_by(program.status, program.started, program.last_activity, ends) is not None
    )


#: days without activity after which a programme recorded as running is idle: IMP-005's
#: yardstick for the thesis's "some months" (180 days, half a year; not a regulation's figure)
IDLE_DAYS = 180


def idle_before(last_activity: Any, ends: dt.date) -> bool:
    """Whether a programme's last activity came more than :data:`IDLE_DAYS` before the MoU's
    last day ``ends``: one recorded as running (``ongoing``) was then idle when the term
    ended, its status saying it was never closed, not that it runs after the end (trial 340
    H2: a shrimp-farming programme "berjalan" in the office's report, last active in March
    2019, an MoU lapsed in April 2022, told to stop, and its oversight ordered "sekarang")."""
    return isinstance(last_activity, dt.date) and (ends - last_activity).days > IDLE_DAYS


def running_shown_by(status: Any, started: Any, last_activity: Any, ends: dt.date) -> str | None:
    """:func:`runs_after` on a programme's fields: the field that shows it runs after
    ``ends`` (``status``, ``last_activity``, ``started``: the line its evidence cites), None
    when it does not. facts/decompose.py makes ``program.runs_after_mou`` with it, so a check
    (REG-051) and the lapsed-MoU notice never disagree on what runs (fix34a). A programme
    recorded as running but idle long before the end (:func:`idle_before`) does not run after
    it unless it started after it."""
    if status == "cancelled":
        return None
    if status == "ongoing" and not idle_before(last_activity, ends):
        return "status"
    if isinstance(last_activity, dt.date) and last_activity > ends:
        return "last_activity"
    if isinstance(started, dt.date) and started > ends:
        return "started"
    return None


def running_after(proposal: Any, ends: dt.date, lang: str) -> list[tuple[str, str | None, str]]:
    """The programmes a proposal records as running, or active, after ``ends`` (an MoU's
    last day): status ongoing, or a start or last activity after it, not the cancelled; each
    as (its name in quotes, or its place — "sektor ke-1, program ke-1" — where it has none;
    the agency in charge of its sector where the file names one; its place as a check's
    items give it, ``sectors[0].programs[1]``, counted from 0). The lapsed-MoU notice and
    the Saran name them alike."""
    return [
        (said, agency, at)
        for said, agency, at, _ in programs_where(proposal, lambda p: runs_after(p, ends), lang)
    ]


def programs_where(
    proposal: Any, keep: Callable[[Any], bool], lang: str
) -> list[tuple[str, str | None, str, Any]]:
    """The programmes of a proposal that ``keep`` holds for, in the file's order, each as
    (its name in quotes, or its place where it has none; its sector's agency where the file
    names one; its place as a check's items give it, counted from 0; the programme)."""
    out: list[tuple[str, str | None, str, Any]] = []
    for i, sector in enumerate(proposal.sectors or [], start=1):
        for j, program in enumerate(sector.programs or [], start=1):
            if not keep(program):
                continue
            said = (
                f"“{program.name}”"
                if program.name
                else f"{place_text('sector', i, lang)}, {place_text('program', j, lang)}"
            )
            at = f"sectors[{i - 1}].programs[{j - 1}]"
            out.append((said, sector.lead_agency or None, at, program))
    return out


def field_label(path: str, lang: str, *, where: bool = True, items: bool = False) -> str:
    """The label of ``path`` (``alokasi APBD``); concrete paths say which item
    (``Perangkat Daerah pengampu sektor (sektor ke-3)``) unless ``where`` is false.
    With ``where`` false and ``items`` true, only the places in plain lists are said
    (``kesamaan karakteristik kedua daerah (butir ke-2)``): a caller that names the sector,
    programme, step or waiver itself still needs those.

    A path the table does not know is shown with spaces for underscores rather than raw; the
    test-suite keeps the table complete for every field of the model.
    """
    lang = _lang(lang)
    generic, places, step = generic_path(path)
    entry = field_labels().get(generic)
    if entry is None and generic.startswith("flags."):
        text = generic.split(".", 1)[1].replace("_", " ")
    elif entry is None:
        text = generic.rsplit(".", 1)[-1].replace("_", " ")
    elif step is None and "unnamed" in entry:  # a step not known: "tanggal langkah"
        text = entry["unnamed"][lang]
    else:
        text = entry[lang].replace("{step}", _step_name(step, lang))
    if generic in _ITEM_KIND.values() and places and generic == places[-1][0]:
        return _WHERE[generic][0 if lang == "id" else 1].format(n=places[-1][1])
    if where and places:
        spots = [_WHERE[kind][0 if lang == "id" else 1].format(n=n) for kind, n in places]
        text = f"{text} ({', '.join(spots)})"
    elif items and any(kind == "item" for kind, _ in places):
        spots = [place_text(kind, n, lang) for kind, n in places if kind == "item"]
        text = f"{text} ({', '.join(spots)})"
    key = path.rsplit(".", 1)[-1] if path.startswith("human_resources.language_staff.") else None
    if key:  # the language by its name where it has one: "bahasa Mandarin", not "zh"; not
        # "bahasa mitra (bahasa Inggris)" beside a Japanese partner (trial 190 #9)
        one = field_labels()["human_resources.language_staff.one"][lang]
        text = one.format(language=language_phrase(key, lang))
    return text


def value_label(path: str, code: Any, lang: str) -> str | None:
    """The label of a code held by ``path`` (``perikanan`` for ``sector.name = fisheries``),
    or None when the field has no closed vocabulary or the code is not in it."""
    if not isinstance(code, str):
        return None
    group = _value_group(path)
    if group is None:
        return None
    item = value_groups()[group].get(code)
    return item[_lang(lang)] if item else None


@functools.lru_cache(maxsize=4096)
def _value_group(path: str) -> str | None:
    """The vocabulary group of the field at ``path`` (``sector`` for ``sectors[2].name``),
    None for a field without one. A function of the path and the shipped label table only:
    kept per path (bounded), since every evidence line and question asks it again."""
    generic, _, _ = generic_path(path)
    entry = field_labels().get(generic)
    return entry.get("values") if entry else None


def member_noun(collection: str, lang: str, *, many: bool) -> str:
    """What one member of the collection at ``collection`` is called (``sektor``, ``program``;
    ``sectors``, ``programmes`` when ``many`` in English), from the label of its item kind:
    a count says "1 dari 7 sektor", whichever collection the rule counted. English forms the
    plural with ``-s``, as the condition sentences do (true of every item kind labelled); a
    collection that is no item kind is named by its own label."""
    lang = _lang(lang)
    kind = _ITEM_KIND.get(_INDEX.sub("", collection.rsplit(".", 1)[-1]))
    entry = field_labels().get(kind) if kind is not None else None
    if entry is None:
        return field_label(collection, lang, where=False)
    noun = entry[lang]
    return f"{noun}s" if many and lang == "en" else noun


def join_words(words: list[str], lang: str, last: str | None = None) -> str:
    """``a, b, atau c`` / ``a, b or c`` (``last`` is the final joiner word): EYD V puts a
    comma before the last "dan"/"atau" of a list of three or more (review 12); English texts
    keep their style."""
    if last is None:
        last = "atau" if _lang(lang) == "id" else "or"
    if len(words) <= 1:
        return "".join(words)
    comma = "," if len(words) > 2 and _lang(lang) == "id" else ""
    return f"{', '.join(words[:-1])}{comma} {last} {words[-1]}"


@functools.cache
def _locale(lang: str) -> Any:
    """Babel's locale of a report language (``id`` or ``en``), made once per process:
    building a ``Locale`` checks its data files every time (7 µs, twice in every assessment
    that names the partner's language, and in every report naming a country)."""
    from babel import Locale

    return Locale(lang)


def language_name(code: str, lang: str) -> str:
    """``zh`` → ``Mandarin`` / ``Chinese``: Babel's CLDR names, except where officers say it
    otherwise (``languages.yaml``'s ``names``); the code when it has none."""
    key, lang = code.lower(), _lang(lang)
    shipped = _own_language_names().get(lang, {}).get(key)
    if shipped is None:
        shipped = _cldr_names()["languages"][lang].get(key)
    if shipped is not None:
        return shipped
    return _locale(lang).languages.get(key, code)


def language_phrase(code: str, lang: str) -> str:
    """A language as a sentence names it: ``bahasa Mandarin`` (Indonesian puts the word
    "bahasa" before a language's name), ``Chinese``."""
    name = language_name(code, lang)
    return f"bahasa {name}" if _lang(lang) == "id" and name != code else name


@functools.cache
def _own_language_names() -> dict[str, dict[str, str]]:
    """``languages.yaml``'s ``names``: language → name, per report language."""
    text = resources.files("paracheck.facts").joinpath("data", "languages.yaml")
    return load_shipped(text.read_text("utf-8")).get("names") or {}


def country_name(code: str, lang: str) -> str:
    """``CN`` → ``Tiongkok`` / ``China`` (Babel's CLDR names), except where Indonesia's own
    name differs (``PS`` → ``Palestina``, :func:`country_overrides`); the code when it has
    none."""
    key, lang = code.upper(), _lang(lang)
    own = country_overrides().get(key)
    if own is not None:
        return own[lang]
    shipped = _cldr_names()["territories"][lang].get(key)
    if shipped is not None:
        return shipped
    return _locale(lang).territories.get(key, code)


@functools.cache
def code_names(kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    """Every code a proposal accepts for ``kind`` (``country``: ISO 3166-1 without Indonesia,
    the partner being foreign; ``language``: ISO 639-1) with its CLDR name in ``lang``, in the
    order people look for it: by name."""
    from paracheck.facts.model import _iso639_1, partner_countries

    lang = _lang(lang)
    if kind == "country":
        pairs = [(code, country_name(code, lang)) for code in partner_countries()]
    elif kind == "language":
        pairs = [(code, language_name(code, lang)) for code in _iso639_1()]
    else:
        raise ValueError(f"no code list named {kind!r}")
    return tuple(sorted(pairs, key=lambda pair: (_sort_key(pair[1]), pair[0])))


def _sort_key(name: str) -> str:
    """``Åland`` sorts with ``Aland``, ``Côte d'Ivoire`` with ``Cote``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


@functools.cache
def _cldr_names() -> dict[str, dict[str, dict[str, str]]]:
    """Babel's CLDR names of the ISO 639-1 languages and ISO 3166-1 countries, in id and en,
    kept as package data (``data/cldr-names.yaml``): the first name looked up from Babel
    loads and merges its whole locale data, ~25 ms of a one-shot ``paracheck assess``
    that shows a partner's language. tests/test_cldr_names.py checks the file still equals
    Babel's names (and rewrites it); a code not in it is asked of Babel, as before."""
    text = resources.files("paracheck.facts").joinpath("data", "cldr-names.yaml")
    return load_shipped(text.read_text("utf-8"))


@functools.cache
def country_overrides() -> dict[str, dict[str, str]]:
    """ISO code → ``{id, en}`` for the countries Indonesia names otherwise than CLDR does
    (``data/country-names.yaml``, each with its reason): a name is fixed where it is made, so
    the form's list, the reports and the hints for a country written as a name all agree."""
    text = resources.files("paracheck.facts").joinpath("data", "country-names.yaml")
    return load_shipped(text.read_text("utf-8"))["names"]


def capitalize(text: str) -> str:
    """First letter upper-case, the rest untouched (``APBD`` stays ``APBD``)."""
    return text[:1].upper() + text[1:]


def _date_field(path: str) -> bool:
    """A text that looks like a date is shown as a date only where the field holds dates."""
    from paracheck.report.formatting import is_date_field

    return is_date_field(path)


@functools.cache
def _long_date_form(lang: str) -> tuple[str, dict[int, str]] | None:
    """:func:`_babel_long_date_form`, kept in the disk cache (``paracheck._cache``) under
    Babel's installed version and this paracheck's files, as the reports keep theirs
    (``report.formatting._babel_facts``).

    Read from Babel, it costs importing Babel's date module and loading the language's
    locale data: ~90 M instructions of the start of a batch, which reads it before its workers
    fork (``batch._warm``), for twelve month names and a pattern. Read back, no Babel is
    imported, in the batch or in its workers, unless a pattern needs Babel's formatter."""
    from paracheck import _cache
    from paracheck.engine._disk import _babel_stamp

    key = "\0".join([_cache.code_fingerprint(), _babel_stamp(), "long_date", lang])
    entry = f"babel-date-{_cache.digest(key.encode('utf-8', 'surrogateescape'))[:40]}.pickle"
    held = _cache.load(entry)
    if _is_date_form(held):
        return held[0]
    form = _babel_long_date_form(lang)
    _cache.store(entry, (form,))
    return form


def _is_date_form(held: Any) -> bool:
    """Whether a cache entry holds what :func:`_babel_long_date_form` answers (in a tuple,
    so that its None is told apart from a miss)."""
    if not isinstance(held, tuple) or len(held) != 1:
        return False
    form = held[0]
    if form is None:
        return True
    return (
        isinstance(form, tuple)
        and len(form) == 2
        and isinstance(form[0], str)
        and isinstance(form[1], dict)
        and sorted(form[1]) == list(range(1, 13))
        and all(isinstance(name, str) for name in form[1].values())
    )


def _babel_long_date_form(lang: str) -> tuple[str, dict[int, str]] | None:
    """Babel's long date pattern of ``lang`` as a %-format over the day, the month's name and
    the year, with the month names; None when the pattern has other fields (then Babel
    formats every date)."""
    from babel.dates import get_date_format, get_month_names

    pattern = get_date_format("long", locale=lang)
    if set(re.findall(r"%\((\w+)\)s", pattern.format)) - {"d", "MMMM", "y"}:
        return None
    months = get_month_names("wide", context="format", locale=lang)
    return pattern.format, {month: str(months[month]) for month in range(1, 13)}


def iso_day(value: object) -> dt.date | None:
    """The date ``value`` writes as ISO text (``YYYY-MM-DD``, as evidence shows a user's
    date); None when it is not one. The engine counts a programme's "… sebelum tanggal
    penilaian" from it, and a comparison the time a persisting risk has stood."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def long_date(day: Any, lang: str) -> str:
    """``10 Juni 2015`` (id) / ``June 10, 2015`` (en): what Babel's ``format_date(day,
    "long")`` writes, from its pattern and month names read once per language. Babel parses
    the pattern and looks up the locale for every date (~10 µs each, paid for every date a
    notice names: a fifth of the notices' time at 150 sectors); its ``d`` and ``y`` are the
    day and year unpadded, ``MMMM`` the month's wide name."""
    lang = _lang(lang)
    form = _long_date_form(lang)
    if form is None:
        from babel.dates import format_date

        return format_date(day, format="long", locale=lang)
    text, months = form
    return text % {"d": day.day, "MMMM": months[day.month], "y": day.year}


#: below this many days a span of time is said in days ("45 hari"), from it in months and
#: years ("2 bulan 14 hari", "5 tahun 7 bulan"): 2049 days is a number to divide, not a time
ELAPSED_DAYS_BELOW = 60
_UNITS = {
    "id": {"year": ("tahun", "tahun"), "month": ("bulan", "bulan"), "day": ("hari", "hari")},
    "en": {"year": ("year", "years"), "month": ("month", "months"), "day": ("day", "days")},
}


def elapsed(start: dt.date, end: dt.date, lang: str) -> str:
    """The time from ``start`` to ``end`` as people say it: ``45 hari`` under two months,
    ``2 bulan 14 hari`` under a year, ``5 tahun 7 bulan`` from a year on (``45 days``,
    ``2 months 14 days``, ``5 years 7 months``), counted in calendar months and never rounded
    up, so the words never claim more time than passed. Under a year the days stay: "5 bulan"
    beside a rule's "lebih dari 180 hari" would read as less than the rule counts."""
    return _said_span(_span(start, end), _UNITS[_lang(lang)])


def elapsed_both(start: dt.date, end: dt.date) -> tuple[str, str]:
    """:func:`elapsed` in Bahasa Indonesia and in English, the calendar counted once (every
    programme's "… sebelum tanggal penilaian" note in an assessment's evidence says both)."""
    parts = _span(start, end)
    return _said_span(parts, _UNITS["id"]), _said_span(parts, _UNITS["en"])


def _span(start: dt.date, end: dt.date) -> tuple[tuple[int, str], ...]:
    """The numbers :func:`elapsed` says: (count, unit) parts, in the order they are said."""
    if end < start:
        start, end = end, start
    days = (end - start).days
    if days < ELAPSED_DAYS_BELOW:
        return ((days, "day"),)
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    # the day ``months`` calendar months after ``start`` (the month's last day when shorter)
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    last = calendar.monthrange(year, month + 1)[1]
    anchor = dt.date(year, month + 1, min(start.day, last))
    rest = (end - anchor).days
    years, months = divmod(months, 12)
    if years:
        return ((years, "year"),) + (((months, "month"),) if months else ())
    return ((months, "month"),) + (((rest, "day"),) if rest else ())


def _said_span(parts: tuple[tuple[int, str], ...], units: dict[str, tuple[str, str]]) -> str:
    return " ".join([f"{n} {units[unit][0 if n == 1 else 1]}" for n, unit in parts])


@functools.lru_cache(maxsize=1024)
def _null_meaning(path: str) -> dict[str, str] | None:
    """What an explicit null of the field at ``path`` means, where the contract gives it one
    (``sector.lead_agency``: none appointed; ``governance.joint_committee_last_met``: never),
    from the label table's ``null_means:``; None where a null is only "not filled in". Kept per
    path (bounded), as :func:`_value_group` is."""
    generic, _, _ = generic_path(path)
    entry = field_labels().get(generic)
    return entry.get("null_means") if entry else None


def null_meaning(path: str) -> dict[str, str] | None:
    """What an explicit null of the field at ``path`` states, in both languages, where the
    contract gives it a meaning ("belum pernah bersidang"); None where a null is only "not
    filled in". A comparison tells such a null from the field left out."""
    return _null_meaning(path)


def value_text(path: str, value: Any, lang: str) -> str:
    """A value of ``path`` as people read it: codes by their label, yes/no, Rupiah, dates.

    Numbers and dates use Babel's locale rules (``Rp600.000.000``, ``10 Juni 2015``);
    ``*_idr`` is money and ``*_rate`` a share, as in the proposal contract.
    """
    lang = _lang(lang)
    if value is None:
        meaning = _null_meaning(path)
        if meaning is not None:
            return meaning[lang]
        return "belum diisi" if lang == "id" else "empty"
    if isinstance(value, bool):
        return ("ya" if value else "tidak") if lang == "id" else ("yes" if value else "no")
    if isinstance(value, int | float):
        # numbers of any size, tiny ones not shown as 0 (issue 14): one implementation
        from paracheck.report import formatting

        if path.endswith("_idr"):
            return formatting.money(value, lang)
        if path.endswith("_rate"):
            return formatting.share(value, lang)
        return formatting.number(value, lang)
    if isinstance(value, dt.date):
        return long_date(value, lang)
    if isinstance(value, str):
        if not value:
            return "belum diisi" if lang == "id" else "empty"
        if path in ("context.partner_language", "partner.language"):
            return language_name(value, lang)
        if path in ("partner.country", "context.partner_country"):
            return country_name(value, lang)
        label = value_label(path, value, lang)
        if label is not None:
            return label
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and _date_field(path):
            try:
                return long_date(dt.date.fromisoformat(value), lang)
            except ValueError:
                return value
        return value
    if isinstance(value, list | tuple):
        if not value:
            return "tidak ada" if lang == "id" else "none"
        return ", ".join(value_text(path, item, lang) for item in value)
    return str(value)
