"""Reference data the rules rely on: administrative tiers, diplomatic relations, languages.

The data live in YAML files under ``facts/data/`` (each says its source in a header comment), so
a researcher can correct a fact without touching code. Files are read once per process and
are read-only afterwards, so concurrent assessments share them safely.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

__all__ = ["RelationsSource", "diplomatic_relations", "main_language", "tier"]


@dataclass(frozen=True)
class RelationsSource:
    """Why paracheck believes what it says about a country's relations with Indonesia.

    Shaped like an assessment source (``kind``, ``ref``, ``confidence``) plus a note in both
    languages for the evidence (``{"id": …, "en": …}``).
    """

    kind: str
    ref: str
    confidence: str
    note: MappingProxyType[str, str]

    def __str__(self) -> str:
        return f"{self.ref} ({self.confidence}): {self.note['en']}"


@functools.cache
def _data(name: str) -> Any:
    text = resources.files("paracheck.facts").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


def tier(level: str | None) -> int | None:
    """1 for a first-level unit (province, state, prefecture, region), 2 for a second-level one
    (regency, city, county, municipality, district), ``None`` for ``other`` or an unknown level.
    """
    if level is None:
        return None
    return _data("tiers.yaml")["tiers"].get(level)


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
    return True, _source("reference", data["with_relations"])


def _source(kind: str, entry: dict[str, Any]) -> RelationsSource:
    return RelationsSource(
        kind=kind,
        ref=entry["ref"],
        confidence=entry["confidence"],
        note=MappingProxyType({"id": entry["note"]["id"], "en": entry["note"]["en"]}),
    )


def main_language(country: str | None) -> str | None:
    """The ISO 639-1 working language of ``country``'s governments, or ``None`` if not known."""
    if country is None:
        return None
    return _data("languages.yaml")["languages"].get(country.strip().upper())
