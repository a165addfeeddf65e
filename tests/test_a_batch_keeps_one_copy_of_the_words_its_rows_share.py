"""A batch keeps one row per file for its closing summary table; the words and codes rows have
in common (a rule's few words, its code, a verdict) are kept once, not once per file.

Each row arrives from a worker with its own copies; kept as they came, a row took ~1.8 KB
and the writing process grew by ~19 MB over 10,000 files (benchmarks/run.py: +15.9 MiB in one
run against its 16 MiB bound). The table the rows make is unchanged.
"""

from __future__ import annotations

import datetime as dt
import pickle

from paracheck.batch import BatchRow, Summary


def _row(source: str) -> BatchRow:
    # a row as a worker sends it: pickled, so every string is a new object
    summary = Summary(
        title=f"Kerja sama {source}",
        verdict="high_risk",
        score=32,
        top_risks=("BUD-003", "NRG-001"),
        risk_severities=("high", "low"),
        unknown_severities=("medium",),
        notices=("mou_expiring",),
        notes=(("berakhir dalam 3 bulan", "ends within 3 months"),),
        worst="blocked",
        worst_because=("REG-007",),
        stage="active",
        as_of=dt.date(2026, 11, 30),
        top_words=(("realisasi anggaran yang rendah", "a low budget realisation"),),
        top_scores=(16, 8),
        risk_count=2,
    )
    return pickle.loads(pickle.dumps(BatchRow(source, summary)))


def test_rows_kept_for_the_table_share_their_common_words() -> None:
    a, b = _row("a.yaml").for_table(), _row("b.yaml").for_table()
    assert a.summary is not None and b.summary is not None
    assert a.summary.top_words[0] is b.summary.top_words[0]
    assert a.summary.top_words[0][0] is b.summary.top_words[0][0]
    assert a.summary.top_risks is b.summary.top_risks
    assert a.summary.worst_because is b.summary.worst_because
    assert a.summary.notes is b.summary.notes
    # the file's own parts stay its own
    assert a.source != b.source and a.summary.title != b.summary.title


def test_a_kept_row_says_what_the_row_said_but_the_severities() -> None:
    row = _row("a.yaml")
    kept = row.for_table()
    assert kept.summary is not None and row.summary is not None
    assert kept.summary.risk_severities == () and kept.summary.unknown_severities == ()
    for field in Summary.__struct_fields__:
        if field not in ("risk_severities", "unknown_severities"):
            assert getattr(kept.summary, field) == getattr(row.summary, field), field
    assert (kept.source, kept.problems, kept.internal) == (row.source, row.problems, row.internal)


def test_a_row_without_a_summary_is_kept_as_it_is() -> None:
    row = BatchRow("broken.yaml", None)
    assert row.for_table() is row
