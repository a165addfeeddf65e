"""A signed MoU whose validity is in doubt (REG-044: signed by an official who is neither the
head of region nor named in the Full Powers) opens the Saran: the cooperation unit is assigned
the consultation with Kemlu before "Kerja sama dapat dilanjutkan", which then goes on "with
that condition", and no other office is assigned REG-044 (wording review 26 A5: "Kerja sama
dapat dilanjutkan dengan pembenahan: dua risiko tinggi (IMP-002, REG-044) …", then "risiko
tersebut" given to the Dinas Pariwisata as well). The sentence is the rule's ``saran_first``
in the pack; the loader refuses one that does not name the office assigned."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.facts.model import Proposal
from paracheck.report.advice import advice
from paracheck.rules.loader import load_pack, pack_names

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini.yaml"

#: a running partnership (every step done), its MoU signed by another official, a tourism
#: sector without a programme (IMP-002) and a fisheries sector with a programme running
ACTIVE: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kota Uji – Mokpo",
    "date": "2026-11-20",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {"name": "Mokpo-si", "country": "KR", "level": "city"},
    "sectors": [
        {
            "name": "fisheries",
            "lead_agency": "Dinas Kelautan dan Perikanan Kota Uji",
            "programs": [
                {
                    "name": "Rantai dingin",
                    "status": "ongoing",
                    "started": "2025-03-01",
                    "last_activity": "2026-10-01",
                }
            ],
        },
        {"name": "tourism", "lead_agency": "Dinas Pariwisata Kota Uji", "programs": []},
    ],
    "procedure": [
        {"step": step, "status": "done", "date": day}
        for step, day in (
            ("initiative", "2023-03-01"),
            ("exploration", "2023-05-10"),
            ("letter_of_intent", "2023-07-04"),
            ("cooperation_plan", "2023-09-12"),
            ("dprd_approval", "2023-11-28"),
            ("verification", "2024-02-15"),
            ("agreement_drafting", "2024-04-22"),
            ("central_approval", "2024-06-03"),
            ("full_powers", "2024-07-01"),
            ("signing", "2024-08-19"),
            ("implementing_agreement", "2025-01-10"),
        )
    ],
    "agreement": {"signatory": "other_official", "expires": "2029-08-18"},
}


def _saran(data: dict[str, Any], lang: str) -> tuple[paracheck.Assessment, list[str]]:
    a = paracheck.assess(Proposal.model_validate(copy.deepcopy(data)))
    return a, advice(a, lang)


@pytest.mark.parametrize(
    ("lang", "unit", "then"),
    [
        ("id", "Bagian Kerja Sama ditugaskan", "Dengan syarat itu, kerja sama dapat dilanjutkan"),
        ("en", "assign the Cooperation Section", "On that condition, the cooperation may go on"),
    ],
)
def test_the_consultation_on_the_mous_validity_comes_before_going_on(
    lang: str, unit: str, then: str
) -> None:
    a, items = _saran(ACTIVE, lang)
    risks = {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high"}
    assert {"REG-044", "IMP-002"} <= risks and a.verdict == "high_risk"
    assert unit in items[0] and "Kemlu" in items[0] and "(REG-044)" in items[0], items[0]
    assert ("Wali Kota" if lang == "id" else "mayor") in items[0]
    assert items[1].startswith(then), items[1]
    # the decision and every assignment after it are about the other risks
    for item in items[1:]:
        assert "REG-044" not in item, item
    assert "(IMP-002)" in items[1]
    # beside a lapsed MoU the finding is its history, taken up in the evaluation (the pack's
    # own case for it): nothing is consulted on an MoU no longer in force
    lapsed = copy.deepcopy(ACTIVE)
    lapsed["agreement"]["expires"] = "2025-08-18"
    assert not any("Kemlu" in item for item in _saran(lapsed, lang)[1])


def test_with_the_mous_validity_the_only_high_risk_the_cooperation_goes_on_on_that_condition():
    data = copy.deepcopy(ACTIVE)
    data["sectors"] = data["sectors"][:1]  # no sector without a programme: no IMP-002
    a, items = _saran(data, "id")
    high = [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high"]
    assert high == ["REG-044"], high
    assert "(REG-044)" in items[0]
    assert items[1] == "Dengan syarat itu, kerja sama dapat dilanjutkan sesuai MoU."


def test_every_shipped_pack_opens_the_saran_with_reg044() -> None:
    for name in pack_names():
        pack = load_pack(name)
        rule = next((r for r in pack.rules if r.id == "REG-044"), None)
        if rule is not None:
            assert rule.saran_first is not None, name


@pytest.mark.parametrize(
    "said",
    [
        '{id: "Kepala daerah berkonsultasi.", en: "{owner} asks."}',
        '{id: "{owner} ditugaskan {sesuatu}.", en: "{owner} asks."}',
        '{id: "{owner} dan {owner} ditugaskan.", en: "{owner} asks."}',
    ],
)
def test_a_saran_first_that_does_not_name_the_office_once_is_a_pack_error(
    tmp_path: Path, said: str
) -> None:
    text = MINI.read_text(encoding="utf-8")
    old = "    recommend:\n      - {stage: approval, owner: DPRD,"
    assert old in text
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(old, f"    saran_first: {said}\n{old}", 1), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    (problem,) = err.value.problems
    assert problem.path == "REG-001.saran_first.id", problem
    assert problem.line > 1


def test_a_saran_first_naming_the_office_and_the_head_is_accepted(tmp_path: Path) -> None:
    text = MINI.read_text(encoding="utf-8")
    old = "    recommend:\n      - {stage: approval, owner: DPRD,"
    said = '{id: "{owner} ditugaskan bertanya kepada {head}.", en: "Assign {owner} to ask."}'
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(old, f"    saran_first: {said}\n{old}", 1), encoding="utf-8")
    assert load_pack(str(path)).rule("REG-001").saran_first is not None
