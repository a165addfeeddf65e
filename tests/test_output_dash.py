"""``-o -`` writes to standard output, as ``-`` reads standard input for a proposal; it used
to write a file named ``-`` in the current folder and print nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paracheck.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NTB = str(EXAMPLES / "ntb-zhejiang-2015.yaml")
WELL = str(EXAMPLES / "well-prepared-2023.yaml")


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["assess", NTB, "-f", "json", "-o", "-"], "{"),
        (["checklist", "--lang", "en", "-o", "-"], "Blank checklist"),
        (["diff", NTB, WELL, "-f", "json", "--output", "-"], "{"),
    ],
)
def test_output_dash_is_standard_output_not_a_file_named_dash(
    args, starts, tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    assert exited.value.code == 0, err
    assert out.startswith(starts), out[:200]
    if starts == "{":
        json.loads(out)
    assert not (tmp_path / "-").exists()
