"""A date written as Indonesian letters write it is refused with the YYYY-MM-DD it stands for,
when it can only be that day: "29-02-2024" (day first), "29 Februari 2024", "1 Mei 2020",
"12 Des. 2025", "2024/2/29". Before, only "harus berupa tanggal TTTT-BB-HH (misalnya
2015-06-10)" — the officer had to rewrite it unaided, as for kabupaten before 'tulis regency'.
A day and a month that could be either way round ("05-01-2020") get no hint: never a guess.
A day that can only be one the calendar lacks ("31/02/2026", "29-02-2023") is told so (web 440
L4), as "2026-02-31" is.
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = b"schema: paracheck/proposal/v1\ntitle: T\n"


def _said(written: str, lang: str = "id") -> str:
    text = HEAD + f"agreement: {{expires: '{written}'}}\n".encode()
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text, "p.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (3, 22)
    return problem.text(lang)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("29-02-2024", "2024-02-29"),
        ("31/12/2025", "2025-12-31"),
        ("05.05.2020", "2020-05-05"),
        ("29 Februari 2024", "2024-02-29"),
        ("1 Mei 2020", "2020-05-01"),
        ("12 Des. 2025", "2025-12-12"),
        ("3 August 2021", "2021-08-03"),
        ("2024/2/29", "2024-02-29"),
        ("2024-2-9", "2024-02-09"),
    ],
)
def test_a_date_written_otherwise_is_told_the_day_to_write(written, day):
    assert _said(written).endswith(f"; tertulis '{written}'; tulis {day}")
    assert _said(written, "en").endswith(f", got '{written}'; write {day}")


@pytest.mark.parametrize("written", ["1 Mai 2020", "5 tahun", "2024"])
def test_a_date_that_is_none_gets_no_hint(written):
    said = _said(written)
    assert said.endswith(f"; tertulis '{written}'"), said


def test_a_date_that_could_be_another_day_is_told_both_days():
    """Web 462 M4: "05-01-2020" is 5 January as Indonesian letters write it, or 1 May."""
    assert _said("05-01-2020").endswith(
        "; tertulis '05-01-2020'; tulis 2020-01-05 bila maksudnya 5 Januari 2020 (hari ditulis "
        "lebih dulu, seperti lazim di Indonesia), atau 2020-05-01 bila maksudnya 1 Mei 2020"
    )
    assert _said("05-01-2020", "en").endswith(
        "; write 2020-01-05 if it means January 5, 2020 (the day first, as usual in "
        "Indonesia), or 2020-05-01 if it means May 1, 2020"
    )


@pytest.mark.parametrize("written", ["29-02-2023", "30 Februari 2024", "31/02/2026", "2025/4/31"])
def test_a_date_written_otherwise_that_no_calendar_has_is_told_so(written):
    assert _said(written).endswith(
        f"; tertulis '{written}'; tanggal itu tidak ada di kalender (periksa tanggal dan bulannya)"
    )
    assert _said(written, "en").endswith(
        f", got '{written}'; no such day is in the calendar (check the day and month)"
    )


def test_the_library_gives_the_same_reading_to_a_form_or_an_embedder():
    import paracheck

    assert paracheck.date_written_as(" 29 Februari 2024 ") == "2024-02-29"
    assert paracheck.date_written_as("31/12/2025") == "2025-12-31"
    assert paracheck.date_written_as("05-01-2020") is None
    assert paracheck.date_written_as("2024-02-30") is None
    assert paracheck.written_day_not_in_calendar("31/02/2026")
    assert not paracheck.written_day_not_in_calendar("31/12/2025")
    assert not paracheck.written_day_not_in_calendar("05-01-2020")  # could be either way
