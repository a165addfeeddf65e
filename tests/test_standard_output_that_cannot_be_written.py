"""Standard output that cannot be written is refused in words, exit 2, like ``-o`` on the same
disk (atk21): ``paracheck assess FILE > /dev/full`` said "kesalahan internal: OSError: [Errno
28] No space left on device" (exit 3) where ``-o /dev/full`` said "… tidak dapat ditulis: ruang
penyimpanan penuh" (exit 2); with standard output closed (``>&-``) ``assess`` ended in
"internal error: AttributeError: 'NoneType' object has no attribute 'isatty'", and ``init``
printed nothing and exited 0, a template lost without a word.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import paracheck

EXAMPLE = str(Path(__file__).resolve().parents[1] / "examples" / "well-prepared-2023.yaml")
FULL = "/dev/full"

COMMANDS = {
    "assess": ["assess", EXAMPLE],
    "assess batch": ["assess", EXAMPLE, EXAMPLE, "--summary"],
    "validate": ["validate", EXAMPLE],
    "diff": ["diff", EXAMPLE, EXAMPLE],
    "checklist": ["checklist", "--pack", "pp28-2018"],
    "schema": ["schema"],
    "init": ["init"],
    "rules list": ["rules", "list"],
    # written by click itself (atk270 #5: exit 3, "kesalahan internal: OSError")
    "help": ["--help"],
    "version": ["--version"],
}


def _run(args: list[str], **how) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        check=False,
        **how,
    )


def _said(key: str, reason: str, lang: str) -> str:
    """The refusal as the command line prints it, from the message catalogue."""
    words = paracheck.errors.Words.of(key, reason=paracheck.errors.Words.of(reason))
    lead = "kesalahan" if lang == "id" else "error"
    return f"{lead}: {words.render(lang)}"


@pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("name", COMMANDS)
def test_standard_output_on_a_full_disk_is_refused_in_words_with_exit_2(name):
    with open(FULL, "w") as full:
        done = _run(COMMANDS[name], stdout=full)
    assert done.returncode == 2, done.stderr
    assert _said("usage.stdout_failed", "usage.reason.no_space", "id") in done.stderr
    assert "internal" not in done.stderr and "OSError" not in done.stderr


@pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full (Linux)")
def test_standard_output_on_a_full_disk_is_said_in_english_under_lang_en():
    with open(FULL, "w") as full:
        done = _run([*COMMANDS["assess"], "--lang", "en"], stdout=full)
    assert done.returncode == 2, done.stderr
    assert _said("usage.stdout_failed", "usage.reason.no_space", "en") in done.stderr


def _closed_stdout() -> None:
    os.close(1)


@pytest.mark.parametrize("name", ["assess", "diff", "schema", "init"])
def test_a_closed_standard_output_is_refused_in_words_not_lost(name):
    done = _run(COMMANDS[name], preexec_fn=_closed_stdout)
    assert done.returncode == 2, done.stderr
    assert _said("usage.stdout_failed", "usage.reason.closed", "id") in done.stderr
    assert "internal" not in done.stderr


@pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full (Linux)")
def test_bad_input_with_standard_error_full_still_exits_2(tmp_path):
    """Atk270 #6: a bad file's message could not be written to a full standard error, and the
    second failure ended Python with 1, the code of a finding at or above --fail-on."""
    bad = tmp_path / "usulan.yaml"
    bad.write_text("schema: paracheck/proposal/v1\ntitle: x\nstage: selesai\n", encoding="utf-8")
    with open(FULL, "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "paracheck", "validate", str(bad)],
            stdout=subprocess.DEVNULL,
            stderr=full,
            timeout=300,
            check=False,
        )
    assert done.returncode == 2
