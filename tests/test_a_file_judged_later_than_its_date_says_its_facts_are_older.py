"""A file judged as of a day later than its own date says that its facts are of its date
(province trial 480 M-7): Sumatera Selatan – Kunming, dated 1 September 2022 and judged as of
1 March 2025, read "tidak ada kegiatan lebih dari setahun" and a high verdict, computed from
a snapshot two and a half years old, with nothing in the memo saying so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import paracheck

KUNMING = Path(__file__).parent / "data" / "prov480-06-sumsel-kunming-mei2020.yaml"


def _codes(result: paracheck.Assessment) -> set[str]:
    return {n.code for n in result.notices}


def test_a_later_date_judged_says_the_facts_are_of_the_file_s_date():
    proposal = paracheck.load_proposal(str(KUNMING))
    result = paracheck.assess(proposal, as_of=dt.date(2025, 3, 1))
    (notice,) = [n for n in result.notices if n.code == "facts_dated_earlier"]
    assert notice.text.id.startswith(
        "Isi berkas tercatat per 1 September 2022, sedangkan penilaian ini per 1 Maret 2025"
    )
    assert "February" not in notice.text.id and "March 1, 2025" in notice.text.en
    memo = " ".join(paracheck.render(result, "text", "id").split())
    assert "⚠ Isi berkas tercatat per 1 September 2022" in memo


def test_the_file_s_own_date_or_an_earlier_one_says_nothing_of_it():
    proposal = paracheck.load_proposal(str(KUNMING))
    assert "facts_dated_earlier" not in _codes(paracheck.assess(proposal))
    assert "facts_dated_earlier" not in _codes(
        paracheck.assess(proposal, as_of=dt.date(2022, 9, 1))
    )
