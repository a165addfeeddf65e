"""A request the region has made and still awaits, as the memo says it (trial 370 H3, M1).

- A step under way gives the day it began in the next steps: "Persetujuan pemerintah pusat:
  sedang berjalan sejak 20 Februari 2024" (eight months of waiting read as any step under way).
- The Saran that has the verified plan adjusted says that a central approval asked, or given,
  concerns the plan before the change: following both items literally, the city would have
  signed on an approval given for another plan.
- A Full Powers the file records as still to come, under Permendagri 25/2020 whose order has
  it as no step of its own, is among the next steps before the signing, with Kemlu to say
  whether the signing needs it; it was only in the annex's table.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report import view

BITUNG = Path(__file__).parent / "data" / "holdout373-bitung-gensan-2024.yaml"


def _data() -> dict[str, Any]:
    return yaml.safe_load(BITUNG.read_text(encoding="utf-8"))


def _with_step(data: dict[str, Any], step: str, **fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for entry in data["procedure"]:
        if entry["step"] == step:
            entry.update(fields)
    return data


def _memo(data: dict[str, Any], lang: str = "id", fmt: str = "text") -> str:
    result = paracheck.assess(data, source="bitung.yaml")
    return " ".join(paracheck.render(result, fmt, lang).split())


def _next_steps(data: dict[str, Any], lang: str = "id") -> list[str]:
    result = paracheck.assess(data, source="bitung.yaml")
    return [line for _, lines in view.next_steps(result, lang) for line in lines]


def test_a_step_under_way_gives_the_day_it_began_in_the_next_steps() -> None:
    data = _data()
    assert (
        _next_steps(data)[0]
        == "Persetujuan pemerintah pusat: sedang berjalan sejak 20 Februari 2024"
    )
    assert _next_steps(data, "en")[0] == (
        "Central government approval: in progress since February 20, 2024"
    )


def test_a_step_dated_after_the_day_judged_gives_no_day() -> None:
    data = _with_step(_data(), "central_approval", date=dt.date(2024, 12, 1))
    assert _next_steps(data)[0] == "Persetujuan pemerintah pusat: sedang berjalan"


def test_a_full_powers_recorded_pending_comes_before_the_signing_with_kemlu_to_confirm() -> None:
    steps = _next_steps(_data())
    asked = (
        "Surat Kuasa dari Menteri Luar Negeri: belum dilakukan; pastikan kepada Kemlu apakah "
        "penandatanganan memerlukannya"
    )
    assert steps.index(asked) == steps.index("Penandatanganan MoU: belum dilakukan") - 1
    for fmt in ("markdown", "html"):
        assert "pastikan kepada Kemlu apakah penandatanganan memerlukannya" in _memo(
            _data(), fmt=fmt
        )
    assert "confirm with Kemlu whether the signing needs it" in " ".join(_next_steps(_data(), "en"))


@pytest.mark.parametrize(
    "change",
    [
        {"status": "done"},
        {"status": "not_applicable"},
    ],
    ids=["done", "not needed"],
)
def test_a_full_powers_taken_or_not_needed_is_no_next_step(change: dict[str, Any]) -> None:
    data = _with_step(_data(), "full_powers", **change)
    assert not any("Surat Kuasa" in line for line in _next_steps(data))


@pytest.mark.parametrize("status", ["pending", "in_progress"])
def test_a_consultation_with_kemendagri_still_to_come_is_not_sent_to_kemlu(status: str) -> None:
    # its part is now the central approval, listed among the same steps: not a step for Kemlu
    # to confirm (province trial 480 H-1: "Konsultasi dengan Kemendagri: belum dilakukan;
    # pastikan kepada Kemlu apakah penandatanganan memerlukannya")
    data = copy.deepcopy(_data())
    data["procedure"].append({"step": "ministry_consultation", "status": status})
    steps = _next_steps(data)
    assert not any(line.startswith("Konsultasi dengan Kemendagri") for line in steps), steps
    assert any(line.startswith("Persetujuan pemerintah pusat") for line in steps), steps
    # the Full Powers keeps its question
    assert any(line.startswith("Surat Kuasa") and "Kemlu" in line for line in steps), steps


def test_a_full_powers_is_not_asked_for_a_partner_it_does_not_concern() -> None:
    data = copy.deepcopy(_data())
    data["partner"]["kind"] = "institution"
    assert not any("Surat Kuasa" in line for line in _next_steps(data))


def test_under_permendagri_3_2008_the_full_powers_is_a_step_of_its_own_listed_once() -> None:
    judged = dt.date(2019, 10, 15)

    def before(value: Any) -> Any:  # every date of the file moved before the day judged
        if isinstance(value, dict):
            return {key: before(item) for key, item in value.items()}
        if isinstance(value, list):
            return [before(item) for item in value]
        if isinstance(value, dt.date) and value > judged:
            return dt.date(2019, 1, 1)
        return value

    data = before(_data())
    data["date"] = judged
    steps = _next_steps(data)
    full_powers = [line for line in steps if line.startswith("Surat Kuasa")]
    assert full_powers == ["Surat Kuasa dari Menteri Luar Negeri: belum dilakukan"]


def test_the_adjusted_plans_saran_says_the_pending_central_request_covers_the_old_plan() -> None:
    said = _memo(_data()).split("SARAN", 1)[1]
    assert (
        "Permohonan persetujuan pemerintah pusat yang sedang berjalan sejak 20 Februari 2024 "
        "menyangkut rencana sebelum perubahan: rencana yang diubah disampaikan pula kepada "
        "Menteri Dalam Negeri sebagai pengganti rencana dalam permohonan itu."
    ) in said
    english = _memo(_data(), "en").split("RECOMMENDATION", 1)[1]
    assert (
        "The request for the central government's approval under way since February 20, 2024"
        in english
    )


def test_the_adjusted_plans_saran_has_an_approval_given_asked_again() -> None:
    data = _with_step(_data(), "central_approval", status="done")
    said = _memo(data).split("SARAN", 1)[1]
    assert (
        "Persetujuan pemerintah pusat pada 20 Februari 2024 diberikan untuk rencana sebelum "
        "perubahan: rencana yang diubah dimohonkan persetujuan lagi melalui Menteri Dalam Negeri "
        "sebelum MoU ditandatangani."
    ) in said


def test_no_central_request_no_word_of_it_in_the_saran() -> None:
    data = _with_step(_data(), "central_approval", status="pending")
    said = _memo(data).split("SARAN", 1)[1]
    assert "rencana sebelum perubahan: rencana yang diubah" not in said
    assert "menilai rencana sebelum perubahan" in said  # the adjusted plan's item stands
