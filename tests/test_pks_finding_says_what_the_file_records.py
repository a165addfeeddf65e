"""IMP-007 (implementation without a PKS) says what the file records, by the law of its day.

Trial 26 U3: beside a PKS step the file does not list, the procedure table said "Tidak
dicantumkan … belum diketahui apakah sudah dilakukan" while IMP-007 asserted "Kerja sama sudah
berjalan tanpa perjanjian kerja sama (PKS)"; and its reason cited Permendagri 25/2020 for a
programme begun in 2013, under the notice that implementation before 22 May 2020 followed the
rules of its day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

BELU = Path(__file__).parent / "data" / "trial26-belu-bobonaro-lapsed.yaml"


def _belu(**changes: Any) -> dict[str, Any]:
    data = yaml.safe_load(BELU.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _imp007(data: dict[str, Any]) -> paracheck.Check:
    a = paracheck.assess(data)
    (check,) = [c for c in a.checks if c.rule_id == "IMP-007"]
    assert check.status == "risk"
    return check


def _with_signing(data: dict[str, Any], day: str) -> dict[str, Any]:
    for entry in data["procedure"]:
        if entry["step"] == "signing":
            entry["date"] = day
    return data


def test_a_pks_not_listed_is_a_finding_of_no_recorded_pks() -> None:
    data = _belu()  # the trial's file lists no implementing_agreement step
    check = _imp007(data)
    assert check.title.id.endswith(
        "tanpa perjanjian kerja sama (PKS) atau rencana aksi yang tercatat"
    )
    assert check.title.en.endswith("without a recorded implementing agreement (PKS) or action plan")
    assert "Berkas tidak mencatat perjanjian kerja sama (PKS)" in check.why.id
    assert "The file does not record an implementing agreement (PKS)" in check.why.en
    text = paracheck.render(paracheck.assess(data), "markdown", "id")
    row = [line for line in text.splitlines() if "| Perjanjian kerja sama (PKS) |" in line]
    # the row says what the finding says: not recorded (fix31a; it read "belum diketahui
    # apakah sudah dilakukan", the words of a step listed with status unknown)
    assert row and "tidak tercatat dalam berkas" in row[0]
    assert "belum diketahui" not in row[0]


def test_a_pks_recorded_as_pending_is_not_told_the_file_lacks_it() -> None:
    data = _belu()
    data["procedure"].append({"step": "implementing_agreement", "status": "pending"})
    check = _imp007(data)
    assert "Berkas tidak mencatat" not in check.why.id
    assert "yang tercatat" in check.title.id  # true here too: none is recorded as made


@pytest.mark.parametrize(
    ("signed", "cited", "not_cited", "said"),
    [
        (
            "2012-07-10",
            "Permendagri 3/2008",
            "Permendagri 25/2020",
            "Dalam praktik Permendagri 3/2008",
        ),
        (
            "2021-03-01",
            "Permendagri 25/2020",
            "Permendagri 3/2008",
            "Permendagri 25/2020 menempatkan",
        ),
    ],
)
def test_the_pks_reason_cites_the_instrument_of_the_signings_day(
    signed: str, cited: str, not_cited: str, said: str
) -> None:
    data = _with_signing(_belu(), signed)
    if signed > "2020":  # an MoU of 2021, in force on the date judged
        data["agreement"]["expires"] = "2026-12-31"
    check = _imp007(data)
    refs = [s.ref for s in check.sources]
    assert cited in refs and not_cited not in refs
    assert check.why.id.startswith(said)
    assert not_cited not in check.why.id and not_cited not in check.why.en
