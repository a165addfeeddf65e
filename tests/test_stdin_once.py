"""Standard input named twice (``paracheck diff - -``, ``assess - -``) is refused as a usage
error saying so, not read twice: the second reading found nothing and the command reported
"-:1:1: empty file: no proposal in it" about a proposal that had been piped in full."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"
SAID = {"id": "masukan standar", "en": "standard input"}


@pytest.mark.parametrize(
    "command", [["diff", "-", "-"], ["assess", "-", "-"], ["validate", "-", "-"]]
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_standard_input_named_twice_is_refused_saying_so(command, lang):
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", *command, "--lang", lang],
        input=NTB.read_bytes(),
        capture_output=True,
        timeout=120,
    )
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert SAID[lang] in err and "'-'" in err, err
    assert ("kosong" if lang == "id" else "empty") not in err
    assert done.stdout == b""
