"""The CLDR names of languages and countries paracheck ships (``facts/data/cldr-names.yaml``)
are Babel's, so reading them from the file answers exactly what Babel would.

Rewrite the file after a Babel upgrade changes a name: ``python tests/test_cldr_names.py``.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import yaml
from babel import Locale

from paracheck.facts import labels
from paracheck.facts.model import _iso639_1, iso3166_1

FILE = Path(resources.files("paracheck.facts").joinpath("data", "cldr-names.yaml"))
HEADER = (
    "# Babel's CLDR names of the ISO 639-1 languages and ISO 3166-1 countries paracheck\n"
    "# accepts, in Bahasa Indonesia and English (facts/labels.py: language_name, country_name).\n"
    "# Kept as a file because Babel loads and merges a whole locale to answer one name\n"
    "# (~25 ms per process). Written by tests/test_cldr_names.py, which checks it still\n"
    "# equals Babel's names; do not edit by hand.\n"
)
LANGS = ("id", "en")


def babels_names() -> dict[str, dict[str, dict[str, str]]]:
    """What the file must hold: Babel's name of every accepted code that has one."""
    out: dict[str, dict[str, dict[str, str]]] = {"languages": {}, "territories": {}}
    for lang in LANGS:
        locale = Locale(lang)
        out["languages"][lang] = {
            code: locale.languages[code] for code in sorted(_iso639_1()) if code in locale.languages
        }
        out["territories"][lang] = {
            code: locale.territories[code]
            for code in sorted(iso3166_1())
            if code in locale.territories
        }
    return out


def test_the_shipped_cldr_names_are_babels():
    shipped = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    assert shipped == babels_names(), "run python tests/test_cldr_names.py to rewrite the file"


def test_every_language_and_country_name_is_the_one_babel_gives():
    # except the few countries Indonesia names otherwise (data/country-names.yaml, checked
    # in tests/test_country_names.py)
    own = labels.country_overrides()
    assert own and set(own) <= iso3166_1()
    for lang in LANGS:
        locale = Locale(lang)
        for code in [*sorted(_iso639_1()), "xx", "ZH", "zh_Hant"]:
            # except where officers say it otherwise (languages.yaml: zh is "Mandarin")
            officers = labels._own_language_names().get(lang, {}).get(code.lower())
            babel = locale.languages.get(code.lower(), code)
            assert labels.language_name(code, lang) == (officers or babel)
        for code in [*sorted(iso3166_1()), "XX", "cn", "419"]:
            expected = own[code.upper()][lang] if code.upper() in own else None
            babels = locale.territories.get(code.upper(), code)
            assert labels.country_name(code, lang) == (expected or babels)


def test_a_name_babel_has_beyond_the_iso_lists_is_still_babels():
    # the file holds the accepted codes only; anything else is asked of Babel as before
    assert "419" not in babels_names()["territories"]["en"]
    assert labels.country_name("419", "en") == Locale("en").territories["419"]


if __name__ == "__main__":
    text = yaml.safe_dump(babels_names(), allow_unicode=True, sort_keys=True, width=1000)
    FILE.write_text(HEADER + text, encoding="utf-8")
    sys.stdout.write(f"wrote {FILE}\n")
