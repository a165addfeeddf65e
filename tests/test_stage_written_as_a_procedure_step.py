"""A procedure step written as the proposal's stage is refused with where it goes instead
(practitioner trial 31 U4): `stage: loi` was answered with the four stages only, and the
officer had to guess that an LoI is written as `stage: proposal` with the step
`letter_of_intent` under `procedure`."""

from __future__ import annotations

import subprocess
import sys

import pytest

import paracheck

HEAD = "schema: paracheck/proposal/v1\ntitle: Uji\nstage: {stage}\nform: sister_city\n"


def _problem(stage: str, lang: str) -> str:
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(HEAD.format(stage=stage), source="usulan.yaml")
    (problem,) = caught.value.problems
    return problem.describe(lang)


@pytest.mark.parametrize(
    ("written", "step_id", "step_en"),
    [
        ("loi", "surat pernyataan kehendak (LoI) ('letter_of_intent')", "'letter_of_intent'"),
        ("LoI", "surat pernyataan kehendak (LoI) ('letter_of_intent')", "'letter_of_intent'"),
        ("penjajakan", "penjajakan ('exploration')", "'exploration'"),
        ("dprd_approval", "persetujuan DPRD ('dprd_approval')", "'dprd_approval'"),
    ],
)
def test_a_step_written_as_the_stage_is_told_where_the_step_goes(written, step_id, step_en):
    said = _problem(written, "id")
    assert said.startswith("usulan.yaml:3:8: Tahap kerja sama harus salah satu dari: "), said
    assert said.endswith(
        f"tertulis '{written}'; {step_id} adalah langkah prosedur, bukan tahap: tulis 'proposal' "
        "selama MoU belum ditandatangani ('mou_signed' sesudahnya), dan catat langkah itu di "
        "bagian 'procedure' dengan statusnya"
    ), said
    english = _problem(written, "en")
    assert f"; {step_en} is a procedure step, not a stage: write 'proposal'" in english


def test_a_misspelt_stage_keeps_its_closest_stage_and_no_step_hint():
    said = _problem("activ", "id")
    assert said.endswith("tertulis 'activ'; mungkin maksudnya berjalan ('active')?"), said
    assert "langkah prosedur" not in said


def test_the_command_line_refuses_it_with_exit_code_2(tmp_path):
    path = tmp_path / "usulan.yaml"
    path.write_text(HEAD.format(stage="loi"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "adalah langkah prosedur, bukan tahap" in done.stderr
    assert "Traceback" not in done.stderr
