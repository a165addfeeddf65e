"""The memo's brief at the edges of what a valid proposal may hold (atk23): amounts whose sum
Python will not turn into text, many fields and programmes, very long names, no programmes,
every status, both languages; every human format and the PDF render."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paracheck
from paracheck.facts.model import MOST_IDR
from paracheck.report import view
from tests.strategies import (
    SECTORS,
    STEP_IDS,
    _kept,
    distinct_program,
    distinct_sector,
    proposals_any_date,
    within_sums,
)

#: the largest amount a proposal can be read with (attack 330 H4: amounts of up to 4,300
#: digits, the most Python parses, were once accepted, and their sums failed readers)
LARGEST = MOST_IDR


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
def test_programme_budgets_of_the_largest_amount_are_summed_in_full(lang) -> None:
    """Two programmes whose budgets sum to the largest amount: the brief says their sum in
    full, in every human format (atk23: a sum of 4,301 digits once crashed them), and an
    amount or a sum above the largest is refused with its bound, not assessed."""
    half = LARGEST // 2
    result = paracheck.assess(_proposal([half, LARGEST - half], apbd=LARGEST))
    for fmt in ("text", "markdown", "html", "csv", "json"):
        assert paracheck.render(result, fmt, lang)
    funding = dict(view.brief(result, lang))[{"id": "Anggaran", "en": "Funding"}[lang]]
    assert _grouped(LARGEST, lang) in funding
    # a sum beyond the largest is refused at the amount that takes it over (attack 480 H4)
    with pytest.raises(paracheck.InputError, match="add up to more than"):
        paracheck.assess(_proposal([LARGEST, 1], apbd=LARGEST))
    with pytest.raises(paracheck.InputError, match="at most"):
        paracheck.assess(_proposal([LARGEST + 1]))


# --- the whole value space the brief reads, every format and the PDF -------------------------


_NAME = st.one_of(
    st.sampled_from(["Program", "Program " * 61 + "akhir", "x" * 500]),  # up to the 500 allowed
    # any text the model keeps: not blank, no hidden break, no words for none nor a text
    # without a letter (tests.strategies._kept)
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=500).filter(
        lambda s: s.strip() and _kept(s)
    ),
)
_MONEY = st.one_of(
    st.sampled_from([0, 1, 600_000_000, LARGEST - 1, LARGEST]), st.integers(0, LARGEST)
)
_PROGRAMME = st.fixed_dictionaries(
    {"name": _NAME},
    optional={
        "status": st.one_of(
            st.none(), st.sampled_from(["planned", "ongoing", "done", "stalled", "cancelled"])
        ),
        "budget_idr": st.one_of(st.none(), _MONEY),
    },
)
_SECTOR = st.fixed_dictionaries(
    {"name": st.sampled_from(SECTORS)},
    optional={
        "programs": st.one_of(
            st.none(), st.lists(_PROGRAMME, max_size=12, unique_by=distinct_program)
        )
    },
)
#: what the brief reads, at the edges: no field to 30, no programme to 12 each, every status,
#: amounts from 0 to the largest readable, multi-year or not, any sources, DPRD ahead or not
BRIEF_PROPOSALS = st.fixed_dictionaries(
    {"schema": st.just("paracheck/proposal/v1"), "title": _NAME},
    optional={
        "date": st.dates(dt.date(2005, 1, 1), dt.date(2040, 12, 31)),
        "stage": st.one_of(st.none(), st.sampled_from(["proposal", "mou_signed", "active"])),
        "local": st.fixed_dictionaries({}, optional={"name": _NAME}),
        "partner": st.fixed_dictionaries({}, optional={"name": _NAME}),
        "sectors": st.one_of(st.none(), st.lists(_SECTOR, max_size=30, unique_by=distinct_sector)),
        "budget": st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {},
                optional={
                    "apbd_allocation_idr": st.one_of(st.none(), _MONEY),
                    "multi_year": st.one_of(st.none(), st.booleans()),
                    "other_sources": st.one_of(
                        st.none(),
                        st.lists(
                            st.sampled_from(["apbn", "partner", "private", "grant"]), unique=True
                        ),
                    ),
                    "partner_funds_recorded": st.one_of(st.none(), st.booleans()),
                },
            ),
        ),
        "procedure": st.lists(
            st.fixed_dictionaries(
                {
                    "step": st.sampled_from(STEP_IDS),
                    "status": st.sampled_from(["done", "pending", "not_applicable", "unknown"]),
                }
            ),
            max_size=8,
            unique_by=lambda s: s["step"],
        ),
    },
).map(within_sums)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=BRIEF_PROPOSALS, lang=st.sampled_from(["id", "en"]))
def test_the_brief_renders_in_every_format_for_any_proposal(data, lang) -> None:
    result = paracheck.assess(data)
    for fmt in ("text", "markdown", "html", "csv", "json"):
        assert paracheck.render(result, fmt, lang)


def _printer_or_skip() -> None:
    import shutil

    from paracheck.report import pdf

    if not any(shutil.which(b) for b in pdf.BROWSERS):
        pytest.skip("chromium is not installed here (.ci/run installs it)")


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.one_of(BRIEF_PROPOSALS, proposals_any_date), lang=st.sampled_from(["id", "en"]))
def test_the_pdf_prints_for_any_proposal(data, lang) -> None:
    """Headless Chromium prints the memo of any valid proposal (a handful per run: each print
    is a browser's start)."""
    _printer_or_skip()
    assert paracheck.render_pdf(paracheck.assess(data), lang).startswith(b"%PDF")
