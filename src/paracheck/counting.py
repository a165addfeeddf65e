"""Counts in running text, shared by the engine's notices and the report's sentences.

A module of its own, importing nothing of paracheck: ``report.messages`` needs it, and printing
a schema or ``--help`` loads ``report.messages`` but must load no facts, engine or rules module
(tests/test_schema_files.py); the engine must not import the report layer.
"""

from __future__ import annotations

_ONES_ID = (
    *("nol", "satu", "dua", "tiga", "empat", "lima"),
    *("enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"),
)


def in_words(n: int, lang: str) -> str:
    """A count inside a sentence: in Indonesian in words when it takes one or two words, as
    EYD V writes numbers in running text ("satu risiko penghambat", "lima risiko tinggi",
    "dua belas", "tiga puluh", "seratus"), else in digits ("45 pemeriksaan", "21"); English
    keeps its digits. Tables keep digits. The engine's notices say counts as the report
    does (words20 B10: "padahal 5 program sudah berjalan")."""
    if lang != "id" or n < 0:
        return f"{n:,}".replace(",", "." if lang == "id" else ",")
    if n < len(_ONES_ID):
        return _ONES_ID[n]
    if n < 20:
        return f"{_ONES_ID[n - 10]} belas"
    if n < 100 and n % 10 == 0:
        return f"{_ONES_ID[n // 10]} puluh"
    if n == 100:
        return "seratus"
    if n < 1000 and n % 100 == 0:
        return f"{_ONES_ID[n // 100]} ratus"
    if n == 1000:
        return "seribu"
    return f"{n:,}".replace(",", ".")
