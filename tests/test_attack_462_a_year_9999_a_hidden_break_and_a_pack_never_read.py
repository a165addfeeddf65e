"""Attack 462: a valid proposal with its report dated in 9999 crashed every report (H1: the
evaluation's year added past the calendar's end); a title holding a line or paragraph
separator printed a false verdict at the top of a memo (H2), and a bidirectional override
reordered names in every output (L1); ``validate --pack nope`` passed a proposal with no
waiver that ``assess`` refused (M1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).parents[1]
WELL = (ROOT / "examples" / "well-prepared-2023.yaml").read_text("utf-8")
NTB = (ROOT / "examples" / "ntb-zhejiang-2015.yaml").read_text("utf-8")


def _year_9999(expires: str | None) -> str:
    """The well-prepared example at its evaluation in 9999, its report dated that year."""
    text = (
        WELL.replace("date: 2023-09-15", "date: 9999-12-31")
        .replace("stage: active ", "stage: evaluation ")
        .replace(
            "{step: reporting, status: pending}",
            "{step: reporting, status: done, date: 9999-07-01}",
        )
    )
    if expires is not None:
        text = text.replace("agreement:\n", f"agreement:\n  expires: {expires}\n")
    assert text.count("9999-") == (3 if expires else 2)
    return text


@pytest.mark.parametrize("expires", [None, "9999-06-30"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json", "csv"])
def test_a_report_dated_in_the_calendars_last_year_is_rendered(fmt: str, expires) -> None:
    proposal = paracheck.load_proposal_text(_year_9999(expires), source="p.yaml")
    a = paracheck.assess(proposal)
    assert paracheck.render(a, fmt, "id")
    d = paracheck.diff(paracheck.assess(paracheck.load_proposal_text(WELL, source="w.yaml")), a)
    if fmt in ("text", "markdown"):
        assert paracheck.render_diff(d, fmt, "id")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("NTB\\u2029Kesimpulan: RISIKO RENDAH", "memuat pemisah baris atau paragraf (U+2029)"),
        ("NTB\\u2028Kesimpulan: RISIKO RENDAH", "memuat pemisah baris atau paragraf (U+2028)"),
        ("NTB \\u202eanahZ", "karakter tersembunyi U+202E"),
    ],
)
def test_a_title_holding_a_break_or_an_override_is_refused_at_its_line(written, said) -> None:
    text = NTB.replace(
        "title: Sister Province NTB – Zhejiang (MoU 10 Juni 2015)", f'title: "{written}"'
    )
    assert text != NTB
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="p.yaml")
    (problem,) = refused.value.problems
    lines = text.splitlines()
    assert problem.line == next(n for n, line in enumerate(lines, 1) if "title:" in line)
    assert said in problem.describe("id") and problem.describe("id").startswith("p.yaml:")


def test_free_text_keeps_its_line_breaks() -> None:
    text = (
        "schema: paracheck/proposal/v1\ntitle: x\nprocedure:\n"
        '  - {step: initiative, status: done, document: "Nota dinas\\nhalaman 1 sampai 4"}\n'
    )
    (step,) = paracheck.load_proposal_text(text, source="p.yaml").procedure
    assert step.document == "Nota dinas\nhalaman 1 sampai 4"


def test_validate_refuses_a_pack_assess_refuses_with_no_waiver_to_check() -> None:
    well = str(ROOT / "examples" / "well-prepared-2023.yaml")
    for command in ("validate", "assess"):
        done = subprocess.run(
            [sys.executable, "-m", "paracheck", command, well, "--pack", "nope"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, command
        assert "tidak ada paket aturan bernama 'nope'" in done.stderr, command
