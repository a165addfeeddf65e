"""``paracheck diff - NEW`` says the old version was read from standard input, in words, as
an assessment's report does; it showed the bare ``-`` ("Lama: … (-)"), no file anyone can
look for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OLD = EXAMPLES / "well-prepared-2023.yaml"
NEW = EXAMPLES / "ntb-zhejiang-2015.yaml"


@pytest.mark.parametrize(
    ("fmt", "lang", "said"),
    [
        ("text", "id", "(contoh ilustratif) (dibaca dari masukan standar (stdin))"),
        ("text", "en", "(contoh ilustratif) (read from standard input)"),
        # no pack id after the words: the line under them names the regulations (trial 18)
        ("markdown", "id", "(contoh ilustratif) (dibaca dari masukan standar (stdin))"),
        ("markdown", "en", "(contoh ilustratif) (read from standard input)"),
    ],
)
def test_diff_names_standard_input_in_words(fmt, lang, said):
    result = subprocess.run(
        [sys.executable, "-m", "paracheck", "diff", "-", str(NEW), "-f", fmt, "--lang", lang],
        input=OLD.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr
    assert said in " ".join(out.split()), out[:400]
    assert "(-)" not in out and "`-`" not in out
