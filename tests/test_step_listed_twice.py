"""A procedure step listed twice is an input error with its place, not a silent choice
(newcomer trial 24 W1). The assessment reads one status and one date per step, and kept the
last entry: a second signing date listed last turned a medium risk into a high one (REG-020,
REG-021, REG-023), and a PKS per sector — fisheries done, tourism pending — read "belum
dilakukan" against the file's own line. Every door (file, text, data, HTTP) now refuses it,
naming the earlier entry and how to write the step once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import paracheck
from paracheck.errors import InputError

FILE = textwrap.dedent(
    """\
    schema: paracheck/proposal/v1
    title: Sister City Kota Kendari – Yeosu-si
    date: 2026-11-24
    stage: active
    local: {name: Kota Kendari, level: city}
    partner: {name: Yeosu-si, country: KR, level: city}
    procedure:
      - {step: signing, status: done, date: 2021-08-12}
      - {step: implementing_agreement, status: done, date: 2022-02-14, document: PKS perikanan}
      - {step: implementing_agreement, status: pending, document: PKS pariwisata}
    """
)


def _problems(text: str) -> list[paracheck.Problem]:
    with pytest.raises(InputError) as caught:
        paracheck.load_proposal_text(text, source="p.yaml")
    return caught.value.problems


def test_a_step_listed_twice_points_at_the_second_entry_and_names_the_first_by_line():
    (problem,) = _problems(FILE)
    assert (problem.file, problem.line, problem.column) == ("p.yaml", 10, 12)
    assert problem.path == "procedure[2].step"
    said = problem.sentence("id")
    assert "«perjanjian kerja sama (PKS)» sudah tercantum sebagai langkah ke-2" in said
    assert "(baris 9)" in said
    assert "satu butir" in said  # how to write several PKS as one entry
    english = problem.sentence("en")
    assert "already listed as step 2 of the procedure (line 9)" in english
    assert "one entry" in english


def test_the_order_of_two_entries_no_longer_decides_anything():
    lines = FILE.splitlines(keepends=True)
    swapped = "".join([*lines[:8], lines[9], lines[8], *lines[10:]])
    assert swapped != FILE
    assert [p.path for p in _problems(swapped)] == [p.path for p in _problems(FILE)]


def test_a_second_signing_is_refused_with_the_renewal_hint():
    text = FILE.replace(
        "  - {step: signing, status: done, date: 2021-08-12}\n",
        "  - {step: signing, status: done, date: 2021-08-12}\n"
        "  - {step: signing, status: done, date: 2021-02-01}\n",
    )
    problems = _problems(text)
    assert problems[0].path == "procedure[1].step"
    assert "MoU diperbarui" in problems[0].sentence("id")


def test_data_without_lines_names_the_earlier_entry_by_its_place_in_the_list():
    import yaml

    data = yaml.safe_load(FILE)
    with pytest.raises(InputError) as caught:
        paracheck.assess(data)
    (problem,) = caught.value.problems
    assert problem.line is None and problem.path == "procedure[2].step"
    assert "sebagai langkah ke-2 dalam daftar prosedur;" in problem.sentence("id")


def test_the_command_line_exits_2_with_the_place_and_no_traceback(tmp_path):
    path = tmp_path / "dua-pks.yaml"
    path.write_text(FILE, encoding="utf-8")
    for command in ("assess", "validate"):
        done = subprocess.run(
            [sys.executable, "-m", "paracheck", command, str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2, done
        assert f"{path}:10:12:" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_text_read_without_lines_names_no_line_of_the_earlier_step():
    """Attack 470 L1: the web form's answers, read without lines, were told "… sebagai langkah
    ke-1 dalam daftar prosedur (baris 1)", a line of the form's own serialisation."""
    text = (
        "schema: paracheck/proposal/v1\ntitle: T\nprocedure:\n"
        "  - {step: signing, status: done}\n  - {step: signing, status: done}\n"
    )
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="formulir", lines=False)
    (problem,) = refused.value.problems
    for lang in ("id", "en"):
        said = problem.describe(lang)
        assert "(baris" not in said and "(line" not in said, said
    assert "sebagai langkah ke-1 dalam daftar prosedur; tulis" in problem.describe("id")
    assert problem.line is None and "(line" not in problem.message
