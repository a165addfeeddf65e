"""Reference data the rules rely on: administrative tiers, diplomatic relations, languages.

The data live in YAML files under ``facts/data/`` (each says its source in a header comment), so
a researcher can correct a fact without touching code. Files are read once per process and
are read-only afterwards, so concurrent assessments share them safely.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from importlib import resources
from types import MappingProxyType
from typing import Any

import msgspec

from paracheck._yaml import load_shipped

__all__ = [
    "NATIONAL_TIER",
    "RelationsSource",
    "TierFinding",
    "country_levels",
    "diplomatic_relations",
    "level_words",
    "main_language",
    "normalise_name",
    "partner_reorganised",
    "partner_tier",
    "special_autonomy",
    "special_autonomy_advice",
    "special_autonomy_councils",
    "special_autonomy_short",
    "tier",
]


class RelationsSource(msgspec.Struct, frozen=True):
    """Why paracheck believes what it says about a country's relations with Indonesia.

    Shaped like an assessment source (``kind``, ``ref``, ``confidence``) plus a note in both
    languages for the evidence (``{"id": …, "en": …}``).
    """

    kind: str
    ref: str
    confidence: str
    note: MappingProxyType[str, str]
    # the note for a date up to ``until``, before the instrument ``ref`` names was made (the
    # fact stood without it): (until, note); None when the note holds on every date
    earlier: tuple[dt.date, MappingProxyType[str, str]] | None = None

    def __str__(self) -> str:
        return f"{self.ref} ({self.confidence}): {self.note['en']}"

    def cites_on(self, day: dt.date) -> bool:
        """Whether the instrument ``ref`` names was in force on ``day``."""
        return self.earlier is None or day > self.earlier[0]

    def note_on(self, day: dt.date) -> MappingProxyType[str, str]:
        """The note as it may be said of ``day``: without an instrument not yet made."""
        return self.note if self.cites_on(day) else self.earlier[1]  # type: ignore[index]


@functools.cache
def _data(name: str) -> Any:
    text = resources.files("paracheck.facts").joinpath("data", name).read_text("utf-8")
    return load_shipped(text)


class TierFinding(msgspec.Struct, frozen=True):
    """A partner's administrative tier and why paracheck believes it.

    ``basis`` is ``"exception"`` (the partner's name is a named exception of its country, e.g.
    Shanghai), ``"country"`` (the country's own level words), or ``"default"`` (a country not in
    the reference data). ``sources`` are the references behind the finding (``ref``, ``url``,
    ``confidence``); ``note`` explains it in both languages for the evidence.
    """

    tier: int | None
    basis: str
    sources: tuple[MappingProxyType[str, str], ...]
    note: MappingProxyType[str, str]


# Words that name the *kind* of unit rather than the unit: "Shanghai Municipality", "Kota
# Shanghai", "Busan Metropolitan City", "Tokyo-to" and "İstanbul Büyükşehir Belediyesi" all
# reduce to the place name, so a named exception matches however the proposal spells it.
_DESIGNATORS = frozenset(
    {
        "the",
        "of",
        "and",
        "city",
        "cities",
        "municipality",
        "municipal",
        "metropolitan",
        "metropolis",
        "metro",
        "special",
        "self",
        "governing",
        "government",
        "people",
        "peoples",
        "s",
        "province",
        "provincial",
        "prefecture",
        "prefectural",
        "region",
        "regional",
        "autonomous",
        "administrative",
        "sar",
        "state",
        "territory",
        "federal",
        "free",
        "hanseatic",
        "council",
        "shi",
        "si",
        "gwangyeoksi",
        "teukbyeolsi",
        "do",
        "to",
        "fu",
        "ken",
        "kota",
        "provinsi",
        "pemerintah",
        "daerah",
        "khusus",
        "wilayah",
        "persekutuan",
        "thanh",
        "pho",
        "tp",
        "buyuksehir",
        "belediyesi",
    }
)
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ı": "i", "ø": "o", "ß": "ss"})


def normalise_name(name: str) -> str:
    """The place name inside ``name``: accents, punctuation and kind-of-unit words removed.

    ``"Shanghai Municipal People's Government"`` and ``"Kota Shanghai"`` both give
    ``"shanghai"``; ``"Đà Nẵng"`` gives ``"da nang"``. Scripts without case (上海市) are kept.
    """
    if name.isascii():  # nothing to fold, decompose or strip: the common case, at once
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
        # "上海市人民政府", "臺北市政府": the government of the place, written without a space
        # as "Shanghai Municipal People's Government" is written with them (robust19: the
        # Chinese name ranked Shanghai with a kota, the English one with a province)
        text = _CJK_GOVERNMENT.sub("", text)
    return " ".join(w for w in _WORD_BREAK.split(text) if w and w not in _DESIGNATORS)


#: a Chinese "(people's) government" written at the end of a place's name
_CJK_GOVERNMENT = re.compile(r"(?<=\w)(?:人民)?政府(?=\W|$)")


_WORD_BREAK = re.compile(r"[^\w]+|_")


def _frozen(entry: dict[str, Any]) -> MappingProxyType[str, str]:
    return MappingProxyType({k: str(v) for k, v in entry.items()})


def level_words() -> frozenset[tuple[str, str]]:
    """Each country's own word for a level and the level's code, lowered ("fylke",
    "county"), from tiers.yaml's ``level_words`` ("fylke (county)"): a file writing the
    country's word is hinted the code."""
    return frozenset(
        (word.split(" (")[0].strip().casefold(), code)
        for country in _tier_table()["data"]["countries"].values()
        for code, word in (country.get("level_words") or {}).items()
    )


def tier_countries() -> frozenset[str]:
    """The countries whose administrative tiers ``tiers.yaml`` lists: the partners Indonesian
    regions have, which a hint naming several countries offers first."""
    return frozenset(_tier_table()["data"]["countries"])


@functools.cache
def _tier_table() -> dict[str, Any]:
    """The tiers file with every named exception indexed by normalised name, per country."""
    data = _data("tiers.yaml")
    index: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for code, country in data["countries"].items():
        names: dict[str, list[dict[str, Any]]] = {}
        for exception in country.get("exceptions", []):
            for spelling in [exception["name"], *exception.get("aliases", [])]:
                names.setdefault(normalise_name(str(spelling)), []).append(exception)
        index[code] = names
    # the units merged into others, and those dissolved and divided again (``reorganised``:
    # ``merged``, ``split``), by normalised name, per country; each also with the words its
    # country writes after a unit's name (``suffixes``: "Hordaland fylkeskommune")
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    split: dict[str, dict[str, dict[str, Any]]] = {}
    for code, country in data["countries"].items():
        change = country.get("reorganised", {})
        suffixes = ["", *(f" {word}" for word in change.get("suffixes", []))]
        for key, into in (("merged", merged), ("split", split)):
            for unit in change.get(key, []):
                for spelling in [unit["name"], *unit.get("aliases", [])]:
                    for suffix in suffixes:
                        name = normalise_name(f"{spelling}{suffix}")
                        into.setdefault(code, {})[name] = unit
    # the sources a finding cites, frozen once per country (read-only: shared by findings)
    frozen = {
        code: tuple(_frozen(s) for s in country["sources"])
        for code, country in data["countries"].items()
    }
    return {
        "data": data,
        "exceptions": index,
        "sources": frozen,
        "merged": merged,
        "split": split,
    }


def country_levels(
    country: str, as_of: dt.date | None = None
) -> tuple[tuple[str, int | None], ...]:
    """The levels ``tiers.yaml`` lists for ``country`` (ISO 3166-1 alpha-2) and the
    Indonesian tier of each (1 like a province, 2 like a regency or city, None for none), in
    the file's order, as its government was organised on ``as_of`` (Vietnam's two levels
    from 1 July 2025; without a date, as first listed); empty for a country it does not
    list."""
    entry = _tier_table()["data"]["countries"].get(country.strip().upper())
    if not entry:
        return ()
    return tuple(_as_organised(entry, as_of)["levels"].items())


def partner_tier(
    level: str | None,
    country: str | None = None,
    name: str | None = None,
    as_of: dt.date | None = None,
) -> TierFinding:
    """The tier of a partner: its country's named exception, else its country's level word,
    else the generic level word (see ``facts/data/tiers.yaml`` for the order and sources).

    ``as_of`` (the proposal's date) excludes exceptions outside their ``from`` / ``until``:
    Chongqing was a city of Sichuan before March 1997.
    """
    table = _tier_table()
    code = country.strip().upper() if country else None
    entry = table["data"]["countries"].get(code) if code else None
    if entry is not None and name:
        for exception in table["exceptions"][code].get(normalise_name(name), []):
            if _in_time(exception, as_of) and _of_level(exception, level):
                return _exception_finding(entry, exception, table["sources"][code])
    if entry is not None:
        entry = _as_organised(entry, as_of)
        value = entry["levels"].get(level) if level is not None else None
        sources = table["sources"][code]
        if level is not None and level == "city" and code == "JP":
            sources += tuple(_frozen(s) for s in entry["designated_cities"]["sources"])
        return TierFinding(value, "country", sources, _level_note(level, value, entry))
    default = table["data"]["default"]
    value = default["levels"].get(level) if level is not None else None
    note = _default_note(level, value, code) if code and value is not None else {}
    return TierFinding(
        value, "default", tuple(_frozen(s) for s in default["sources"]), MappingProxyType(note)
    )


def _as_organised(entry: dict[str, Any], as_of: dt.date | None) -> dict[str, Any]:
    """A country's entry as its government was organised on ``as_of``: from the date of a
    reorganisation (``reorganised`` in tiers.yaml: Vietnam's two levels from 1 July 2025), its
    levels and level notes replace the earlier ones; before it, or with no date, as listed."""
    change = entry.get("reorganised")
    if change is None or as_of is None or as_of < change["from"]:
        return entry
    if "levels" not in change:  # units merged, levels as they were (France, 2016)
        return entry
    notes = {**entry.get("level_notes", {}), **change.get("level_notes", {})}
    return {**entry, "levels": change["levels"], "level_notes": notes}


def partner_reorganised(
    level: str | None,
    country: str | None,
    name: str | None,
    as_of: dt.date,
) -> MappingProxyType[str, str] | None:
    """What to tell an officer whose partner, on ``as_of``, no longer exists as written: a
    province or region merged into another, or a level of government its country has done
    away with (tiers.yaml ``reorganised``: France's regions from 2016, Vietnam from 1 July
    2025), in both languages; None otherwise. A partner named by an exception of its country
    (Hanoi, Huế) is as listed."""
    table = _tier_table()
    code = country.strip().upper() if country else None
    entry = table["data"]["countries"].get(code) if code else None
    change = entry.get("reorganised") if entry is not None else None
    if change is None or as_of < change["from"] or not name:
        return None
    key = normalise_name(name)
    # a name with its translation or its council in brackets ("Hordaland fylkeskommune
    # (Hordaland County Council)", trial 250): each part is looked up too
    keys = [key]
    if "(" in name:
        keys += [normalise_name(part) for part in _BRACKETED.split(name) if part.strip()]
    for kind in ("merged", "split"):
        unit = next(
            (found for k in keys if (found := table[kind].get(code, {}).get(k)) is not None),
            None,
        )
        if unit is None or level not in _FIRST_LEVEL_WORDS or not _in_time(unit, as_of):
            continue
        # the day said is the unit's own where it has one (Norway's Trøndelag in 2018, its
        # other counties in 2020, three of them divided again in 2024), else the country's
        since = unit.get("from", change["from"])
        return MappingProxyType(
            {
                lang: " ".join(change[f"{kind}_note"][lang].split()).format(
                    name=unit["name"], into=unit["into"][lang], since=_long_date(since, lang)
                )
                for lang in ("id", "en")
            }
        )
    levels = change.get("levels", {})
    gone = level is not None and level in levels and levels[level] is None
    if gone and level != "other" and not table["exceptions"][code].get(key):
        return MappingProxyType(
            {
                lang: " ".join(change["level_gone"][lang].split()).format(name=name.strip())
                for lang in ("id", "en")
            }
        )
    return None


#: the brackets around a translation or a council's name after a place's name
_BRACKETED = re.compile(r"\s*[()]\s*")

#: the level words a first-level unit merged or divided is written with (a French région, a
#: Vietnamese province, a Norwegian fylke), or none
_FIRST_LEVEL_WORDS = frozenset({None, "province", "region", "county", "other"})


def _long_date(day: dt.date, lang: str) -> str:
    from paracheck.facts.labels import long_date

    return long_date(day, lang)


#: the tier of a partner in a country with no regional government (a city-state): its
#: national government, which no Indonesian province, regency or city equals (tiers.yaml's
#: ``no_regional_government``; REG-002 finds the levels unequal and advises by it)
NATIONAL_TIER = 0


# Level words as an Indonesian officer names them (notes are shown in --lang id reports).
_LEVEL_ID = {
    "province": "provinsi",
    "state": "negara bagian",
    "prefecture": "prefektur",
    "region": "wilayah",
    "city": "kota",
    "regency": "kabupaten",
    "county": "kabupaten (county)",  # not the bare English word (newcomer trial 16)
    "municipality": "munisipalitas",
    "district": "distrik",
    "other": "tingkat lain",
}
# Level words in English where the code does not read after "a" ("a other").
_LEVEL_EN = {"other": "a level of another kind", "region": "a region", "county": "a county"}
_RANK = {
    # no brackets inside the evidence's own, and no "provinsi … (setingkat provinsi)"
    1: (
        "adalah pemerintahan tingkat pertama, setara dengan provinsi di Indonesia",
        "is a first-level unit, like an Indonesian province",
    ),
    2: (
        "adalah pemerintahan tingkat kedua, setara dengan kabupaten/kota di Indonesia",
        "is a second-level unit, like an Indonesian regency or city",
    ),
    None: (
        "bukan tingkat pemerintahan daerah yang sebanding",
        "is not a comparable level of local government",
    ),
}


def _level_note(
    level: str | None, value: int | None, entry: dict[str, Any]
) -> MappingProxyType[str, str]:
    if value == NATIONAL_TIER:
        # a country with no regional government (Singapore): whatever the level word, the
        # partner is the national government, said in the data's own words (held-out 72)
        said = entry["no_regional_government"]
        return MappingProxyType({lang: " ".join(said[lang].split()) for lang in ("id", "en")})
    rank_id, rank_en = _RANK.get(value, _RANK[None])
    # the country's own word for the level where the generic one misleads: "kabupaten
    # (county)" named a Norwegian fylke, then said it ranks with a province (wording review
    # of 2026-12-05); tiers.yaml's ``level_words``
    word_id = entry.get("level_words", {}).get(level or "") or _LEVEL_ID.get(
        level or "", level or ""
    )
    note = {
        "id": f"Di {entry['name_id']}, {word_id} {rank_id}",
        "en": f"In {entry['name']}, {_LEVEL_EN.get(level or '', f'a {level}')} {rank_en}",
    }
    # which units the word means there, where it is easily chosen for another (tiers.yaml)
    meant = entry.get("level_notes", {}).get(level or "")
    if meant:
        note = {lang: f"{said}; {' '.join(meant[lang].split())}" for lang, said in note.items()}
    return MappingProxyType(note)


def _default_note(level: str | None, value: int, code: str) -> dict[str, str]:
    """The tier of a partner whose country this table does not list, said as the generic
    mapping's assumption, not as a fact about that country (wording review 26 A4: a
    Timor-Leste município printed "pemerintahan tingkat kedua" as paracheck's finding, and
    REG-002 then advised finding "mitra lain yang setingkat", a level that may not exist).
    The rank's words are :data:`_RANK`'s, as a listed country's note says them."""
    from paracheck.facts.labels import country_name

    rank_id, rank_en = _RANK[value]
    word_id = _LEVEL_ID.get(level or "", level or "")
    word_en = _LEVEL_EN.get(level or "", f"a {level}")
    said_id, said_en = GENERIC_MAPPING_SAID
    return {
        "id": f"{word_id} dianggap {rank_id.removeprefix('adalah ')}, {said_id}; susunan "
        f"pemerintahan {country_name(code, 'id')} belum tercatat dalam data rujukannya, "
        "pastikan kepada Kemlu",
        "en": f"{word_en} is taken as {rank_en.removeprefix('is ')}, {said_en}; "
        f"{country_name(code, 'en')}'s system of government is not in its reference data, "
        "confirm with Kemlu",
    }


#: the words of a partner level's note (:func:`_default_note`) that say the tier comes from the
#: generic mapping, not from the country's listed system of government, as (Indonesian,
#: English): a report tells a tick resting on that assumption by them
#: (``report.view.reference_caveat``) and says the caveat beside it (trial 64: REG-002 read
#: "Tidak ada temuan" for a Papua New Guinea province and an Uzbek city while the note asking
#: to confirm with Kemlu was printed only in the JSON and the CSV)
GENERIC_MAPPING_SAID = ("menurut pemetaan umum paracheck", "by paracheck's generic mapping")


def _of_level(exception: dict[str, Any], level: str | None) -> bool:
    """Whether a named exception applies to a partner given at ``level``: an exception may
    name the level words it is meant for (``levels``), where its place's name is also a
    city's (the Autonomous Province of Trento and the comune of Trento, held-out 97)."""
    meant = exception.get("levels")
    return meant is None or level is None or level in meant


def _in_time(exception: dict[str, Any], as_of: dt.date | None) -> bool:
    if as_of is None:
        return True
    start, end = exception.get("from"), exception.get("until")
    return (start is None or as_of >= start) and (end is None or as_of <= end)


def _exception_finding(
    country: dict[str, Any], exception: dict[str, Any], sources: tuple[Any, ...]
) -> TierFinding:
    tier_value = exception["tier"]
    extra = f" ({exception['note']})" if exception.get("note") else ""
    # why, in Indonesian, where the file says it (``note_id``): "Bursa (Turki) setingkat
    # provinsi" alone left an officer to guess why a city ranks with a province (held-out 105)
    extra_id = f" ({exception['note_id']})" if exception.get("note_id") else ""
    return TierFinding(
        tier_value,
        "exception",
        sources,
        MappingProxyType(
            {
                "id": f"{exception['name']} ({country['name_id']}) setingkat "
                + ("provinsi" if tier_value == 1 else "kabupaten/kota")
                + extra_id,
                "en": f"{exception['name']} ({country['name']}) ranks as a "
                + ("first-level unit, like a province" if tier_value == 1 else "second-level unit")
                + extra,
            }
        ),
    )


def tier(
    level: str | None,
    country: str | None = None,
    name: str | None = None,
    as_of: dt.date | None = None,
) -> int | None:
    """1 for a first-level unit (province, state, prefecture, region), 2 for a second-level one
    (regency, city, county, municipality, district), ``None`` for ``other`` or an unknown level,
    and :data:`NATIONAL_TIER` for any level of a country with no regional government.

    With ``country`` (and ``name``) the partner's own system decides: see :func:`partner_tier`.
    """
    if country is None and name is None:
        if level is None:
            return None
        return _data("tiers.yaml")["default"]["levels"].get(level)
    return partner_tier(level, country, name, as_of).tier


def diplomatic_relations(country: str) -> tuple[bool, RelationsSource]:
    """Whether Indonesia has diplomatic relations with ``country`` (ISO 3166-1 alpha-2), and why.

    False for Israel and Taiwan (Permenlu 3/2019); True for every other country, with a
    "verify with Kemlu" note because the list of exceptions is reference data, not a register.
    """
    return _relations(country.strip().upper())


@functools.cache
def _relations(code: str) -> tuple[bool, RelationsSource]:
    data = _data("relations.yaml")
    barred = data["without_relations"].get(code)
    if barred is not None:
        return False, _source("regulation", barred)
    territories = data["territories"]
    state = territories.get("sovereign", {}).get(code)
    if state is not None:
        # a territory's relations are its sovereign state's, and the note says whose
        related, source = _relations(state)
        if not related:
            return related, source
        return True, _territory_source(code, state, source, territories["sovereign_note"])
    return True, _source("reference", data["with_relations"])


def _territory_source(
    code: str, state: str, source: RelationsSource, said: dict[str, str]
) -> RelationsSource:
    """The relations of a territory under ``state``'s sovereignty: ``state``'s, with a note
    naming both (relations.yaml ``territories.sovereign``)."""
    from paracheck.facts.labels import country_name  # Babel's names: only to word the note

    note = {
        lang: " ".join(said[lang].split()).format(
            place=country_name(code, lang), state=country_name(state, lang)
        )
        for lang in ("id", "en")
    }
    return RelationsSource(
        kind=source.kind,
        ref=source.ref,
        confidence=source.confidence,
        note=MappingProxyType(note),
        earlier=None,
    )


def _source(kind: str, entry: dict[str, Any]) -> RelationsSource:
    earlier = entry.get("earlier")
    return RelationsSource(
        kind=kind,
        ref=entry["ref"],
        confidence=entry["confidence"],
        note=MappingProxyType({"id": entry["note"]["id"], "en": entry["note"]["en"]}),
        earlier=(
            earlier["until"],
            MappingProxyType({"id": earlier["note"]["id"], "en": earlier["note"]["en"]}),
        )
        if earlier
        else None,
    )


def territory_label(code: object, lang: str) -> str | None:
    """The label for a partner's place when ``code`` names a territory rather than a state
    (``wilayah mitra`` for Taiwan), else ``None``: an Indonesian report must not call Taiwan a
    state in the finding that rests on the one-China policy (relations.yaml ``territories``)."""
    if not isinstance(code, str):
        return None
    table = _data("relations.yaml")["territories"]
    if code.strip().upper() not in table["codes"]:
        return None
    return table["label"]["id" if lang == "id" else "en"]


def main_language(country: str | None) -> str | None:
    """The ISO 639-1 working language of ``country``'s governments, or ``None`` if not known."""
    if country is None:
        return None
    return _data("languages.yaml")["languages"].get(country.strip().upper())


_Region = tuple[tuple[str, ...], str, MappingProxyType[str, str]]


@functools.cache
def _special_autonomy_table() -> tuple[_Region, ...]:
    """(normalised name words, region code, notice text) per listed name, longest first."""
    out = []
    for region in _data("special_autonomy.yaml")["regions"]:
        text = _frozen(region["text"])
        for name in region["names"]:
            out.append((tuple(normalise_name(str(name)).split()), region["code"], text))
    return tuple(sorted(out, key=lambda entry: -len(entry[0])))


def _special_region_words(code: str, key: str) -> MappingProxyType[str, str] | None:
    """The words ``key`` (``advice``, ``short``) of the region ``code`` of
    special_autonomy.yaml, in both languages with their whitespace folded; None where the
    region gives none."""
    for region in _data("special_autonomy.yaml")["regions"]:
        if region["code"] == code:
            said = region.get(key)
            return _frozen({k: " ".join(v.split()) for k, v in said.items()}) if said else None
    return None


def special_autonomy_advice(code: str) -> MappingProxyType[str, str] | None:
    """The Saran's first item of its own (``{id, en}``, with ``{unit}`` for the office that
    keeps the file) for the region ``code`` of special_autonomy.yaml, where the general
    "check the special provisions" does not fit (Jakarta's administrative cities, which are
    not autonomous regions: held-out 78); None for the others."""
    return _special_region_words(code, "advice")


def acting_level(local_name: str | None, level: str | None) -> str | None:
    """The level whose bodies act on a proposal of the region ``local_name`` at ``level``:
    the level itself, except for a region special_autonomy.yaml says another government acts
    for (``acts_as``: Jakarta's administrative cities and regency, whose proposals the
    province makes, so its Gubernur signs the letters and its Biro Kerja Sama keeps the
    file; attack 350 M5)."""
    found = special_autonomy(local_name) if local_name else None
    if found is None:
        return level
    for region in _data("special_autonomy.yaml")["regions"]:
        if region["code"] == found[0]:
            return region.get("acts_as", level)
    return level


def special_autonomy_short(code: str) -> MappingProxyType[str, str] | None:
    """The notice in a few words for the region ``code`` (a batch's summary row, the web
    result's bar), where the general "otonomi khusus" does not fit (Jakarta's administrative
    cities: held-out 90); None for the others."""
    return _special_region_words(code, "short")


def special_autonomy_councils(
    code: str, day: dt.date, level: str | None
) -> MappingProxyType[str, str] | None:
    """What the region ``code``'s councils are called where special_autonomy.yaml dates it
    (``councils``: Papua's DPRK, from UU 2/2021), for a local side of ``level`` judged on
    ``day``: ``{id, en}`` with whitespace folded, or None where no such words apply (another
    level, an earlier date, or a region that names its councils in its notice already)."""
    for region in _data("special_autonomy.yaml")["regions"]:
        said = region.get("councils") if region["code"] == code else None
        if said and day >= said["from"] and level in said["levels"]:
            return _frozen({k: " ".join(v.split()) for k, v in said["text"].items()})
    return None


@functools.lru_cache(maxsize=1024)
def special_autonomy(local_name: str) -> tuple[str, MappingProxyType[str, str]] | None:
    """(region code, notice text ``{id, en}``) when ``local_name`` names a region under
    special autonomy (Aceh, Papua), else None; matched on whole words of the normalised name
    (facts/data/special_autonomy.yaml), so "Kota Banda Aceh" and "Kabupaten Pidie" match and
    "Acehville" does not."""
    words = tuple(normalise_name(local_name).split())
    for name, code, text in _special_autonomy_table():
        n = len(name)
        if any(words[i : i + n] == name for i in range(len(words) - n + 1)):
            return code, text
    return None
