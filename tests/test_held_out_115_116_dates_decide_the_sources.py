"""Held-out 115–116, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): two proposals whose date decides which sources speak.

- 115 Kota Medan – Penang Island City Council, June 2017, narcotics route high and no BNN:
  medium on TOC-011; not high on TOC-003, whose "partner in Malaysia" rests on BNN's statement
  of 26 January 2018. The same file dated 2019 is high on TOC-003.
- 116 Provinsi Jawa Tengah – State of Queensland, May 2012: low, judged by Permendagri 3/2008
  and UU 32/2004, in the era's words (SKPD), with the Surat Kuasa and the deposit with Kemlu
  ahead and nothing of Permendagri 25/2020 asked.
"""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
MEDAN = DATA / "holdout115-medan-penang-2017.yaml"
JATENG = DATA / "holdout116-jateng-queensland-2012.yaml"


def test_a_malaysian_partner_in_2017_is_not_yet_bnns_named_source() -> None:
    assert_verdict_and_grounds(MEDAN, "medium_risk", {"TOC-011"}, {"TOC-003", "TOC-012"})


def test_the_same_partnership_in_2019_is_high_on_the_named_source() -> None:
    data = yaml.safe_load(MEDAN.read_text(encoding="utf-8"))
    data["date"] = "2019-06-19"
    for step, day in (("initiative", "2018-10-01"), ("exploration", "2019-02-11")):
        (entry,) = [e for e in data["procedure"] if e["step"] == step]
        entry["date"] = day
    a = paracheck.assess(data, source="medan-2019")
    assert a.verdict == "high_risk"
    assert [c.rule_id for c in a.checks if c.status == "risk"] == ["TOC-003"]


def test_a_2012_proposal_is_judged_by_the_law_of_2012_in_its_words() -> None:
    assert_verdict_and_grounds(JATENG, "low_risk", set(), {"REG-002", "HR-002"}, {"REG-042"})
    a = assessed(JATENG)
    assert a.pack.name == "permendagri-3-2008"
    memo = paracheck.render(a, "text", "id")
    flat = " ".join(memo.split())  # a sentence the report wraps, read across its lines
    assert "UU 32/2004 Pasal 42 ayat (1) huruf g" in flat and "SKPD pengampu" in flat
    steps = memo.split("LANGKAH PROSEDUR BERIKUTNYA", 1)[1].split("SARAN", 1)[0]
    assert "Surat Kuasa dari Menteri Luar Negeri" in steps
    assert "Penyimpanan naskah di Kemlu" in steps
    assert "Verifikasi" not in steps and "Persetujuan pemerintah pusat" not in steps


def test_the_partner_never_acts() -> None:
    for path in (MEDAN, JATENG):
        assert_partner_never_acts(path)
