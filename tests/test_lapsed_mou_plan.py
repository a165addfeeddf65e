"""The plan of a partnership whose MoU has lapsed (notice ``mou_expired``) opens with the
evaluation for the head of region's decision and holds the advice that presumes a running MoU
"bila kerja sama dilanjutkan dengan MoU baru" (trial 16 #1: an MoU that ended in 2022 was told
in 2025 to reschedule its programmes with the partner and convene the joint committee, while
the decision on a new MoU or a formal end appeared only in the notice; #9: the notice's last
sentence named no advice an officer could find)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

import paracheck
from paracheck.report import view

LAPSED: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Evaluasi Sister City",
    "date": "2025-03-17",
    "stage": "evaluation",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {"name": "City of X", "country": "AU", "level": "city"},
    "sectors": [
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan Kota Uji",
            "programs": [
                {
                    "name": "Pertukaran guru",
                    "status": "stalled",
                    "started": "2013-07-01",
                    "last_activity": "2017-11-20",
                }
            ],
        }
    ],
    "procedure": [
        {"step": "dprd_approval", "status": "done", "date": "2012-02-28"},
        {"step": "signing", "status": "done", "date": "2012-11-20"},
        {"step": "reporting", "status": "pending"},
    ],
    "governance": {"joint_working_group": True, "joint_committee_last_met": "2017-03-09"},
    "agreement": {"expires": "2022-11-19"},
}

RENEW_HEADING = "Bila kerja sama dilanjutkan dengan MoU baru"
RESCHEDULE = "Jadwalkan ulang program ini"  # IMP-004: restarting programmes with the partner
COMMITTEE = "Jadwalkan sidang kelompok kerja bersama"  # GOV-021: convening the joint committee


def _assess(**changes: Any) -> paracheck.Assessment:
    data = copy.deepcopy(LAPSED)
    data.update(changes)
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def test_a_lapsed_mou_opens_its_plan_with_the_evaluation_for_the_mayors_decision():
    a = _assess()
    assert "mou_expired" in {n.code for n in a.notices}
    (heading, acts), *held = view.action_plan(a, "id")
    assert heading == "Evaluasi dan keputusan atas MoU yang telah berakhir"
    first = acts[0]
    assert first["who"] == "Bagian Kerja Sama"
    assert str(first["text"]).startswith(
        "Siapkan evaluasi kerja sama sebagai bahan pertimbangan Wali Kota untuk memutuskan: "
        "melanjutkan kerja sama dengan MoU baru"
    )
    assert "atau mengakhirinya secara resmi" in str(first["text"])
    # the notice asks the same, in the same words
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    assert str(first["text"])[len("Siapkan ") :].rstrip(".") in notice.text.id
    assert held and all(h.startswith(f"{RENEW_HEADING} — ") for h, _ in held)


def test_advice_that_presumes_a_running_mou_waits_for_a_new_one():
    a = _assess()
    (_, now), *held = view.action_plan(a, "id")
    now_texts = [str(act["text"]) for act in now]
    held_texts = [str(act["text"]) for _, acts in held for act in acts]
    for presumes in (RESCHEDULE, COMMITTEE):
        assert not any(presumes in t for t in now_texts)
        assert any(presumes in t for t in held_texts)
    # the report owed for the term that ran (REG-026) and the review that decides whether
    # to go on (IMP-005) are part of the evaluation: they stay with it
    now_rules = {rule for act in now for rule in act["rules"]}  # type: ignore[attr-defined]
    held_rules = {rule for _, acts in held for act in acts for rule in act["rules"]}  # type: ignore[attr-defined]
    assert {"REG-026", "IMP-005"} <= now_rules
    assert not {"REG-026", "IMP-005"} & held_rules
    # nothing is lost: every action of the assessment is somewhere in the plan
    assert len(now_texts) + len(held_texts) == len(a.actions) + 1


def test_a_running_mou_keeps_its_plan_by_stage():
    a = _assess(agreement={"expires": "2032-11-19"})
    assert "mou_expired" not in {n.code for n in a.notices}
    headings = [h for h, _ in view.action_plan(a, "id")]
    assert not any(RENEW_HEADING in h for h in headings)
    assert "Evaluasi dan keputusan atas MoU yang telah berakhir" not in headings
    texts = [str(act["text"]) for _, acts in view.action_plan(a, "id") for act in acts]
    assert any(RESCHEDULE in t for t in texts)


def test_a_provinces_lapsed_mou_names_the_biro_and_the_governor_in_english_too():
    a = _assess(local={"name": "Provinsi Uji", "level": "province"})
    (_, acts), *_ = view.action_plan(a, "id")
    assert acts[0]["who"] == "Biro Kerja Sama"
    assert "bahan pertimbangan Gubernur" in str(acts[0]["text"])
    (heading, acts_en), *held_en = view.action_plan(a, "en")
    assert heading == "The evaluation and the decision on the lapsed MoU"
    assert acts_en[0]["who"] == "Cooperation Bureau"
    assert str(acts_en[0]["text"]).startswith("Prepare an evaluation for the governor to decide")
    assert all(h.startswith("If the cooperation goes on under a new MoU — ") for h, _ in held_en)


def test_the_notice_says_which_advice_waits_for_a_new_mou():
    (notice,) = [n for n in _assess().notices if n.code == "mou_expired"]
    assert "yang berlaku sebelum MoU diubah atau diperpanjang" not in notice.text.id
    assert (
        "Tindak lanjut dalam rencana ini yang mengandaikan kerja sama masih berjalan, seperti "
        "pelaksanaan program dan sidang kelompok kerja bersama, baru dilaksanakan bila kerja sama "
        "dilanjutkan dengan MoU baru"
    ) in notice.text.id
    assert "are taken only if the cooperation goes on under a new MoU" in notice.text.en
    assert "applies before the MoU is amended or extended" not in notice.text.en


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_puts_the_evaluation_first_and_heads_the_held_advice(fmt):
    a = _assess()
    memo = " ".join(paracheck.render(a, fmt, "id").split())
    evaluation = memo.index("Siapkan evaluasi kerja sama sebagai bahan pertimbangan Wali Kota")
    assert memo.index(RENEW_HEADING) > evaluation
    assert memo.index(RESCHEDULE) > memo.index(RENEW_HEADING)
    # nothing runs after the end: the Saran's first item says all the notice says, so the
    # first screen leaves the notice out and the evaluation points to the Saran (trial 30 U2)
    assert "lihat catatan masa berlaku MoU" not in memo
    assert "(lihat Saran)" in memo
    assert "baru dilaksanakan bila kerja sama dilanjutkan dengan MoU baru" not in memo


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_lapsed_notice_is_said_once_on_the_first_page(fmt):
    """Trial 30 U2, words30 #2: beside a lapsed MoU under which nothing runs, page 1 said the
    end and the evaluation in the verdict line, the Saran's first item, and again in a nine-line
    notice. The notice stays where programmes still run: it says what happens to them."""
    memo = " ".join(paracheck.render(_assess(), fmt, "id").split())
    assert memo.count("Masa berlaku MoU telah berakhir pada 19 November 2022") == 2  # Saran x2
    assert "sebelum tanggal penilaian; kegiatan sesudah tanggal itu" not in memo
    data = copy.deepcopy(LAPSED["sectors"])
    data[0]["programs"][0].update(status="ongoing", last_activity="2024-10-01")
    memo = " ".join(paracheck.render(_assess(sectors=data), fmt, "id").split())
    assert "sebelum tanggal penilaian; kegiatan sesudah tanggal itu" in memo
    assert "lihat catatan masa berlaku MoU" in memo


def test_the_json_carries_the_notices_action_and_which_actions_hold_after_expiry():
    doc = json.loads(paracheck.render(_assess(), "json", "id"))
    (notice,) = [n for n in doc["notices"] if n["code"] == "mou_expired"]
    assert notice["action"]["owner"] == "Bagian Kerja Sama"
    assert notice["action"]["text"]["en"].startswith("Prepare an evaluation for the mayor")
    kept = {rule for a in doc["actions"] if a["after_expiry"] for rule in a["rules"]}
    # the report owed and the sector review; and the file's half of the procedure rules'
    # advice ("Bila … , lampirkan … dalam berkas"), which the evaluation needs now (steps18);
    # and the decision on the stalled programme, with its formal cancellation (trial22 #5)
    assert kept == {"REG-026", "IMP-005", "REG-012", "REG-013", "REG-014", "REG-015", "REG-019"} | {
        "REG-050",
        "IMP-004",
    }
    # a document read back renders the same plan
    again = paracheck.Assessment.model_validate(doc)
    assert view.action_plan(again, "id") == view.action_plan(_assess(), "id")
