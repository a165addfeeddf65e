"""A duty is said, weighed and marked "wajib" only as far as its sources support it
(practitioner trial 29, M2, M4, M7).

M2: REG-012 said "Surat Kuasa diwajibkan undang-undang" on UU 24/2000 Pasal 1 angka 3 alone —
a definition in REGULATION.md — and was the sole, high reason a 2024 partnership signed in
2021 came out "Risiko tinggi", although Permendagri 25/2020's order has no Full Powers step.
Requesting Full Powers is step 7 of Permendagri 3/2008 as practised (medium): REG-012 and
REG-021 judge an MoU signed from 2008 to 21 May 2020, worded "menurut sumber sekunder", at
medium severity, and the procedure step is neither statutory nor asked after 21 May 2020.

M4: REG-019 (drafting with Kemlu, UU 24/2000 Pasal 5(1), a statute of high confidence) scored
Sedang 12 while REG-023 (Kemendagri consultation before the signing, a reported practice
step) scored Tinggi 16. The statute's now ranks above the practice step's.

M7: figures paracheck chose (70 %, seven days, 180 days, …) were cited only to the thesis,
which gives no such number; every report now says beside the check that the figure is
paracheck's yardstick.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.engine.model import SEVERITY_RANK
from paracheck.errors import PackError
from paracheck.report import render, render_checklist, render_rule
from paracheck.rules.loader import load_pack


def _signed(day: str, signed: str, **fields: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province",
        "date": day,
        "stage": "active",
        "form": "sister_province",
        "local": {"name": "Provinsi Jawa Tengah", "level": "province"},
        "partner": {"name": "Prefektur", "country": "JP", "kind": "regional_government"},
        "procedure": [{"step": "signing", "status": "done", "date": signed}],
        **fields,
    }


def _checks(data: dict[str, Any], pack: str | None = None) -> dict[str, Any]:
    return {c.rule_id: c for c in paracheck.assess(data, pack=pack).checks}


# ── M2: Full Powers


def test_full_powers_are_not_asked_of_an_mou_signed_under_permendagri_25_2020():
    assessment = paracheck.assess(_signed("2024-10-01", "2021-04-28"))
    checks = {c.rule_id: c for c in assessment.checks}
    for rule_id in ("REG-012", "REG-021"):
        assert checks[rule_id].status == "clear"
        assert "Permendagri 3/2008" in checks[rule_id].not_applicable.id
    steps = {p.step: p for p in assessment.procedure}
    assert "full_powers" not in steps or not steps["full_powers"].required


@pytest.mark.parametrize("pack", ["permendagri-3-2008", "pp28-2018"])
def test_full_powers_missing_from_an_mou_signed_in_2015_is_a_reported_practice_finding(pack):
    day = "2019-06-01" if pack == "pp28-2018" else "2016-06-01"
    check = _checks(_signed(day, "2015-03-01"), pack)["REG-012"]
    assert check.status == "risk"
    assert check.severity == "medium"
    assert "menurut sumber sekunder" in check.why.id.lower()
    assert "reported" in check.why.en
    for text in (check.why.id, check.clears_when.id):
        assert "diwajibkan undang-undang" not in text
    assert any(s.ref == "Permendagri 3/2008" for s in check.sources)


def test_full_powers_recorded_as_not_needed_is_not_applicable_and_its_basis_asked():
    data = _signed("2016-06-01", "2015-03-01")
    data["procedure"].insert(0, {"step": "full_powers", "status": "not_applicable"})
    check = _checks(data, "permendagri-3-2008")["REG-012"]
    assert check.status == "clear"
    assert "dasar tertulisnya" in check.not_applicable.id


@pytest.mark.parametrize("pack", ["permendagri-3-2008", "pp28-2018"])
def test_the_full_powers_step_is_not_statutory(pack):
    step = next(s for s in load_pack(pack).procedure if s.step == "full_powers")
    assert not step.statutory
    assert str(step.effective_until) == "2020-05-21"


# ── M4: the statute's duty ranks above the practice step's


def _rank(rule: Any) -> tuple[int, int]:
    """Higher for a weightier finding: its severity (SEVERITY_RANK counts from the gravest),
    then its score."""
    return -SEVERITY_RANK[rule.severity], rule.likelihood * rule.impact


def test_the_statutory_consultation_with_kemlu_ranks_above_the_reported_kemendagri_step():
    rules = {r.id: r for r in load_pack("permendagri-3-2008").rules}
    assert _rank(rules["REG-019"]) > _rank(rules["REG-023"])
    assert _rank(rules["REG-019"]) > _rank(rules["REG-011"])
    assert rules["REG-019"].severity == "high"


def test_signing_without_drafting_with_kemlu_is_high_in_a_2013_memo():
    data = _signed(
        "2013-09-01",
        "2013-05-01",
        partner={"name": "Fujian", "country": "CN", "kind": "regional_government"},
    )
    data["procedure"].insert(0, {"step": "agreement_drafting", "status": "pending"})
    checks = _checks(data, "permendagri-3-2008")
    assert checks["REG-019"].status == "risk"
    assert checks["REG-019"].severity == "high"
    assert checks["REG-019"].score == 16


# ── M7: paracheck's own yardsticks

YARDSTICKS = ("BUD-003", "HR-003", "HR-005", "NRG-001", "IMP-005")


@pytest.mark.parametrize(
    ("lang", "words"), [("id", "patokan paracheck"), ("en", "paracheck's yardstick")]
)
def test_every_report_says_a_figure_is_paracheck_s_yardstick_beside_the_check(lang, words):
    assessment = paracheck.assess(_signed("2024-10-01", "2021-04-28"))
    checks = {c.rule_id: c for c in assessment.checks}
    for rule_id in YARDSTICKS:
        assert words in checks[rule_id].statement.get(lang), rule_id
    for fmt in ("text", "markdown", "html", "csv"):
        out = render(assessment, fmt, lang)
        out = html.unescape(out.decode() if isinstance(out, bytes) else out)
        assert out.count(words) >= len(YARDSTICKS), fmt


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_blank_checklist_and_the_rule_page_say_the_yardstick_beside_the_check(lang, fmt):
    pack = load_pack("pp28-2018")
    text = render_checklist(pack, lang, fmt)
    words = "patokan paracheck" if lang == "id" else "paracheck's yardstick"
    assert text.count(words) >= len(YARDSTICKS)
    page = render_rule(pack, next(r for r in pack.rules if r.id == "BUD-003"), lang)
    assert words in page


def test_a_yardstick_on_a_rule_without_a_check_is_refused(tmp_path: Path):
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["yardstick"] = {"id": "0 adalah patokan", "en": "0 is a yardstick"}
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    assert "BUD-001.yardstick" in str(caught.value)
