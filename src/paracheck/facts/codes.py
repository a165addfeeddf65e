"""Which ISO code a country or language *name* stands for, to tell people what to write.

A proposal names the partner's country by its ISO 3166-1 alpha-2 code (``PH``) and staff
languages by ISO 639-1 codes (``zh``); an officer who writes ``Filipina`` or ``Mandarin`` is
told the code instead of only being refused. The names are CLDR's, in Bahasa Indonesia and
English, read from Babel — which is imported here, and this module only when a problem is
being worded, so a valid proposal never pays for it.

Matching, most certain first: the whole name (``Filipina``, ``Philippines``); the names that
contain every word written (``Korea`` → South and North Korea, ``Mandarin`` → CLDR's
"Tionghoa Mandarin"); the names found inside what was written (``Republik Rakyat
Tiongkok``); a close spelling (``Cina`` → ``China``). Words that only say what kind
of name it is (``negara``, ``bahasa``) are left out first.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping

from paracheck.errors import Words

__all__ = [
    "country_codes_for",
    "country_examples",
    "language_codes_for",
    "language_examples",
    "names_home",
]

MOST = 3
"""Most codes suggested for one name: more would be a list to read, not a hint."""
_KIND_WORDS = frozenset({"negara", "country", "bahasa", "language", "the", "republik", "republic"})
_COUNTRY_EXAMPLES = ("CN", "JP", "AU")
_LANGUAGE_EXAMPLES = ("zh", "ja", "en")


def _words(text: str) -> tuple[str, ...]:
    """``Bahasa  Tionghoa (Mandarin)`` → ``("tionghoa", "mandarin")``: case, accents,
    punctuation and kind words dropped."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", plain.replace("&", " and "))
    return tuple(w for w in words if w not in _KIND_WORDS)


@functools.cache
def _countries() -> Mapping[str, tuple[str, ...]]:
    """Every CLDR country name in id and en (as words) → the ISO 3166-1 codes it names."""
    from babel import Locale

    from paracheck.facts.labels import country_overrides
    from paracheck.facts.model import partner_countries

    codes = partner_countries()  # never Indonesia: "Indonesia" is no partner's country
    named: dict[str, set[str]] = {}
    for lang in ("id", "en"):
        for code, name in Locale(lang).territories.items():
            if code in codes:
                named.setdefault(" ".join(_words(name)), set()).add(code)
    # the names Indonesia uses where they differ from CLDR's ("Palestina") name their code too
    for code, names in country_overrides().items():
        for name in names.values():
            named.setdefault(" ".join(_words(name)), set()).add(code)
    return {name: tuple(sorted(found)) for name, found in named.items() if name}


@functools.cache
def _languages() -> Mapping[str, tuple[str, ...]]:
    """Every CLDR language name in id and en (as words) → the ISO 639-1 codes it names.
    A name of a variety (``zh_Hans`` "Tionghoa Mandarin (Sederhana)") or of a language CLDR
    files under a longer code that is an alias of a two-letter one names that code."""
    from babel import Locale
    from babel.core import get_global

    from paracheck.facts.model import _iso639_1

    codes = _iso639_1()
    aliases = get_global("language_aliases")
    named: dict[str, set[str]] = {}
    for lang in ("id", "en"):
        for key, name in Locale(lang).languages.items():
            base = key.split("_", 1)[0]
            code = base if base in codes else aliases.get(base, "")
            if code in codes:
                named.setdefault(" ".join(_words(name)), set()).add(code)
    return {name: tuple(sorted(found)) for name, found in named.items() if name}


def _match(text: str, names: Mapping[str, tuple[str, ...]]) -> list[str]:
    written = _words(text)
    if not written:
        return []
    whole = names.get(" ".join(written))
    if whole:
        return list(whole[:MOST])
    found: list[str] = []
    for name, codes in names.items():
        if set(written) <= set(name.split()):
            found += [c for c in codes if c not in found]
    if found:
        return found[:MOST] if len(found) <= MOST else []  # "Republik" alone: no hint
    # a name inside what was written ("Republik Rakyat Tiongkok" holds "Tiongkok"), the
    # fullest such names first
    inside = sorted(
        (name for name in names if set(name.split()) <= set(written)),
        key=lambda name: -len(name.split()),
    )
    if inside:
        return _unique(code for name in inside for code in names[name])[:MOST]
    from difflib import get_close_matches

    close = get_close_matches(" ".join(written), list(names), n=MOST, cutoff=0.8)
    return _unique(code for name in close for code in names[name])[:MOST]


def _unique(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def country_codes_for(text: str) -> list[str]:
    """The ISO 3166-1 codes ``text`` may name (``Filipina`` → ``["PH"]``), at most
    :data:`MOST`; empty when it names none. The countries whose administrative tiers
    paracheck keeps (``facts/data/tiers.yaml``: the partners regions actually have) come
    first: "Korea" offered "'KP' untuk Korea Utara" before South Korea, in alphabetical order,
    and an officer taking the first hint wrote North Korea (wording review)."""
    from paracheck.facts.model import partner_countries
    from paracheck.facts.reference import tier_countries

    three = alpha2_of(text)
    if three is not None and three in partner_countries():
        return [three]  # "PNG" is Papua New Guinea's alpha-3: 'PG' (trial 250 L7)
    known = tier_countries()
    return sorted(_match(text, _countries()), key=lambda code: code not in known)


def alpha2_of(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of ``text`` written as an alpha-3 code (``PNG`` →
    ``PG``, ``NOR`` → ``NO``), from Babel's territory aliases (CLDR); None for anything
    else. An officer copying a code from a passport or a shipping form writes alpha-3."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        return None
    from babel.core import get_global

    found = get_global("territory_aliases").get(code)
    if not found or len(found) != 1:
        return None
    from paracheck.facts.model import iso3166_1

    return found[0] if found[0] in iso3166_1() else None


def names_home(text: str) -> bool:
    """Whether ``text`` names Indonesia (``Indonesia``, ``Republik Indonesia``): the country
    of the proposing region, which a partner's country cannot be."""
    from paracheck.facts import labels
    from paracheck.facts.model import HOME_COUNTRY

    if alpha2_of(text) == HOME_COUNTRY:  # "IDN"
        return True
    written = " ".join(_words(text))
    names = {" ".join(_words(labels.country_name(HOME_COUNTRY, lang))) for lang in ("id", "en")}
    return bool(written) and written in names


def language_codes_for(text: str) -> list[str]:
    """The ISO 639-1 codes ``text`` may name (``Mandarin`` → ``["zh"]``), at most
    :data:`MOST`; empty when it names none."""
    return _match(text, _languages())


def _example(code: str, kind: str) -> Words:
    from paracheck.facts import labels

    if kind == "country":
        names = {lang: labels.country_name(code, lang) for lang in ("id", "en")}
    else:
        names = {lang: labels.language_phrase(code, lang) for lang in ("id", "en")}
    return Words.of("code.example", code=code, name_id=names["id"], name_en=names["en"])


def country_examples(text: str) -> list[Words]:
    """What to write instead of ``text`` as a country: the codes it names (``'PH' untuk
    Filipina``), else three common codes with their names."""
    codes = country_codes_for(text) or _COUNTRY_EXAMPLES
    return [_example(code, "country") for code in codes]


def language_examples(text: str) -> list[Words]:
    """What to write instead of ``text`` as a language: the codes it names (``'zh' untuk
    Tionghoa``), else three common codes with their names."""
    codes = language_codes_for(text) or _LANGUAGE_EXAMPLES
    return [_example(code, "language") for code in codes]
