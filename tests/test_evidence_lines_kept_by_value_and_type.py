"""An evidence line holding a plain value is written once per process and kept
(``view.evidence_line``, perf26a): kept by everything it is made of, so a value equal to
another of another type (``True`` and ``1``, ``False`` and ``0``), another line number or
another language is written as itself, never given a line kept for the other."""

from __future__ import annotations

from paracheck.engine.model import Evidence
from paracheck.report import view

PATH = "sectors[0].programs[0].budget_idr"


def _line(value: object, line: int = 3, lang: str = "id") -> str:
    return view.evidence_line(Evidence(path=PATH, value=value, line=line), lang)


def test_a_kept_line_is_not_given_to_an_equal_value_of_another_type() -> None:
    kept = {repr(v): _line(v) for v in (True, 1, False, 0, "1")}
    assert kept["True"].endswith(": ya (baris 3)")
    assert kept["1"].endswith(": Rp1 (baris 3)")
    assert kept["False"].endswith(": tidak (baris 3)")
    assert kept["0"].endswith(": Rp0 (baris 3)")
    assert kept["'1'"].endswith(": 1 (baris 3)")
    # asked again, in the other order, each value reads as it did
    assert {repr(v): _line(v) for v in ("1", 0, False, 1, True)} == kept


def test_a_kept_line_is_not_given_to_another_line_number_or_language() -> None:
    first = _line(5_000_000, line=3)
    assert first.endswith(": Rp5.000.000 (baris 3)")
    assert _line(5_000_000, line=4) == first.replace("(baris 3)", "(baris 4)")
    assert _line(5_000_000, lang="en").endswith(": IDR 5,000,000 (line 3)")
    assert _line(5_000_000) == first
