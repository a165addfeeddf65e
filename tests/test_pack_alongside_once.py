"""An instrument is named once under a pack's ``alongside``, and never as the pack's own regime.

A pack that named PP 28/2018 twice (or named its own regime beside itself) loaded without a
word, and every memo from the date it took effect said "Permendagri 3/2008 + PP 28/2018 + PP
28/2018" as its legal basis. It is now a pack problem naming the file, the line and the field,
in the reader's language, and ``assess --pack`` exits with 2.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

HERE = Path(__file__).parent
MINI = HERE / "packs" / "mini.yaml"
NTB = HERE.parent / "examples" / "ntb-zhejiang-2015.yaml"

CASES = {
    "same-twice": "alongside:\n"
    "  - {ref: PP 28/2018, effective_from: 2018-04-18}\n"
    "  - {ref: PP 28/2018, effective_from: 2018-04-18}\n",
    "other-date": "alongside:\n"
    "  - {ref: PP 28/2018, effective_from: 2018-04-18}\n"
    "  - {ref: PP 28/2018, effective_from: 2019-01-01}\n",
    "spaced": "alongside:\n"
    "  - {ref: PP 28/2018, effective_from: 2018-04-18}\n"
    "  - {ref: 'PP  28/2018', effective_from: 2018-04-18}\n",
    "own-regime": "alongside:\n  - {ref: test regime, effective_from: 2018-04-18}\n",
}


def _pack(tmp_path: Path, alongside: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    anchor = "effective_until: 2030-12-31\n"
    assert anchor in text
    path = tmp_path / "beside.yaml"
    path.write_text(text.replace(anchor, anchor + alongside, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES)
def test_an_instrument_named_twice_alongside_is_refused_naming_the_line(tmp_path, case):
    with pytest.raises(PackError) as err:
        load_pack(str(_pack(tmp_path, CASES[case])))
    problems = err.value.problems
    assert [p.path for p in problems] == ["alongside"], problems
    assert problems[0].line == 8  # the line of "alongside:"
    assert "PP 28/2018" in problems[0].text("en") or "test regime" in problems[0].text("en")
    said = problems[0].text("id")
    assert "dua kali" in said or "rezim" in said, said


def test_instruments_named_once_alongside_load(tmp_path):
    pack = load_pack(
        str(
            _pack(
                tmp_path,
                "alongside:\n"
                "  - {ref: PP 28/2018, effective_from: 2018-04-18}\n"
                "  - {ref: PP 2/2019, effective_from: 2019-01-01}\n",
            )
        )
    )
    assert [a.ref for a in pack.alongside] == ["PP 28/2018", "PP 2/2019"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_assess_with_an_instrument_named_twice_alongside_exits_2(tmp_path, lang):
    pack = _pack(tmp_path, CASES["same-twice"])
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "paracheck",
            "assess",
            str(NTB),
            "--pack",
            str(pack),
            "--lang",
            lang,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{pack}:8:1: alongside")  # its key, a block below
    assert "PP 28/2018 + PP 28/2018" not in done.stdout
