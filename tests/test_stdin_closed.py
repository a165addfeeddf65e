"""``paracheck assess -`` started with standard input closed (``<&-``, a cron job or a
service without one) says so and exits 2; it was an internal error (exit 3:
"AttributeError: 'NoneType' object has no attribute 'buffer'")."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("assess - --lang en", "-: Cannot read the file: standard input is closed"),
        ("validate -", "-: Berkas tidak dapat dibaca: masukan standar (stdin) tertutup"),
    ],
)
def test_reading_a_closed_standard_input_is_an_input_error_not_an_internal_one(command, said):
    line = f"exec {shlex.quote(sys.executable)} -m paracheck {command} <&-"
    result = subprocess.run(
        ["sh", "-c", line], capture_output=True, text=True, timeout=60, env=os.environ.copy()
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(said), result.stderr
    assert "internal" not in result.stderr.lower() and "kesalahan internal" not in result.stderr
