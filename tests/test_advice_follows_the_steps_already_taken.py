"""Advice that names a moment of the procedure names one still ahead of the file.

Newcomer trial 24 (U2): a Maluku Utara–Guangxi proposal whose letter of intent was signed in
June and whose plan the DPRD approved in November was told to secure power for its smelter
sector "sebelum sektor ini ditawarkan kepada mitra" (NRG-002), long after the sector was
offered; and the Sangihe–Glan renewal evaluation of a 2022 MoU was told "Catat prakarsa:
pihak pengusul, …" (REG-018) in its plan for going on, as if the 2021 initiative were ahead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
OFFERED = "sebelum sektor ini ditawarkan kepada mitra"
DRAFTED = "sebelum naskah perjanjian disusun"  # "Sebelum naskah …, pastikan …" (trial 28 #6)


def _assess(name: str, **changes: Any) -> paracheck.Assessment:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    data.update(changes)
    return paracheck.assess(data, as_of=data["date"])


def _texts(a: paracheck.Assessment, rule_id: str) -> list[str]:
    return [
        str(item["text"])
        for _, items in view.action_plan(a, "id")
        for item in items
        if rule_id in (item.get("rules") or [])
    ]


def _without_loi(data_name: str) -> dict[str, Any]:
    data = yaml.safe_load((DATA / data_name).read_text(encoding="utf-8"))
    for step in data["procedure"]:
        if step["step"] in ("letter_of_intent", "cooperation_plan", "dprd_approval"):
            step["status"] = "pending"
            step.pop("date", None)
            step.pop("document", None)
    return data


def test_after_the_letter_of_intent_power_is_secured_before_the_text_is_drafted():
    a = _assess("trial24-malut-guangxi-after-dprd.yaml")
    texts = _texts(a, "NRG-002")
    assert any(DRAFTED in text.lower() for text in texts), texts
    assert not any(OFFERED in text for text in texts), texts


def test_before_the_letter_of_intent_power_is_secured_before_the_sector_is_offered():
    data = _without_loi("trial24-malut-guangxi-after-dprd.yaml")
    a = paracheck.assess(data, as_of=data["date"])
    texts = _texts(a, "NRG-002")
    assert any(OFFERED in text for text in texts), texts
    assert not any(DRAFTED in text.lower() for text in texts), texts


def test_a_renewal_plan_records_the_new_mous_initiative_not_the_old_ones():
    a = _assess("trial24-sangihe-glan-evaluation.yaml")
    texts = _texts(a, "REG-018")
    assert texts == [
        "Untuk MoU baru, catat prakarsanya: pihak pengusul, tujuan dan sektor yang diminati."
    ]


def test_a_running_mou_completes_its_file_with_the_initiative():
    a = _assess(
        "trial24-sangihe-glan-evaluation.yaml",
        stage="active",
        agreement={"signatory": "head_of_region", "expires": "2029-02-25"},
    )
    texts = _texts(a, "REG-018")
    assert texts and texts[0].startswith("Lengkapi berkas kerja sama dengan catatan prakarsanya")
