"""IMP-007 and the procedure table say the same of the PKS step, by what the file records.

fix31a. The proposal contract reads the procedure list as the steps the file records
(README, "Writing a proposal", Procedure steps): a step the stage requires and the file does
not list counts as not recorded, a finding once due; a step listed with ``status: unknown`` is
a question (docs/rule-language.md: ``procedure.<step>.status`` is ``missing`` for the first,
absent for the second). Reported: the table said "belum diketahui apakah sudah dilakukan" for
both while IMP-007 made the first a finding; its reason said "tidak dicantumkan atau statusnya
tidak diketahui" for both; and the advice split: "Susun PKS" (each Dinas) for the step not
listed, which the file may hold, and "bila langkah itu tidak pernah dilakukan, kerja sama
dinilai ulang" (the cooperation unit) for the step of unknown status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report import advice

DATA = Path(__file__).parent / "data" / "trial24-kendari-yeosu-pks-pending.yaml"
HEDGED = "Bila perjanjian kerja sama (PKS) sudah dibuat"


def _with_pks(status: str | None) -> dict[str, Any]:
    """The Kendari – Yeosu file with its PKS step given ``status``, or not listed (None)."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    steps = [s for s in data["procedure"] if s["step"] != "implementing_agreement"]
    if status is not None:
        steps.append({"step": "implementing_agreement", "status": status})
    data["procedure"] = steps
    return data


def _assessed(status: str | None) -> paracheck.Assessment:
    return paracheck.assess(_with_pks(status))


def _imp007(a: paracheck.Assessment) -> paracheck.Check:
    return next(c for c in a.checks if c.rule_id == "IMP-007")


def _row(a: paracheck.Assessment) -> Any:
    return next(p for p in a.procedure if p.step == "implementing_agreement")


def test_a_pks_not_listed_is_a_finding_and_its_row_says_not_recorded() -> None:
    a = _assessed(None)
    check = _imp007(a)
    assert check.status == "risk"
    row = _row(a)
    assert row.required and row.issue is not None
    assert row.issue.id == "wajib, tetapi tidak tercatat dalam berkas"
    assert row.issue.en == "required, but not recorded in the file"
    assert "tidak dicantumkan dalam daftar prosedur" in check.why.id
    assert "statusnya tidak diketahui" not in check.why.id
    assert "its status is not known" not in check.why.en


def test_a_pks_of_unknown_status_is_a_question_and_its_row_says_not_known() -> None:
    a = _assessed("unknown")
    check = _imp007(a)
    assert check.status == "unknown"
    assert any("IMP-007" in q.checks for q in a.questions)
    row = _row(a)
    assert row.issue is not None
    assert row.issue.id == "wajib, tetapi belum diketahui apakah sudah dilakukan"
    assert "tanpa statusnya" in check.why.id
    assert "tidak dicantumkan dalam daftar prosedur" not in check.why.id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pks_advice_is_the_same_hedged_advice_in_both_cases(lang: str) -> None:
    said = {
        status: [r.text.get(lang) for r in _imp007(_assessed(status)).recommendations]
        for status in (None, "unknown")
    }
    assert said[None] == said["unknown"]
    assert len(said[None]) == 1
    hedge = HEDGED if lang == "id" else "If an implementing agreement (PKS) has been made"
    assert said[None][0].startswith(hedge)
    # a PKS recorded as pending is to be drawn up: no hedge there
    pending = _imp007(_assessed("pending"))
    assert pending.status == "risk"
    texts = [r.text.get(lang) for r in pending.recommendations]
    assert texts and all(not t.startswith(hedge) for t in texts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_does_not_reassess_the_cooperation_over_a_pks_of_unknown_status(
    lang: str,
) -> None:
    """The PKS comes after the signing: never made, it is made now (IMP-007's advice), not a
    reason to assess the cooperation again, which a legal step before the signing is."""
    data = _with_pks("unknown")
    for step in data["procedure"]:
        if step["step"] == "dprd_approval":  # a legal step of unknown status beside it
            step["status"] = "unknown"
            step.pop("date", None)
            step.pop("document", None)
    a = paracheck.assess(data)
    items = advice.saran(a, lang).items
    pks = "perjanjian kerja sama (PKS)" if lang == "id" else "implementing agreement"
    dprd = "persetujuan DPRD" if lang == "id" else "DPRD approval"
    again = "dinilai ulang" if lang == "id" else "assess the cooperation again"
    # the item asking the PKS's status: the steps to confirm come before its colon (the DPRD's
    # item may name the PKS among what waits for its approval: review 491 H1)
    on_pks = [
        s for s in items if pks in s.split(":", 1)[0] and (s.startswith("Status") or "status" in s)
    ]
    on_dprd = [s for s in items if dprd in s and again in s]
    assert on_pks and all(again not in s for s in on_pks)
    # the PKS is not among the steps it asks to confirm (before its colon); its hold may name
    # the PKS among what waits (review 491 H1)
    assert on_dprd and all(pks not in s.split(":", 1)[0] for s in on_dprd)
