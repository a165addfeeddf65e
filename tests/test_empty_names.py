"""An empty file argument (``paracheck assess ""``, an unset shell variable) names no file.

Read as a path it is the current folder: ``assess ""`` assessed every proposal under it and
``validate ""`` validated them, exit 0, as if the user had named them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import paracheck
from paracheck.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (["assess", ""], "id", "kesalahan: ada nama berkas yang kosong ('')"),
        (["assess", "usulan.yaml", ""], "en", "error: a file name is empty ('')"),
        (["validate", ""], "id", "kesalahan: ada nama berkas yang kosong ('')"),
        (["diff", "", "usulan.yaml"], "en", "error: a file name is empty ('')"),
    ],
)
def test_an_empty_file_argument_is_a_usage_error_not_the_current_folder(
    args, lang, said, tmp_path, monkeypatch, capsys
):
    shutil.copyfile(EXAMPLE, tmp_path / "usulan.yaml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main([*args, "--lang", lang])
    out, err = capsys.readouterr()
    assert exited.value.code == 2, err
    assert err.startswith(said), err
    assert out == ""  # nothing was assessed or validated


def test_the_library_does_not_read_an_empty_name_as_the_current_folder(tmp_path, monkeypatch):
    shutil.copyfile(EXAMPLE, tmp_path / "usulan.yaml")
    monkeypatch.chdir(tmp_path)
    assert paracheck.expand_inputs([""]) == [""]
    (item,) = paracheck.assess_many([""])
    assert not item.ok and item.assessment is None
