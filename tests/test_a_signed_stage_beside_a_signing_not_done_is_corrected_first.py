"""A stage saying the MoU is signed (MoU signed, active, evaluation) beside a signing step
recorded as not done is the file against itself (attack 360 H1: the well-prepared example with
its signing pending, programmes running, read "Risiko rendah … dapat dilanjutkan sesuai MoU"
with nothing said). The memo says so at its head and its first Saran item has the record
corrected before any decision, as for a signing done beside the stage "usulan"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice

EXAMPLE = Path(__file__).parent.parent / "examples" / "well-prepared-2023.yaml"


def _with_signing(status: str, stage: str = "active") -> paracheck.Assessment:
    data = paracheck.readable_proposal_data(EXAMPLE.read_text(encoding="utf-8"))
    assert data is not None
    data["stage"] = stage
    for step in data["procedure"]:
        if step["step"] == "signing":
            step["status"] = status
            step.pop("date", None)
    return paracheck.assess(data, as_of=dt.date(2023, 9, 15))


@pytest.mark.parametrize(
    ("status", "said"), [("pending", "belum dilakukan"), ("in_progress", "masih berlangsung")]
)
@pytest.mark.parametrize("stage", ["mou_signed", "active", "evaluation"])
def test_a_signing_not_done_beside_a_signed_stage_is_said_and_corrected_first(
    status: str, said: str, stage: str
) -> None:
    a = _with_signing(status, stage)
    (notice,) = [n for n in a.notices if n.code == "signing_behind_stage"]
    assert f"langkah penandatanganan MoU tercatat {said}" in notice.text.id
    assert "ubah tahapnya menjadi “usulan”" in notice.text.id
    assert "change the stage to" in notice.text.en
    first = advice(a, "id")[0]
    assert "memperbaiki data" in first and "MoU belum tercatat ditandatangani" in first
    assert "keputusan menunggu penilaian ulang" in first


@pytest.mark.parametrize(("status", "stage"), [("done", "active"), ("pending", "proposal")])
def test_a_signing_that_agrees_with_the_stage_says_nothing(status: str, stage: str) -> None:
    a = _with_signing(status, stage)
    assert "signing_behind_stage" not in {n.code for n in a.notices}
