"""Beside an MoU that has lapsed or is about to, the advice plans for a new MoU or the
evaluation, never for amending, extending or budgeting the one that ends.

Closing note 13 left three: the archive rules' halves for a new MoU (REG-012/013/014/015/019,
REG-049's form) still said "sebelum MoU diubah atau diperpanjang" or "Bila MoU diubah atau
diperpanjang, …" beside an MoU that can no longer be amended (and so did the stage-split
advice of REG-002/030/032/040/042 and GOV-001: "pada perubahan MoU berikutnya"); REG-017's
"Catat hasil penjajakan" held for a new MoU did not say which exploration; BUD-004 told
Bappeda to put the activities in the next RKPD while the MoU ends within the year (advice18
made IMP-006 plan only to the MoU's end).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

import paracheck
from paracheck.engine.examples import DEFAULT_AS_OF
from paracheck.rules.loader import load_pack, split_example

PACKS = ("pp28-2018", "permendagri-3-2008")
#: words that presume the MoU can still be amended or extended
AMEND = ("diubah atau diperpanjang", "perubahan atau perpanjangan", "perubahan MoU", "diperpanjang")
AMEND_EN = (
    "amended or extended",
    "amendment or extension",
    "next amendment",
    "amending the MoU",
    "MoU is extended",
)


def _lapsed(data: dict[str, Any], day: dt.date) -> dict[str, Any] | None:
    """``data`` with its MoU ended the day before ``day`` (None where it was signed later)."""
    data = copy.deepcopy(data)
    signed = next(
        (s.get("date") for s in data.get("procedure") or [] if s.get("step") == "signing"), None
    )
    ends = day - dt.timedelta(days=1)
    if signed is not None and dt.date.fromisoformat(str(signed)) > ends:
        return None
    data.setdefault("agreement", {})["expires"] = ends.isoformat()
    if data.get("stage") in (None, "proposal"):
        data["stage"] = "active"
    return data


def _lapsed_examples() -> list[Any]:
    """Every rule's ``fires`` examples in both packs, made lapsed."""
    out = []
    for name in PACKS:
        for rule in load_pack(name).rules:
            for i, example in enumerate(rule.examples.fires):
                data, as_of = split_example(example)
                day = as_of or (
                    dt.date.fromisoformat(str(data["date"])) if data.get("date") else None
                )
                day = day or DEFAULT_AS_OF
                lapsed = _lapsed(data, day)
                if lapsed is not None:
                    out.append(pytest.param(name, lapsed, day, id=f"{name}-{rule.id}-{i}"))
    return out


@pytest.mark.parametrize(("pack", "data", "day"), _lapsed_examples())
def test_no_advice_beside_a_lapsed_mou_amends_or_extends_it(pack, data, day):
    a = paracheck.assess(paracheck.Proposal.model_validate(data), pack=pack, as_of=day)
    assert "mou_expired" in {n.code for n in a.notices}
    for check in a.checks:
        for rec in check.recommendations:
            assert not any(w in rec.text.id for w in AMEND), (check.rule_id, rec.text.id)
            assert not any(w in rec.text.en for w in AMEND_EN), (check.rule_id, rec.text.en)


def _archive(pack: str, day: str, expires: str, **fields: Any) -> paracheck.Assessment:
    """A sister city signed in 2016 whose letter of intent, drafting with Kemlu, Full Powers
    and deposit never completed."""
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": day,
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Bitung", "level": "city"},
        "partner": {"name": "General Santos", "country": "PH", "kind": "regional_government"},
        "agreement": {"expires": expires},
        "procedure": [
            {"step": "letter_of_intent", "status": "pending"},
            {"step": "agreement_drafting", "status": "in_progress"},
            {"step": "full_powers", "status": "not_applicable"},
            {"step": "deposit_with_kemlu", "status": "pending"},
            {"step": "signing", "status": "done", "date": "2016-03-10"},
        ],
        **fields,
    }
    return paracheck.assess(data, pack=pack)


@pytest.mark.parametrize(
    ("pack", "day"), [("pp28-2018", "2024-06-03"), ("permendagri-3-2008", "2019-06-03")]
)
def test_the_archive_rules_plan_the_new_mous_steps_beside_a_lapsed_mou(pack, day):
    a = _archive(pack, day, expires="2018-03-09")
    by_rule = {c.rule_id: [r.text.id for r in c.recommendations] for c in a.checks}
    assert any(
        t.startswith("Konsultasikan naskah MoU baru") or t.startswith("Bahas naskah MoU baru")
        for t in by_rule["REG-019"]
    ), by_rule["REG-019"]
    assert any("Surat Kuasa" in t and "untuk MoU baru" in t for t in by_rule["REG-012"])
    assert any(
        t.startswith(
            "Catat dalam bahan evaluasi bahwa MoU yang telah berakhir ditandatangani tanpa "
            "Surat Kuasa"
        )
        for t in by_rule["REG-012"]
    )
    deposit = by_rule["REG-015"]
    assert any(t.startswith("Catat dalam bahan evaluasi bahwa naskah asli MoU") for t in deposit)
    # the expired MoU's original is not sent to Kemlu for deposit
    assert not any("serahkan naskah asli yang telah ditandatangani" in t for t in deposit)
    # the same partnership while its MoU runs keeps the amendment's wording
    running = _archive(pack, day, expires="2030-03-09")
    texts = [r.text.id for c in running.checks for r in c.recommendations]
    assert any("diubah atau diperpanjang" in t for t in texts)


def test_the_exploration_recorded_beside_a_lapsed_mou_is_the_new_mous():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": "2024-06-03",
        "stage": "active",
        "form": "sister_city",
        "agreement": {"expires": "2022-03-09"},
        "procedure": [
            {"step": "exploration", "status": "pending"},
            {"step": "signing", "status": "done", "date": "2021-03-10"},
        ],
    }
    (check,) = [c for c in paracheck.assess(data).checks if c.rule_id == "REG-017"]
    assert check.status == "risk"
    assert [r.text.id for r in check.recommendations] == [
        "Untuk MoU baru, catat hasil penjajakan bersama mitra (kontak, kunjungan, minat mitra) "
        "sebagai dokumen."
    ]


def _cut_budget(expires: str | None) -> list[str]:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City",
        "date": "2024-06-03",
        "stage": "active",
        "form": "sister_city",
        "budget": {"revisions_last_year": 2},
        "procedure": [{"step": "signing", "status": "done", "date": "2020-03-10"}],
    }
    if expires:
        data["agreement"] = {"expires": expires}
    (check,) = [c for c in paracheck.assess(data).checks if c.rule_id == "BUD-004"]
    assert check.status == "risk"
    return [r.text.id for r in check.recommendations if r.owner == "Bappeda"]


def test_an_mou_ending_within_the_year_is_not_budgeted_in_the_next_rkpd_as_if_it_ran_on():
    (ending,) = _cut_budget("2024-11-30")
    # the cut the finding is about first, then the term's end (trial 250 M8)
    assert ending.startswith(
        "Usulkan agar kegiatan kerja sama sampai berakhirnya MoU ditetapkan sebagai prioritas "
        "dalam RKPD dan APBD, sehingga tidak lagi terkena pemotongan atau pergeseran."
    )
    assert "Anggarkan kegiatan hanya sampai tanggal berakhirnya MoU" in ending
    assert "MoU baru" in ending
    for later in (None, "2026-03-09"):
        (plain,) = _cut_budget(later)
        assert plain.startswith("Tandai kegiatan kerja sama sebagai prioritas dalam rancangan RKPD")
