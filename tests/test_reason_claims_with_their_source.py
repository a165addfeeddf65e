"""Every claim of a reason has its source in the same memo, and no memo uses a source's facts
before the source existed (practitioner trial 29, M1).

The sources under a reason were filtered by date (a study or news report dated by its
publication) while the reason's text was not: a 2011 memo said "Kemendagri … hanya
menghitung sekitar 50 yang aktif" (Lemhannas, 2013) with only the thesis under it, a 2013 memo
named "Malaysia menurut BNN" (Republika, 2018) without citing BNN, and IMP-020 spoke of the
Semarang–Beihai study (Putri, 2017) in 2011 and 2013. And GOV-002, dated by the signing, lost
the 2013 count from a 2018 evaluation of an MoU of 2012. A sentence that rests on such a
source is now a dated paragraph with ``rests_on`` and the source's dates
(docs/rule-language.md, "Claims with their source"), checked by the loader.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack
from paracheck.rules.model import in_window, published

LEMHANNAS = "Kajian Lemhannas (2013)"
BNN = "BNN, Deputi Pemberantasan"
PUTRI = "Putri (2017)"


def _proposal(day: str, **fields: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama",
        "date": day,
        "form": "sister_province",
        "local": {"name": "Provinsi Jawa Tengah", "level": "province"},
        "partner": {"name": "Mitra", "country": "CN", "kind": "regional_government"},
        **fields,
    }


def _check(data: dict[str, Any], rule_id: str) -> Any:
    return next(c for c in paracheck.assess(data).checks if c.rule_id == rule_id)


def _cites(check: Any, ref: str) -> bool:
    return any(s.ref.startswith(ref) for s in check.sources)


def _unmonitored(day: str, **fields: Any) -> dict[str, Any]:
    return _proposal(day, stage="mou_signed", governance={"monitoring_plan": False}, **fields)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_judged_before_the_lemhannas_study_gives_neither_its_count_nor_its_source(lang):
    check = _check(_unmonitored("2011-05-02"), "GOV-002")
    assert check.status == "risk"
    assert not _cites(check, LEMHANNAS)
    assert "50" not in check.why.get(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_judged_after_the_study_gives_the_count_with_its_source(lang):
    check = _check(_unmonitored("2014-05-02"), "GOV-002")
    assert _cites(check, LEMHANNAS)
    assert "50" in check.why.get(lang)


def test_an_evaluation_after_the_study_of_an_mou_signed_before_it_cites_the_study():
    # what the memo's writer knows is the memo's date's, not the signing's
    data = _unmonitored(
        "2018-10-01",
        procedure=[{"step": "signing", "status": "done", "date": "2012-06-01"}],
    )
    check = _check(data, "GOV-002")
    assert _cites(check, LEMHANNAS)
    assert "50" in check.why.get("id")


def _narcotics(day: str) -> dict[str, Any]:
    return _proposal(
        day,
        stage="mou_signed",
        security={"narcotics_route": "medium", "coordinating_agencies": []},
        sectors=[{"name": "trade", "lead_agency": "Dinas Perdagangan"}],
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_2013_memo_does_not_name_bnn_on_malaysia_without_citing_bnn(lang):
    check = _check(_narcotics("2013-07-01"), "TOC-011")
    assert check.status == "risk"
    assert not _cites(check, BNN)
    assert "BNN" not in check.why.get(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_after_bnns_statement_names_it_with_its_source(lang):
    check = _check(_narcotics("2019-07-01"), "TOC-011")
    assert _cites(check, BNN)
    assert "BNN" in check.why.get(lang)
    assert "Malaysia" in check.why.get(lang)


@pytest.mark.parametrize(("day", "said"), [("2013-07-01", False), ("2018-07-01", True)])
def test_the_semarang_beihai_study_is_named_only_where_it_is_cited(day, said):
    data = _proposal(
        day,
        stage="mou_signed",
        partner={"name": "Mitra", "country": "CN", "own_contribution": False},
    )
    check = _check(data, "IMP-020")
    assert _cites(check, PUTRI) is said
    for lang in ("id", "en"):
        assert ("Beihai" in check.why.get(lang)) is said


def _shipped_rules() -> list[Any]:
    rules: dict[str, Any] = {}
    for name in ("permendagri-3-2008", "pp28-2018"):
        for rule in load_pack(name).rules:
            rules[f"{name}:{rule.id}"] = rule
    return list(rules.values())


def test_every_shipped_paragraph_resting_on_a_source_is_given_exactly_when_it_is_cited():
    rested = 0
    for rule in _shipped_rules():
        sources = {s.ref: s for s in rule.sources}
        for para in rule.why_dated:
            if para.rests_on is None:
                continue
            rested += 1
            source = sources[para.rests_on]
            for year in range(1995, 2031):
                day = dt.date(year, 6, 1)
                assert in_window(para.effective_from, para.effective_until, day) == in_window(
                    source.effective_from, source.effective_until, day
                ), (rule.id, para.rests_on, day)
    assert rested >= 9  # GOV-002, IMP-005/006, TOC-003/004/011/012, IMP-020 in both packs


def test_no_shipped_era_neutral_reason_names_a_source_dated_by_its_publication():
    # the words by which the reasons named those studies before (trial29 M1)
    words = (
        "Lemhannas",
        "50 yang aktif",
        "about 50",
        "menurut BNN",
        "per BNN",
        "Beihai",
        "BNN menyebut",
        "BNN menunjuk",
        "catatan Kemendagri",
        "Kemendagri (menurut",
    )
    for rule in _shipped_rules():
        texts = [rule.why.id, rule.why.en]
        texts += [t for p in rule.why_cases for t in (p.id, p.en)]
        for text in texts:
            for word in words:
                assert word not in text, (rule.id, word)
        assert all(
            any(p.rests_on == s.ref for p in rule.why_dated) for s in rule.sources if published(s)
        ), rule.id


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
THESIS = {"kind": "thesis", "ref": "IV.B.2.a"}
SAID = {
    "effective_from": "2013-01-01",
    "rests_on": "Kajian (2013)",
    "id": "Menurut kajian itu, …",
    "en": "The study found …",
}


def test_a_study_dated_by_its_publication_that_no_paragraph_rests_on_is_refused(tmp_path):
    path = _mini_with(tmp_path, sources=[THESIS, STUDY])
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.sources[1]" in str(caught.value)
    assert "rests_on" in str(caught.value)


def test_a_paragraph_resting_on_the_study_with_its_dates_is_accepted(tmp_path):
    pack = load_pack(_mini_with(tmp_path, sources=[THESIS, STUDY], why_dated=[SAID]))
    assert pack.rules[0].why_dated[0].rests_on == "Kajian (2013)"


def test_a_paragraph_resting_on_no_source_of_the_rule_is_refused(tmp_path):
    path = _mini_with(
        tmp_path, sources=[THESIS, STUDY], why_dated=[SAID, {**SAID, "rests_on": "Lain"}]
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.why_dated[1].rests_on" in str(caught.value)
    assert "'Lain'" in str(caught.value)


def test_a_paragraph_with_other_dates_than_its_source_is_refused(tmp_path):
    path = _mini_with(
        tmp_path, sources=[THESIS, STUDY], why_dated=[{**SAID, "effective_from": "2011-01-01"}]
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.why_dated[0].rests_on" in str(caught.value)
    assert "2013-01-01" in str(caught.value)


def test_a_rule_dated_by_the_signing_may_not_rest_a_paragraph_on_a_study(tmp_path):
    path = _mini_with(
        tmp_path,
        sources=[THESIS, STUDY],
        why_dated=[SAID],
        dated_by="procedure.signing.date",
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.why_dated[0].rests_on" in str(caught.value)
    assert "procedure.signing.date" in str(caught.value)
