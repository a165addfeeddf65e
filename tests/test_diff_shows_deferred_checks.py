"""A check shown "Ditunda" (clear only because the file leaves its condition open: a step's
status unknown) is not a tick, and a comparison must not read it as one. REG-024 went from a
risk to "Ditunda" when a later file recorded the DPRD's approval as unknown instead of dated,
and ``paracheck diff`` listed it under "Tidak lagi menjadi temuan" with "Risiko (skor 9) →
Tidak ada temuan": a finding said to be dealt with where only the answer went missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.comparison import diff
from paracheck.report import render_diff

KENDARI = Path(__file__).parent / "data" / "holdout142-kendari-mokpo-2026.yaml"
WAITING_ID = "Dinilai setelah pertanyaan tentang persetujuan DPRD dijawab (REG-010)"
WAITING_EN = "Judged once the question on the DPRD's approval is answered (REG-010)"


def _kendari(dprd: dict[str, object]) -> paracheck.Assessment:
    """Held-out 142 (LoI 10 February 2025, MoU signed 1 December 2025) with its DPRD step."""
    data = yaml.safe_load(KENDARI.read_text(encoding="utf-8"))
    data["procedure"] = [
        {"step": "dprd_approval", **dprd} if s["step"] == "dprd_approval" else s
        for s in data["procedure"]
    ]
    return paracheck.assess(data)


BEFORE_LOI = {"status": "done", "date": "2024-12-01"}  # REG-024: approved before the LoI
AFTER_LOI = {"status": "done", "date": "2025-03-01"}  # REG-024 ticked
UNKNOWN = {"status": "unknown"}  # REG-024 waits for REG-010


def _reg024(a: paracheck.Assessment):
    return next(c for c in a.checks if c.rule_id == "REG-024")


def test_the_three_versions_give_reg_024_a_risk_a_tick_and_a_deferral():
    """The premise: the three DPRD steps put REG-024 where the tests below take it."""
    risk, tick, waiting = (_reg024(_kendari(s)) for s in (BEFORE_LOI, AFTER_LOI, UNKNOWN))
    assert risk.status == "risk"
    assert tick.status == "clear" and tick.waits_on is None
    assert waiting.status == "clear" and waiting.waits_on is not None


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_risk_now_deferred_is_not_listed_as_cleared(fmt):
    d = diff(_kendari(BEFORE_LOI), _kendari(UNKNOWN))
    assert "REG-024" not in [c.rule_id for c in d.cleared]
    change = next(c for c in d.status_changed if c.rule_id == "REG-024")
    assert (change.old_status, change.new_status) == ("risk", "clear")
    assert change.old_waits_on is None and change.new_waits_on is not None
    arrow = " → " if fmt == "text" else " | "  # the Markdown table has a column each
    text = " ".join(render_diff(d, fmt, "id").split())
    assert f"Risiko (skor 9){arrow}{WAITING_ID}" in text
    # under the risks no longer found without being dealt with, not the cleared ones
    keys = [
        g.key for g in paracheck.diff_view(d, "id").groups if "REG-024" in [r.rule for r in g.rows]
    ]
    assert keys == ["unhandled"]
    english = " ".join(render_diff(d, fmt, "en").split())
    assert f"Risk (score 9){arrow}{WAITING_EN}" in english


def test_a_tick_now_deferred_is_listed():
    """ "Tidak ada temuan → Ditunda" was listed nowhere: the tick the old file earned is gone."""
    d = diff(_kendari(AFTER_LOI), _kendari(UNKNOWN))
    rows = {
        row.rule: (row.old, row.new)
        for group in paracheck.diff_view(d, "id").groups
        for row in group.rows
    }
    assert rows["REG-024"] == ("Tidak ada temuan", WAITING_ID)


def test_a_deferral_that_became_a_risk_says_it_was_deferred():
    """The other way: the answer given, the finding is new, and the old side says it waited
    rather than that nothing was found."""
    d = diff(_kendari(UNKNOWN), _kendari(BEFORE_LOI))
    change = next(c for c in d.became_risk if c.rule_id == "REG-024")
    assert change.old_waits_on is not None and change.new_waits_on is None
    text = " ".join(render_diff(d, "text", "id").split())
    assert f"{WAITING_ID} → Risiko (skor 9)" in text
    listed = json.loads(render_diff(d, "json", "id"))["became_risk"]
    assert next(c for c in listed if c["rule_id"] == "REG-024")["old_waits_on"] == {
        "id": "menunggu jawaban tentang persetujuan DPRD (REG-010)",
        "en": "awaiting the answer on the DPRD's approval (REG-010)",
    }


def test_a_check_deferred_in_both_versions_is_not_listed():
    d = diff(_kendari(UNKNOWN), _kendari(UNKNOWN))
    assert not [c for g in d.groups() for c in g[1] if getattr(c, "rule_id", "") == "REG-024"]
