"""The memo's brief at the edges of what a valid proposal may hold (atk23): amounts whose sum
Python will not turn into text, many fields and programmes, very long names, no programmes,
every status, both languages; every human format and the PDF render."""

from __future__ import annotations

import decimal

import pytest

import paracheck
from paracheck.report import view

#: the largest amount a proposal can be read with: Python parses at most 4,300 digits
LARGEST = 10**4300 - 1


def _proposal(budgets: list[int | None], apbd: int | None = None, **changes: object) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama pendidikan",
        "date": "2023-01-01",
        "stage": "proposal",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Musterstadt", "country": "DE", "level": "city"},
        "sectors": [
            {
                "name": "education",
                "programs": [
                    {"name": f"Program {i}", "status": "planned", "budget_idr": budget}
                    for i, budget in enumerate(budgets)
                ],
            }
        ],
        "budget": {"apbd_allocation_idr": apbd},
        **changes,
    }


def _grouped(amount: int, lang: str) -> str:
    """``amount``'s digits grouped by thousands as ``lang`` writes them, through Decimal (whose
    text Python does not limit), independently of the report's own formatting."""
    digits = format(decimal.Decimal(amount), ",")
    return digits.replace(",", ".") if lang == "id" else digits


@pytest.mark.parametrize("lang", ["id", "en"])
def test_programme_budgets_whose_sum_passes_python_digit_limit_are_said_in_full(lang) -> None:
    """Two programmes of the largest readable amount cost a figure of 4,301 digits: the
    brief's sum crashed every human format ("kesalahan internal: ValueError: Exceeds the limit
    (4300 digits)", exit 3) while each amount alone was valid."""
    result = paracheck.assess(_proposal([LARGEST, LARGEST], apbd=LARGEST))
    for fmt in ("text", "markdown", "html", "csv", "json"):
        assert paracheck.render(result, fmt, lang)
    funding = dict(view.brief(result, lang))[{"id": "Anggaran", "en": "Funding"}[lang]]
    assert _grouped(2 * LARGEST, lang) in funding
    assert len(str(LARGEST)) == 4300  # the amount itself is one Python reads
