"""A pack's dates are written as dates: a number is refused, never read as a day of 1970.

Pydantic's own reading of a date takes ``0`` (and ``"0"``, ``1924992000``) as seconds since
1 January 1970, so a pack author's ``effective_from: 0`` loaded as a regime in force since
1970 and every report said "berlaku sejak 1970". An example's ``as_of: 0`` was falsy and the
example silently ran on the proposal's own date. Each is now a pack problem naming the file,
the line and the field, in the reader's language, and ``--pack`` exits with 2.
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

# (case, text of mini.yaml, the same with a number for a date, the problem's field)
CASES = [
    ("header-start", "effective_from: 2000-01-01", "effective_from: 0", "effective_from"),
    ("header-start-quoted", "effective_from: 2000-01-01", "effective_from: '0'", "effective_from"),
    (
        "header-end-seconds",
        "effective_until: 2030-12-31",
        "effective_until: 1924992000",
        "effective_until",
    ),
    (
        "alongside",
        "effective_until: 2030-12-31\n",
        "effective_until: 2030-12-31\nalongside: [{ref: PP 28/2018, effective_from: 0}]\n",
        "alongside[0].effective_from",
    ),
    (
        "procedure-step",
        "{step: signing, required_from: mou_signed}",
        "{step: signing, required_from: mou_signed, effective_from: 0}",
        "procedure[2].effective_from",
    ),
    (
        "source",
        "sources: [{kind: thesis, ref: IV.B.2.a}]",
        "sources: [{kind: thesis, ref: IV.B.2.a, effective_until: 2.5}]",
        "BUD-001.sources[0].effective_until",
    ),
    (
        "rule",
        "  - id: BUD-001\n",
        "  - id: BUD-001\n    effective_from: 0\n",
        "BUD-001.effective_from",
    ),
    (
        "example-as-of",
        "fires: [{budget: {apbd_allocation_idr: 0, other_sources: []}}]",
        "fires: [{as_of: 0, budget: {apbd_allocation_idr: 0, other_sources: []}}]",
        "BUD-001.examples.fires[0]",
    ),
]


def _pack(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "dated.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("case", "old", "new", "field"), CASES, ids=[c[0] for c in CASES])
def test_a_number_written_for_a_pack_date_is_refused_naming_its_field(
    tmp_path, case, old, new, field
):
    with pytest.raises(PackError) as err:
        load_pack(str(_pack(tmp_path, old, new)))
    problems = err.value.problems
    assert [p.path for p in problems] == [field], problems
    assert problems[0].line and problems[0].line > 1
    assert "YYYY-MM-DD" in problems[0].text("en")
    assert "TTTT-BB-HH" in problems[0].text("id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_assess_with_a_pack_dated_by_a_number_exits_2_and_never_says_1970(tmp_path, lang):
    pack = _pack(tmp_path, "effective_from: 2000-01-01", "effective_from: 0")
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
    assert "1970" not in done.stdout
    column = pack.read_text(encoding="utf-8").splitlines()[5].index(": 0") + 3  # the 0 written
    assert done.stderr.startswith(f"{pack}:6:{column}: effective_from: 0 ")
    assert ("angka" if lang == "id" else "number") in done.stderr
