"""A number with a fraction is never printed as the whole number it is near (attack 480 M2):
8.00001 hours of outage a month read "Jam padam per bulan: 8" in the evidence of a finding
that outages are more than 8 hours a month, whose "clears when" says "at most 8"."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report.formatting import number

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.mark.parametrize(
    ("value", "id_", "en"),
    [
        (8.00001, "8,00001", "8.00001"),
        (7.99999, "7,99999", "7.99999"),
        (12.9996, "12,9996", "12.9996"),
        (8.5, "8,5", "8.5"),  # as before
        (8.0, "8", "8"),
        (1234.56789, "1.234,568", "1,234.568"),  # rounded, not to a whole number
    ],
)
def test_a_fraction_near_a_whole_number_keeps_its_digits(value, id_, en):
    assert (number(value, "id"), number(value, "en")) == (id_, en)


def test_the_evidence_of_an_outage_just_over_the_bound_shows_it_over():
    data = yaml.safe_load(NTB.read_text(encoding="utf-8"))
    data["energy"]["outage_hours_per_month"] = 8.00001
    memo = " ".join(paracheck.render(paracheck.assess(data), "text", "id").split())
    assert "8,00001" in memo
