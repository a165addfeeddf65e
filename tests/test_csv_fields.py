"""The CSV report joins its rows itself (report/rows.py ``_field``): every field must read as
Python's CSV writer writes it, so a spreadsheet reads the same cells."""

from __future__ import annotations

import csv
import io
import random

from paracheck.report import rows


def _written(row: list[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


def test_a_row_joined_from_fields_is_what_the_csv_writer_writes() -> None:
    alphabet = ["a", " ", ",", '"', "\n", "\r", "\t", ";", "'", "=", "é", "\u2028", "''"]
    pick = random.Random(16)
    for _ in range(3000):
        row: list[object] = [
            "".join(pick.choice(alphabet) for _ in range(pick.randrange(0, 8)))
            for _ in range(pick.randrange(2, 6))
        ]
        row += [None, 0, 25, pick.random()]
        assert ",".join(map(rows._field, row)) + "\n" == _written(row), row


def test_a_check_row_has_the_csv_columns_of_the_header() -> None:
    from paracheck import assess, load_proposal

    a = assess(load_proposal("examples/ntb-zhejiang-2015.yaml"))
    text = rows.rows([a], "id")
    read = list(csv.reader(io.StringIO(text)))
    assert read[0] == list(rows.COLUMNS)
    assert len(read) == len(a.checks) + 1
    assert {len(line) for line in read} == {len(rows.COLUMNS)}
    assert [line[5] for line in read[1:]] == [c.rule_id for c in a.checks]
