"""A risk the old version recorded under another rule's finding ("Dicatat pada REG-010") is
no new risk when the new version records it on its own (trial 430 M1: Gianyar – Kamakura,
signed in 2022 with the DPRD's approval "tidak diperlukan", approved by the DPRD in February
2024; the comparison said "Kesimpulan tetap: Risiko tinggi, tetapi jumlah risikonya
bertambah: tiga risiko baru" for REG-020, REG-047 and REG-058, which the old version held
under REG-010, and ``--fail-on-new`` failed on the region putting its gap right).

The contract's ``became_risk`` still lists them, with ``old_covered_by``; the text puts them
under a heading of their own, the counts and the drift line leave them out of the new risks,
and so does ``new_risks``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import paracheck
from paracheck.report import render_diff

DATA = Path(__file__).parent / "data"
OLD = DATA / "trial430-gianyar-kamakura-2023.yaml"
NEW = DATA / "trial430-gianyar-kamakura-2024.yaml"
APART = ("REG-020", "REG-047", "REG-058")


def _compared() -> tuple[object, tuple[paracheck.Assessment, paracheck.Assessment]]:
    old, new = (paracheck.load_proposal(str(p)) for p in (OLD, NEW))
    a, b = paracheck.assess(old), paracheck.assess(new)
    return paracheck.diff(a, b, proposals=(old, new)), (a, b)


def test_a_finding_held_by_another_rule_in_the_old_version_is_no_new_risk() -> None:
    d, _ = _compared()
    became = {c.rule_id: c.old_covered_by for c in d.became_risk}
    assert {rule: became.get(rule) for rule in APART} == dict.fromkeys(APART, "REG-010")
    assert not [c.rule_id for c in d.new_risks if c.rule_id in APART]


def test_the_text_says_they_were_recorded_before_and_counts_no_new_risk() -> None:
    d, both = _compared()
    said = " ".join(render_diff(d, "text", lang="id", assessments=both).split())
    assert "Kesimpulan tetap: Risiko tinggi Jumlah skor" in said, said[:600]
    assert "bertambah" not in said
    assert "Risiko baru: 0;" in said
    assert "Risiko yang kini dicatat tersendiri: 3." in said
    heading = (
        "RISIKO YANG PADA VERSI LAMA DICATAT PADA PEMERIKSAAN LAIN DAN KINI DICATAT TERSENDIRI"
    )
    part = said[said.index(heading) :]
    for rule in APART:
        assert rule in part[: part.index("STATUS PEMERIKSAAN LAIN")]
    assert part.count("Bukan temuan baru: pada versi lama temuan ini dicatat pada REG-010.") == 3
    english = " ".join(render_diff(d, "text", lang="en", assessments=both).split())
    assert "Not a new finding: the old version recorded it under REG-010." in english


def test_fail_on_new_does_not_fail_on_the_gap_put_right() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "paracheck", "diff", str(OLD), str(NEW), "--fail-on-new"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
