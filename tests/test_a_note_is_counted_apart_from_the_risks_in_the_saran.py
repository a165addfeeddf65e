"""A note (a finding of severity info) is no risk, as the memo's legend says ("i catatan — …
bukan risiko: tidak dihitung"); beside risks the Saran counts it on its own (trial 450 M3:
"dua risiko (satu rendah dan satu informasi)", Banyuwangi – Saint-Malo, MoU 2021)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "trial450-banyuwangi-saintmalo-2021.yaml"


@pytest.fixture(scope="module")
def assessed() -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(FILE)))


def test_the_file_has_one_low_risk_and_one_note(assessed) -> None:
    found = sorted(c.severity for c in assessed.checks if c.status == "risk")
    assert found == ["info", "low"]


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("id", "satu risiko rendah, yaitu program SMA atau SMK", "dua risiko"),
        ("en", "one low risk, namely", "two risks"),
    ],
)
def test_the_saran_counts_the_note_apart_from_the_risk(assessed, lang, said, never) -> None:
    memo = " ".join(paracheck.render(assessed, "text", lang).split())
    assert said in memo
    # the note named after its own count (wording 452 M6)
    assert (
        "(REG-054), dan satu catatan, yaitu sektor" if lang == "id" else "and one note, namely"
    ) in memo
    assert never not in memo
    assert "informasi" not in memo
