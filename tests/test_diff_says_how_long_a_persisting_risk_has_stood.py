"""A comparison of two assessments of one partnership says how long each persisting risk has
stood, by the dated facts both versions show (trial 400 M6: an Inspektorat auditor compared
Bitung – Davao in 2024 and 2026 and read "IMP-005 … Risiko (skor 12) → Risiko (skor 12)"
while the last activity had gone from four years and five months to six years and nine
months before the date judged: the decay the thesis finds after signing was not said).

Only facts whose date both versions give unchanged, in a risk whose rule reads the date
judged (or whose evidence says a date's distance from it), and only when the second date
judged is the later one."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.comparison import diff
from paracheck.report import render_diff

DATA = Path(__file__).parent / "data"
OLD = DATA / "holdout400-bitung-davao-2024.yaml"
NEW = DATA / "holdout400-bitung-davao-2026.yaml"


def _assessed(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _persisted(old: Path, new: Path) -> dict[str, object]:
    return {c.rule_id: c for c in diff(_assessed(old), _assessed(new)).persisted}


def test_a_persisting_inactivity_says_its_last_activity_grew_older() -> None:
    change = _persisted(OLD, NEW)["IMP-005"]
    aged = {a.name: a for a in change.aged}
    tuna = aged["Forum bisnis tuna Bitung–Davao"]
    assert str(tuna.date) == "2019-08-22"
    assert tuna.old_span.id == "4 tahun 5 bulan"  # to 15 February 2024
    assert tuna.new_span.id == "6 tahun 9 bulan"  # to 10 June 2026
    assert tuna.new_span.en == "6 years 9 months"


def test_a_silent_committee_says_how_long_since_it_last_met() -> None:
    change = _persisted(OLD, NEW)["GOV-021"]
    (met,) = change.aged
    assert met.path == "governance.joint_committee_last_met"
    assert (met.old_span.id, met.new_span.id) == ("5 tahun 2 bulan", "7 tahun 6 bulan")


def test_a_risk_that_reads_no_date_judged_carries_no_durations() -> None:
    # REG-006 (not in the development plan) and BUD-003 (low spending) read no date judged
    persisted = _persisted(OLD, NEW)
    assert persisted["REG-006"].aged == []
    assert persisted["BUD-003"].aged == []


def test_the_comparison_run_backwards_says_no_durations() -> None:
    # the later file given first: the spans would run backwards, so none is said
    assert all(not c.aged for c in _persisted(NEW, OLD).values())


def test_the_report_says_the_durations_under_the_persisting_risk() -> None:
    d = diff(_assessed(OLD), _assessed(NEW))
    text = " ".join(render_diff(d, "text", lang="id").split())
    assert (
        "Tanggal kegiatan terakhir program “Forum bisnis tuna Bitung–Davao”: 22 Agustus 2019 — "
        "4 tahun 5 bulan sebelum penilaian lama, 6 tahun 9 bulan sebelum penilaian baru"
    ) in text
    english = " ".join(render_diff(d, "markdown", lang="en").split())
    assert (
        "November 20, 2018 — 5 years 2 months before the old assessment, 7 years 6 months "
        "before the new one"
    ) in english


def test_a_sector_added_in_front_keeps_each_programmes_durations() -> None:
    """The programmes renumbered by a sector added before them are the same programmes: their
    dates are found by name (attack 430 M2: the durations were lost, or paired two programmes
    whose dates were equal)."""
    text = NEW.read_text(encoding="utf-8")
    assert "\nsectors:\n" in text
    front = (
        "\nsectors:\n  - name: health\n    programs: [{name: Klinik bersama, status: planned}]\n"
    )
    old = _assessed(OLD)
    new = paracheck.assess(paracheck.load_proposal_text(text.replace("\nsectors:\n", front, 1)))
    change = {c.rule_id: c for c in diff(old, new).persisted}["IMP-005"]
    tuna = {a.name: a for a in change.aged}["Forum bisnis tuna Bitung–Davao"]
    assert str(tuna.date) == "2019-08-22"
    assert (tuna.old_span.id, tuna.new_span.id) == ("4 tahun 5 bulan", "6 tahun 9 bulan")
    assert tuna.path.startswith("sectors[1].")
