"""The People's Republic has one name in Indonesian: "RRT", as "Tiongkok (RRT)" and the rules
say it. CLDR's "Hong Kong DAK Tiongkok" and "Makau DAK Tiongkok" stood beside "Tiongkok
(RRT)" in the same country list, naming it a second way with an abbreviation no Indonesian
government text uses (trust17 #5); they read "Hong Kong (RRT)" and "Makau (RRT)"."""

from __future__ import annotations

import paracheck
from paracheck.facts import codes, labels


def test_every_indonesian_country_name_that_names_the_prc_says_rrt():
    names = dict(paracheck.code_names("country", "id"))
    prc = {code: name for code, name in names.items() if "Tiongkok" in name or "RRT" in name}
    assert {"CN", "HK", "MO"} <= set(prc), prc
    for code, name in prc.items():
        assert "(RRT)" in name, (code, name)
        assert "DAK" not in name, (code, name)


def test_hong_kong_and_macao_read_as_the_government_writes_them():
    assert labels.country_name("HK", "id") == "Hong Kong (RRT)"
    assert labels.country_name("MO", "id") == "Makau (RRT)"
    assert labels.value_text("partner.country", "HK", "id") == "Hong Kong (RRT)"
    # English keeps CLDR's names
    assert labels.country_name("HK", "en") == "Hong Kong SAR China"


def test_writing_hong_kong_or_makau_is_still_told_its_code():
    assert codes.country_codes_for("Hong Kong") == ["HK"]
    assert codes.country_codes_for("Makau") == ["MO"]
