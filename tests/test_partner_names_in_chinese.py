"""A partner named in Chinese is ranked as the same partner named in English.

Before: "Shanghai Municipal People's Government" ranked with a province, but "上海市人民政府"
(the same government, as its letters are headed) and "臺北市政府" fell back to their level word
and were ranked with a kota: a sister province with Shanghai got REG-002 "tingkat
administrasi kedua pihak tidak setara". Taoyuan in simplified characters (桃园市) was never
known as a special municipality.
"""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.facts.reference import partner_tier

DAY = dt.date(2021, 3, 1)


@pytest.mark.parametrize(
    ("country", "chinese", "english"),
    [
        ("CN", "上海市人民政府", "Shanghai Municipal People's Government"),
        ("CN", "重庆市人民政府", "Chongqing"),
        ("TW", "臺北市政府", "Taipei City Government"),
        ("TW", "台中市政府", "Taichung City"),
        ("TW", "桃园市", "Taoyuan City"),
    ],
)
def test_a_partner_named_in_chinese_ranks_as_its_english_name_does(country, chinese, english):
    said = partner_tier("city", country, chinese, DAY)
    assert said.tier == partner_tier("city", country, english, DAY).tier == 1


def test_taoyuan_in_simplified_characters_ranks_with_a_province_from_its_day():
    assert partner_tier("county", "TW", "桃园市", dt.date(2014, 12, 24)).tier == 2
    assert partner_tier("county", "TW", "桃园市", dt.date(2014, 12, 25)).tier == 1


def test_a_sister_province_with_shanghai_named_in_chinese_is_of_equal_level():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province Jawa Timur – Shanghai",
        "date": "2021-03-01",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Jawa Timur", "level": "province"},
        "partner": {
            "name": "上海市人民政府",
            "country": "CN",
            "level": "city",
            "kind": "regional_government",
        },
    }
    result = paracheck.assess(Proposal.model_validate(data))
    [equal] = [c for c in result.checks if c.rule_id == "REG-002"]
    assert equal.status == "clear"


def test_a_government_alone_is_no_place_name():
    """ "政府" with nothing before it stays what it is: no name is made empty."""
    assert partner_tier("city", "CN", "政府", DAY).tier == 2
