"""A rule's reason gives the case of its condition the file shows (``why_cases``).

Newcomer trial 24: TOC-011 fires on a very prone narcotics route with a partner outside the
PRC and Malaysia, or on a fairly prone route with a partner in one of them, and its reason
said both ("jalurnya sangat rawan tetapi mitranya di luar …, atau mitranya di salah satu
negara itu tetapi kerawanannya sedang") beside a file showing one. The blank checklist and
the rule's page, which judge no file, still give both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.report import catalogue
from paracheck.rules.loader import load_pack

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini.yaml"

#: the words of each case of TOC-011's reason, by language: (very prone route, partner in
#: the PRC or Malaysia)
CASES = {
    "id": ("jalurnya sangat rawan", "tetapi kerawanan jalurnya sedang"),
    "en": ("the route is high-risk", "but the route's exposure is medium"),
}


def _proposal(country: str, route: str) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Uji",
        "date": "2026-07-01",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kota Uji", "level": "city"},
        "partner": {"name": "Partner City", "country": country, "level": "city"},
        "sectors": [
            {
                "name": "tourism",
                "lead_agency": "Dinas Pariwisata Kota Uji",
                "programs": [{"name": "Paket wisata", "status": "planned"}],
            }
        ],
        "security": {"narcotics_route": route, "coordinating_agencies": []},
    }


def _why(country: str, route: str, lang: str) -> str:
    a = paracheck.assess(_proposal(country, route))
    check = next(c for c in a.checks if c.rule_id == "TOC-011")
    assert check.status == "risk", check.status
    return check.why.get(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_very_prone_route_with_a_partner_elsewhere_gives_that_case_only(lang: str) -> None:
    why = _why("JP", "high", lang)
    route, supplier = CASES[lang]
    assert route in why and supplier not in why, why
    # no alternative beside it
    assert {"id": " atau ", "en": ", or "}[lang] not in why, why
    assert "IV.B.1.a" in why  # the reason itself stays, before the case


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_fairly_prone_route_with_a_partner_in_the_prc_gives_that_case_only(lang: str) -> None:
    why = _why("CN", "medium", lang)
    route, supplier = CASES[lang]
    assert supplier in why and route not in why, why
    assert {"id": " atau ", "en": ", or "}[lang] not in why, why
    assert "IV.B.1.a" in why


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_rule_page_and_the_blank_checklist_give_both_cases(lang: str) -> None:
    pack = paracheck.load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == "TOC-011")
    route, supplier = CASES[lang]
    for said in (catalogue.why_text(rule, lang), catalogue.reason(rule, lang, pack)):
        assert route in said and supplier in said, said
    assert {"id": "Atau, ", "en": "Or, "}[lang] in catalogue.why_text(rule, lang)


#: the mini pack's reason the loader tests give cases
_WHY = '    why: {id: "Tanpa dana program berhenti", en: "Without funds programmes stop"}\n'


def test_a_reason_case_with_a_bad_condition_is_a_pack_error(tmp_path: Path) -> None:
    source = MINI.read_text(encoding="utf-8")
    assert _WHY in source
    bad = _WHY + "    why_cases:\n      - {when: {path: no.such.path, eq: 1}, id: a, en: b}\n"
    path = tmp_path / "pack.yaml"
    path.write_text(source.replace(_WHY, bad, 1), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    assert any("why_cases[0].when" in p.path for p in err.value.problems), err.value.problems
