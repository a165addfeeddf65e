"""Beside a lapsed MoU under which nothing runs, the memo's now-part is the region's own
review: whatever is settled with the partner, and the questions whose answers only shape a
new MoU, wait "bila kerja sama dilanjutkan dengan MoU baru" — in the plan, the Saran, the
risk details and the CSV alike (trial 30 W2, M1: the Bagian Kerja Sama was told to agree
with the partner now whether a sector goes into "MoU baru", each Dinas to decide "bersama
mitra" whether a stalled programme goes on, and to answer the central-asset question
"segera", two years after the MoU ended and before the Bupati decided on a new MoU; the
README's rule: no new commitment with the partner until the head of region decides)."""

from __future__ import annotations

import copy
import csv
import io
from pathlib import Path
from typing import Any

import paracheck
from paracheck.facts.loader import load_proposal
from paracheck.report import render, view
from paracheck.report.advice import advice

#: trial 30's Sumenep–Kota Tinggi file: the MoU ended 30 November 2024, judged two years
#: after; culture and trade stalled, fisheries cancelled, nothing running
IDLE = Path(__file__).parent / "data" / "trial30-sumenep-lapsed-idle.yaml"

EVALUATION = "Evaluasi dan keputusan atas MoU yang telah berakhir"
RENEW = "Bila kerja sama dilanjutkan dengan MoU baru"
#: IMP-002's action beside a lapsed MoU: settling the cancelled sector with the partner
SETTLE = "sepakati dengan mitra apakah sektor ini dikeluarkan dari MoU baru"


def _proposal() -> paracheck.Proposal:
    return load_proposal(IDLE)


def _assess(proposal: paracheck.Proposal | None = None) -> paracheck.Assessment:
    return paracheck.assess(proposal or _proposal())


def _running(proposal: paracheck.Proposal) -> paracheck.Proposal:
    """The same file with the culture festival recorded as still running after the end."""
    data: dict[str, Any] = copy.deepcopy(proposal.model_dump(mode="json", exclude_none=True))
    festival = data["sectors"][0]["programs"][0]
    festival.update(status="ongoing", last_activity="2026-10-01")
    return paracheck.Proposal.model_validate(data)


def _groups(a: paracheck.Assessment) -> dict[str, list[dict[str, object]]]:
    return dict(view.action_plan(a, "id"))


def test_settling_a_sector_with_the_partner_waits_for_a_new_mou_when_nothing_runs() -> None:
    a = _assess()
    groups = _groups(a)
    now = groups[EVALUATION]
    assert not any("IMP-002" in e["rules"] for e in now)  # type: ignore[operator]
    later = [
        heading
        for heading, entries in groups.items()
        for e in entries
        if "IMP-002" in e["rules"] and SETTLE in str(e["text"])  # type: ignore[operator]
    ]
    assert later and all(h.startswith(f"{RENEW} — ") for h in later)


def test_nothing_is_done_with_the_partner_now_beside_an_idle_lapsed_mou() -> None:
    a = _assess()
    for entry in _groups(a)[EVALUATION]:
        assert "mitra" not in str(entry["who"])
        assert "mitra" not in str(entry["text"])


def test_a_stalled_programme_is_judged_inside_the_region_for_the_evaluation() -> None:
    a = _assess()
    decisions = [e for e in _groups(a)[EVALUATION] if "IMP-004" in e["rules"]]  # type: ignore[operator]
    assert decisions, "each stalled programme's agency gives its judgement to the evaluation"
    for entry in decisions:
        assert str(entry["text"]).startswith("Nilai dalam evaluasi kerja sama apakah program ini")
        assert "bila ada MoU baru" in str(entry["text"])


def test_the_saran_assigns_the_empty_sector_only_for_a_new_mou() -> None:
    items = advice(_assess(), "id")
    for item in items:
        if "IMP-002" in item:
            assert item.startswith(RENEW), item


def test_the_open_question_is_answered_before_a_new_mous_text_not_segera() -> None:
    items = advice(_assess(), "id")
    (asked,) = [item for item in items if "REG-042" in item and "menjawab" in item]
    assert asked.startswith(RENEW)
    assert "segera" not in asked
    assert "sebelum naskah MoU baru disusun" in asked


def test_the_risk_details_and_the_csv_hold_the_partner_action_as_the_plan_does() -> None:
    a = _assess()
    text = render(a, "text", "id")
    assert f"[{RENEW} — Perencanaan] Bagian Kerja Sama: Karena" in " ".join(text.split())
    rows = list(csv.reader(io.StringIO(render(a, "csv", "id"))))
    settled = [row for row in rows if any(SETTLE in cell for cell in row)]
    assert settled
    for row in settled:
        assert any(cell.startswith(RENEW) for cell in row), row


def test_with_a_programme_still_running_the_partner_is_met_in_the_evaluation() -> None:
    a = _assess(_running(_proposal()))
    now = _groups(a)[EVALUATION]
    assert any("IMP-002" in e["rules"] and SETTLE in str(e["text"]) for e in now)  # type: ignore[operator]
    items = advice(a, "id")
    assert not any("REG-042" in item and item.startswith(RENEW) for item in items)
