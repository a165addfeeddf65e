"""Countries are named as Indonesia names them. CLDR's names (Babel) are used for every
code, except where Indonesia's own usage differs: Indonesia recognises the State of
Palestine, so ``PS`` is "Palestina" / "Palestine", not CLDR's "Wilayah Palestina" /
"Palestinian Territories" (trial 9: the web form's country list)."""

from __future__ import annotations

import paracheck
from paracheck.facts import codes, labels


def test_palestine_is_named_as_the_state_indonesia_recognises():
    assert labels.country_name("PS", "id") == "Palestina"
    assert labels.country_name("ps", "en") == "Palestine"


def test_the_form_s_country_list_offers_palestina():
    assert ("PS", "Palestina") in paracheck.code_names("country", "id")
    assert ("PS", "Palestine") in paracheck.code_names("country", "en")
    named = [name for _, name in paracheck.code_names("country", "id")]
    assert not any("Wilayah Palestina" in name for name in named)


def test_a_report_shows_a_partner_country_ps_as_palestina():
    # what the reports show for the value of partner.country (evidence, the memo's facts)
    assert labels.value_text("partner.country", "PS", "id") == "Palestina"
    assert labels.value_text("partner.country", "PS", "en") == "Palestine"


def test_writing_palestina_as_the_country_is_told_to_write_ps():
    assert codes.country_codes_for("Palestina") == ["PS"]
    assert codes.country_codes_for("Palestine") == ["PS"]
    example = codes.country_examples("Palestina")[0]
    assert "Palestina" in example.render("id") and "Wilayah" not in example.render("id")
    assert "Palestine" in example.render("en") and "Territories" not in example.render("en")


def test_the_country_list_uses_the_names_indonesian_officers_write():
    # review 17: CLDR's "Cile", "Kongo - Brazzaville", "Côte d’Ivoire", "Myanmar (Burma)",
    # "eSwatini", "Timor Leste" in an Indonesian form and memo
    named = dict(paracheck.code_names("country", "id"))
    assert (named["CL"], named["CG"], named["CD"]) == (
        "Chili",
        "Republik Kongo",
        "Republik Demokratik Kongo",
    )
    assert (named["CI"], named["MM"], named["SZ"], named["TL"]) == (
        "Pantai Gading",
        "Myanmar",
        "Eswatini",
        "Timor-Leste",
    )
    assert codes.country_codes_for("Pantai Gading") == ["CI"]


def test_a_language_is_named_after_its_country_not_in_its_own_tongue():
    # review 17: "bahasa Dansk", and "Polski", "Suomi", "Welsh" in the form's language list
    phrases = {code: labels.language_phrase(code, "id") for code in ("da", "pl", "fi", "cy")}
    assert phrases == {
        "da": "bahasa Denmark",
        "pl": "bahasa Polandia",
        "fi": "bahasa Finlandia",
        "cy": "bahasa Wales",
    }
    listed = dict(paracheck.code_names("language", "id"))
    assert listed["da"] == "Denmark" and listed["pl"] == "Polandia"


def test_an_alpha_3_code_is_told_its_two_letter_code():
    # trial 250 L7: "PNG" was told "misalnya 'CN' untuk Tiongkok (RRT), 'JP' …"
    assert codes.country_codes_for("PNG") == ["PG"]
    assert codes.country_codes_for("nor") == ["NO"]
    assert codes.country_codes_for("DEU") == ["DE"]
    example = codes.country_examples("PNG")[0]
    assert example.render("id") == "'PG' untuk Papua Nugini"


def test_indonesias_alpha_3_code_is_said_to_be_indonesia_and_never_offered():
    assert codes.names_home("IDN")
    assert "ID" not in codes.country_codes_for("IDN")
    try:
        paracheck.load_proposal_text(
            b"schema: paracheck/proposal/v1\ntitle: t\npartner:\n  country: IDN\n"
        )
    except paracheck.InputError as err:
        said = err.problems[0].describe("id")
    else:
        raise AssertionError("IDN was accepted as a partner's country")
    assert "tidak boleh Indonesia ('IDN')" in said and "'ID' untuk" not in said
