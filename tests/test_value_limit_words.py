"""The bound on a document's values, said so that it is read right.

Before: a proposal too long to read was refused in Bahasa Indonesia with "lebih dari 100,000
nilai" — in Indonesian a comma is the decimal sign, so it read as "more than a hundred values" —
and asked "alias terlalu sering dipakai ulang?" of a file that has no alias at all.
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import MAX_NODES, load_proposal_bytes
from tests.test_hostile_input import alias_bomb

HEAD = b"schema: paracheck/proposal/v1\ntitle: t\n"
LONG = HEAD + b"basis: {similar_problems: [" + b"x," * (MAX_NODES + 10) + b"]}\n"


def _refusal(data: bytes) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(data, "p.yaml")
    return [(p.describe("id"), p.describe("en")) for p in caught.value.problems]


def test_the_value_limit_is_grouped_as_each_language_writes_thousands():
    [(said_id, said_en)] = _refusal(LONG)
    assert "lebih dari 100.000 nilai" in said_id and "100,000" not in said_id
    assert "more than 100,000 values" in said_en


def test_a_long_file_without_aliases_is_not_asked_about_aliases():
    [(said_id, said_en)] = _refusal(LONG)
    assert said_id.endswith("Dokumen ini memuat lebih dari 100.000 nilai; ditolak"), said_id
    assert "alias" not in said_id and "alias" not in said_en


def test_an_alias_bomb_is_still_told_its_aliases_are_re_used():
    [(said_id, said_en)] = _refusal(alias_bomb(10))
    assert "(alias terlalu sering dipakai ulang?)" in said_id and "100.000" in said_id
    assert "(aliases re-used too often?)" in said_en
