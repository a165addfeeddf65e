"""A missing argument is named by what it is in Indonesian, with the placeholder `-h` shows
(wording review 18 C13: "kesalahan: argumen NEW belum disebutkan" kept click's English
placeholder as the only word); a language code problem reads with its commas."""

from __future__ import annotations

import pytest

from paracheck.cli import main


def _run(args: list[str], capsys) -> tuple[int, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(args)
    return exited.value.code, capsys.readouterr().err


def test_a_diff_without_its_new_version_asks_for_the_new_versions_file(tmp_path, capsys):
    old = tmp_path / "lama.yaml"
    old.write_text("schema: paracheck/proposal/v1\ntitle: t\n")
    code, err = _run(["diff", str(old), "--lang", "id"], capsys)
    assert code == 2
    assert "berkas versi baru (BARU) belum disebutkan" in err
    assert "argumen NEW" not in err and "argumen BARU" not in err


def test_assess_without_a_file_asks_for_the_proposals_file(capsys):
    code, err = _run(["assess", "--lang", "id"], capsys)
    assert code == 2
    assert "berkas usulan belum disebutkan" in err


def test_a_language_code_problem_sets_its_aside_off_with_commas(tmp_path, capsys):
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema: paracheck/proposal/v1\ntitle: t\nhuman_resources:\n  language_staff: {xx1: 1}\n"
    )
    code, err = _run(["validate", str(path), "--lang", "id"], capsys)
    assert code == 2
    assert "atau, untuk bahasa yang tidak memilikinya, kode tiga huruf" in err


@pytest.mark.parametrize("written", ["gubernur", "Bupati", "wali kota", "Walikota"])
def test_a_signatory_written_as_the_heads_office_is_told_to_write_head_of_region(
    tmp_path, capsys, written
):
    path = tmp_path / "p.yaml"
    path.write_text(
        f"schema: paracheck/proposal/v1\ntitle: t\nagreement:\n  signatory: {written}\n"
    )
    code, err = _run(["validate", str(path), "--lang", "id"], capsys)
    assert code == 2
    assert f"tulis 'head_of_region' untuk '{written}'" in err
