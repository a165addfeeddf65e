"""Under Permendagri 3/2008 a recorded approval of the Home Affairs Minister stands for the
consultation with Kemendagri, in the table as in the rules (attack 380 H2).

A 2019 sister-city MoU listing ``central_approval: done`` and no consultation: REG-011 and
REG-023 were ticked (REG-011 clears on the Minister's approval, trial 23 W1) while the
procedure table said "Konsultasi dengan Kemendagri — wajib, tetapi tidak tercatat dalam
berkas", the command line's hint asked for the step, and REG-023's order check ("… sebelum
penandatanganan") was ticked on a consultation with no date. Now the row says the step is
taken as met by the recorded approval, with its date; the hint does not name it; and REG-023,
REG-046 (and REG-052 of the later pack, for an MoU signed before 22 May 2020) judge the
order on the approval's date: after the signing a risk, undated a question.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck

CASE = Path(__file__).parent / "data" / "attack380-central-approval-for-the-consultation-2019.yaml"


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(CASE.read_text(encoding="utf-8")))


def _step(data: dict[str, Any], step: str) -> dict[str, Any]:
    return next(e for e in data["procedure"] if e["step"] == step)


def _assess(data: dict[str, Any], **kw: Any) -> paracheck.Assessment:
    return paracheck.assess(data, source="consultation.yaml", **kw)


def test_the_consultation_row_says_the_ministers_approval_meets_it() -> None:
    a = _assess(_data())
    rows = {e.step: e for e in a.procedure}
    consultation = rows["ministry_consultation"]
    assert consultation.required and consultation.status is None
    assert consultation.met_by == "central_approval"
    assert consultation.issue is not None
    assert consultation.issue.id == (
        "dianggap dilakukan melalui persetujuan pemerintah pusat bertanggal 1 Juni 2019"
    )
    assert "tidak tercatat" not in consultation.issue.id
    approval = rows["central_approval"]
    assert approval.issue is not None
    assert approval.issue.id.endswith("; diperlakukan sebagai bukti konsultasi dengan Kemendagri")
    assert "ministry_consultation" not in paracheck.unlisted_steps(a)
    assert paracheck.unlisted_hint(a, "consultation.yaml") is None


def test_the_checks_on_the_consultation_agree_with_the_row() -> None:
    a = _assess(_data())
    status = {c.rule_id: c.status for c in a.checks}
    assert status["REG-011"] == "clear"
    assert status["REG-023"] == "clear"  # approved 1 June, signed 1 August
    assert status["REG-046"] == "clear"  # approved 1 June, Full Powers 1 July


def test_an_approval_given_after_the_signing_is_a_risk_of_order() -> None:
    data = _data()
    _step(data, "central_approval")["date"] = dt.date(2019, 9, 15)
    a = _assess(data)
    checks = {c.rule_id: c for c in a.checks}
    assert checks["REG-023"].status == "risk"
    assert checks["REG-046"].status == "risk"
    said = [r.text.id for c in (checks["REG-023"], checks["REG-046"]) for r in c.recommendations]
    # the approval kept, not the consultation "completed" or the MoU reported as unseen
    assert any(
        s.startswith("Simpan persetujuan pemerintah pusat yang terbit sesudah") for s in said
    )
    assert not any("Lengkapi konsultasi" in s or "melaporkan MoU" in s for s in said)
    # the row still says what stands for the step, and that it came after the signing, which
    # the checks find (wording review 56 H2)
    row = {e.step: e for e in a.procedure}["ministry_consultation"]
    assert row.met_by == "central_approval"
    assert row.issue is not None
    assert row.issue.id.endswith("; persetujuan itu terbit sesudah penandatanganan MoU")


def test_an_undated_approval_leaves_the_order_asked_never_ticked() -> None:
    data = _data()
    del _step(data, "central_approval")["date"]
    a = _assess(data)
    checks = {c.rule_id: c for c in a.checks}
    assert checks["REG-023"].status == "unknown"
    assert "procedure.central_approval.date" in checks["REG-023"].missing
    row = {e.step: e for e in a.procedure}["ministry_consultation"]
    assert row.issue is not None
    assert row.issue.id == "dianggap dilakukan melalui persetujuan pemerintah pusat"


def test_a_consultation_listed_as_pending_is_not_met_by_the_approval() -> None:
    data = _data()
    data["procedure"].insert(4, {"step": "ministry_consultation", "status": "pending"})
    a = _assess(data)
    row = {e.step: e for e in a.procedure}["ministry_consultation"]
    assert row.met_by is None
    assert {c.rule_id: c.status for c in a.checks}["REG-023"] == "risk"


def test_the_later_pack_reads_the_approval_alike_for_an_mou_signed_before_may_2020() -> None:
    data = _data()
    data["date"] = dt.date(2023, 3, 1)
    data["stage"] = "active"
    _step(data, "central_approval")["date"] = dt.date(2019, 9, 15)
    a = _assess(data)
    assert a.pack.name == "pp28-2018"
    row = {e.step: e for e in a.procedure}["ministry_consultation"]
    assert row.met_by == "central_approval"
    assert "ministry_consultation" not in paracheck.unlisted_steps(a)
    checks = {c.rule_id: c.status for c in a.checks}
    assert checks["REG-050"] == "clear"
    assert checks["REG-052"] == "risk"  # approved after the signing of 1 August 2019
