"""The form tells the partner's two "kabupaten" levels apart (a regency like Indonesia's, and
a county, gun or xian) and helps choose between them; BP2MI, KP2MI since October 2024, is
shown as "BP2MI/KP2MI" wherever it is named, its code unchanged.

Practitioner trial 32 U2: "kabupaten (regency)" and "kabupaten (county, gun, atau xian)": an
officer could not tell which a Korean gun or a Chinese xian belongs to without reading the
help twice. U4: for a 2025–2026 file the body is KP2MI.
"""

from __future__ import annotations

import re
from typing import get_args

import pytest

import paracheck
from paracheck.facts import template
from paracheck.facts.model import Agency
from paracheck.facts.questions import question_for


def test_the_regency_says_it_is_the_indonesian_kind():
    regency = paracheck.value_label("partner.level", "regency", "id")
    county = paracheck.value_label("partner.level", "county", "id")
    assert regency != county
    assert "seperti di Indonesia" in regency and "gun" not in regency
    assert "gun" in county and "xian" in county
    assert "as in Indonesia" in paracheck.value_label("partner.level", "regency", "en")
    # the template names the regency once, with what tells it apart
    text = template.proposal_template("sister_city", "id")
    assert "regency (sebutan seperti di Indonesia)" in text
    assert "regency (regency" not in text


def test_bp2mi_is_shown_as_bp2mi_kp2mi_with_its_code_unchanged():
    assert "BP2MI" in get_args(Agency)
    for lang in ("id", "en"):
        assert paracheck.value_label("security.coordinating_agencies", "BP2MI", lang).startswith(
            "BP2MI/KP2MI"
        )
        assert "BP2MI/KP2MI" in question_for("security.coordinating_agencies")[lang]
        assert "BP2MI (BP2MI/KP2MI)" in template.proposal_template("sister_city", lang)


def test_the_form_helps_choose_the_partners_level_and_names_kp2mi():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    page = TestClient(create_app()).get("/").text
    select = re.search(r'<select[^>]*name="partner\.level".*?</select>', page, re.S)
    assert select is not None
    assert ">kabupaten (regency, sebutan seperti di Indonesia)<" in select[0]
    assert "gun (Korea) dan xian (Tiongkok" in page
    assert "BP2MI/KP2MI" in page
