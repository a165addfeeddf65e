"""An MoU ending within the year: budgeting the activities only up to its end (BUD-004) holds
whatever the evaluation decides, as funding the unfinished programmes up to the end (BUD-005)
already did; it sits with the evaluation before the end, not under "Bila kerja sama
dilanjutkan" (practitioner trial 33 #3: a renewal 41 days before the end had the two pieces of
budget advice under two different conditions)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.memo_parts import plan_groups

FILE = Path(__file__).parent / "data" / "trial33-makassar-renewal-2026.yaml"


def _plan_groups() -> dict[str, str]:
    return plan_groups(paracheck.assess(paracheck.load_proposal(str(FILE))))


def test_budgeting_only_to_the_end_sits_with_the_evaluation_before_the_end() -> None:
    groups = _plan_groups()
    before = next(body for heading, body in groups.items() if heading.startswith("Evaluasi"))
    assert (
        "Anggarkan kegiatan hanya sampai tanggal berakhirnya MoU" in before
        and "(BUD-004)" in before
    )
    assert "(BUD-005)" in before
    held = " ".join(body for heading, body in groups.items() if "dilanjutkan" in heading)
    assert "hanya sampai tanggal berakhirnya MoU" not in held
