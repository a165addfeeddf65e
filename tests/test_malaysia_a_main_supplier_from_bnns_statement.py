"""A Malaysian partner is a main narcotics supplier's only from the day a source says so
(REGULATION.md: "cite only what was in force on the proposal's date"). The thesis names the
PRC alone; BNN's statement that most narcotics come from Malaysia by sea was reported on 21
October 2018. fix33d took BNN's sentence out of earlier memos, but TOC-003/004/011/012 still
counted Malaysia with the PRC on every date: a 2013 memo with a Malaysian partner over a
high route read "Tinggi 16" with only the thesis under it. A condition now dates a value by
the source it rests on (``rests_on: {MY: <ref>}``, docs/rule-language.md), as a reason's
paragraph is dated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

PACKS = Path(paracheck.__file__).parent / "rules" / "packs"


def _bnn_day() -> dt.date:
    """The day BNN's statement was reported, as TOC-003 cites it."""
    rule = next(r for r in load_pack("pp28-2018").rules if r.id == "TOC-003")
    [source] = [s for s in rule.sources if s.ref.startswith("BNN")]
    assert source.effective_from is not None
    return source.effective_from


def _checks(day: dt.date, country: str, route: str) -> dict[str, Any]:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota – Mitra",
        "date": day.isoformat(),
        "partner": {"country": country},
        "sectors": [{"name": "tourism"}],
        "security": {"narcotics_route": route, "coordinating_agencies": []},
    }
    return {c.rule_id: c for c in paracheck.assess(data).checks}


def test_before_bnns_statement_a_malaysian_partner_on_a_high_route_weighs_as_any_other():
    before = _checks(_bnn_day() - dt.timedelta(days=1), "MY", "high")
    japan = _checks(_bnn_day() - dt.timedelta(days=1), "JP", "high")
    assert before["TOC-003"].status == "clear" and before["TOC-003"].not_applicable
    assert "Malaysia" in before["TOC-003"].not_applicable.id  # says why, with the date
    assert before["TOC-011"].status == japan["TOC-011"].status == "risk"
    assert before["TOC-011"].severity == "medium"
    assert not any(s.ref.startswith("BNN") for s in before["TOC-011"].sources)


def test_from_bnns_statement_a_malaysian_partner_on_a_high_route_is_toc_003():
    on = _checks(_bnn_day(), "MY", "high")
    assert on["TOC-003"].status == "risk" and on["TOC-003"].severity == "high"
    assert any(s.ref.startswith("BNN") for s in on["TOC-003"].sources)


def test_before_bnns_statement_a_malaysian_partner_on_a_medium_route_is_toc_012():
    before = _checks(_bnn_day() - dt.timedelta(days=1), "MY", "medium")
    on = _checks(_bnn_day(), "MY", "medium")
    assert before["TOC-012"].status == "risk" and before["TOC-011"].status == "clear"
    assert on["TOC-011"].status == "risk" and on["TOC-012"].status == "clear"


def test_a_partner_in_the_prc_is_a_main_suppliers_on_every_date():
    assert _checks(dt.date(2010, 1, 4), "CN", "high")["TOC-003"].status == "risk"


def _leaves(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [leaf for item in node for leaf in _leaves(item)]
    if not isinstance(node, dict):
        return []
    if "path" in node:
        return [node]
    return [leaf for value in node.values() for leaf in _leaves(value)]


def test_every_shipped_condition_counting_malaysia_as_a_supplier_is_dated_by_bnn():
    raw = yaml.safe_load((PACKS / "thesis-obstacles.yaml").read_text("utf-8"))
    seen = 0
    for rule in raw["rules"]:
        parts = {k: v for k, v in rule.items() if k not in ("examples", "sources", "why_dated")}
        for leaf in _leaves(parts):
            values = leaf.get("in", leaf.get("not_in"))
            if (
                leaf.get("path") == "partner.country"
                and isinstance(values, list)
                and "MY" in values
            ):
                seen += 1
                assert str(leaf.get("rests_on", {}).get("MY", "")).startswith("BNN"), rule["id"]
    assert seen >= 18


# ── the loader


def _mini_with(tmp_path: Path, **fields: Any) -> str:
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    rule = data["rules"][0]  # BUD-001
    rule.update(fields)
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return str(path)


STUDY = {
    "kind": "practice",
    "ref": "Kajian (2013)",
    "confidence": "medium",
    "effective_from": "2013-01-01",
}
SAID = {
    "effective_from": "2013-01-01",
    "rests_on": "Kajian (2013)",
    "id": "Menurut kajian itu, …",
    "en": "The study found …",
}
DATED = {"path": "partner.country", "in": ["CN", "MY"], "rests_on": {"MY": "Kajian (2013)"}}


def _dated_rule(tmp_path: Path, when: Any, **more: Any) -> str:
    return _mini_with(
        tmp_path,
        when=when,
        sources=[{"kind": "thesis", "ref": "IV.B.2.a"}, STUDY],
        why_dated=[SAID],
        examples={
            "fires": [{"partner": {"country": "CN"}}],
            "clears": [{"partner": {"country": "JP"}}],
        },
        **more,
    )


def _fires(pack: str, country: str, day: str) -> bool:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": day,
        "partner": {"country": country},
    }
    [check] = [c for c in paracheck.assess(data, pack=pack).checks if c.rule_id == "BUD-001"]
    return check.status == "risk"


def test_a_value_dated_by_a_source_counts_only_from_the_sources_date(tmp_path):
    pack = _dated_rule(tmp_path, DATED)
    assert [_fires(pack, "MY", d) for d in ("2012-12-31", "2013-01-01")] == [False, True]
    assert _fires(pack, "CN", "2012-12-31")


def test_a_dated_value_of_not_in_is_excluded_only_from_the_sources_date(tmp_path):
    pack = _dated_rule(
        tmp_path, {**{k: v for k, v in DATED.items() if k != "in"}, "not_in": ["CN", "MY"]}
    )
    assert [_fires(pack, "MY", d) for d in ("2012-12-31", "2013-01-01")] == [True, False]


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ({**DATED, "rests_on": {"MY": "Lain"}}, "'Lain'"),  # no source of the rule
        ({**DATED, "rests_on": {"ID": "Kajian (2013)"}}, "rests_on"),  # a value not listed
        ({**DATED, "rests_on": {"MY": "IV.B.2.a"}}, "'IV.B.2.a'"),  # a source with no dates
        ({**DATED, "rests_on": "Kajian (2013)"}, "rests_on"),  # not a map of values
    ],
)
def test_a_condition_resting_on_what_cannot_date_it_is_refused(tmp_path, when, said):
    with pytest.raises(PackError) as caught:
        load_pack(_dated_rule(tmp_path, when))
    assert "BUD-001.when.rests_on" in str(caught.value) and said in str(caught.value)


def test_a_rule_dated_by_the_signing_may_not_date_a_condition_by_a_study(tmp_path):
    with pytest.raises(PackError) as caught:
        load_pack(_dated_rule(tmp_path, DATED, dated_by="procedure.signing.date"))
    said = str(caught.value)
    assert "BUD-001.when.rests_on" in said and "procedure.signing.date" in said
